-- SPDX-License-Identifier: MIT
-- 実績・廃棄の報告: what the report page held when it last autosaved (未登録の入力), one per account, so that
-- a crash or a kill while typing loses at most the last second. The reports themselves need no table:
-- those on the server are server_record rows of kind 'report', those on their way are outbox rows.
-- input is the page's fields as typed (text, so an empty or half-typed field comes back as it was).
CREATE TABLE report_draft (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    input TEXT NOT NULL CHECK (json_type(input) = 'object'),
    saved_at TEXT NOT NULL
);
