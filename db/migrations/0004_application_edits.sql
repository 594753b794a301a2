-- SPDX-License-Identifier: MIT
-- The application form's (申込) own history on this desktop: the working copy it autosaves while the
-- user types (自動保存された入力), and the change log (変更履歴) of every edit saved through the outbox.
-- Neither is ever sent to the server.

-- Written every second while the user types, so a crash loses at most that second; kept apart from
-- the application table because it is not an edit yet: nothing is queued for the server until the user
-- saves (一時保存), and 「変更を保存せずに戻る」 simply deletes the row. application_id is deliberately not
-- a foreign key: a brand-new 申込 has a working copy before it has an application row.
CREATE TABLE application_working_copy (
    application_id TEXT NOT NULL PRIMARY KEY CHECK (length(application_id) = 36),
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    content TEXT NOT NULL CHECK (json_type(content) = 'object'),
    saved_at TEXT NOT NULL
);

CREATE INDEX application_working_copy_account ON application_working_copy (account_id, saved_at);

-- One row per changed field (path as in core::ContentDiff, e.g. company.address.postal_code), written
-- in the same transaction as the edit. Values are JSON texts (a string keeps its quotes, JSON null is
-- 'null'); SQL NULL means the field was absent on that side. AUTOINCREMENT: the id is the true order of
-- the edits, which changed_at (the desktop's clock) cannot promise, and must never be reused.
CREATE TABLE application_change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    application_id TEXT NOT NULL CHECK (length(application_id) = 36),
    changed_at TEXT NOT NULL,
    path TEXT NOT NULL CHECK (path <> ''),
    before_value TEXT CHECK (before_value IS NULL OR json_valid(before_value)),
    after_value TEXT CHECK (after_value IS NULL OR json_valid(after_value))
);

-- 「返却後の変更点」 reads one application's rows from the time it was returned.
CREATE INDEX application_change_log_application ON application_change_log (application_id, changed_at);
