-- SPDX-License-Identifier: MIT
-- 医療機関情報 and 接種担当医師 on this desktop: what the user typed on the page and did not submit yet
-- (kind 'draft', autosaved every second), and the edits submitted here that the server does not have yet
-- ('institution' and 'doctor', written in the same transaction as their outbox row and removed when the
-- server took the last of them). The server's own copies stay in server_record.
CREATE TABLE institution_edit (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('draft', 'institution', 'doctor')),
    id TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_type(data) = 'object'),
    edited_at TEXT NOT NULL,
    PRIMARY KEY (account_id, kind, id)
);
