-- SPDX-License-Identifier: MIT
-- The venue's remaining V-SYS jobs: the server's 実績・廃棄の報告 ('report'), 医療機関情報 ('institution')
-- and 接種担当医師 ('doctor') are kept as it sent them, and their local changes wait in the outbox
-- ('post' creates a record the server then owns, 'delete' removes one). SQLite cannot change a CHECK
-- constraint, so both tables are rebuilt; the outbox keeps its ids and its sqlite_sequence entry.

CREATE TABLE server_record_0009 (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('document', 'cool', 'venue', 'report', 'institution', 'doctor')),
    id TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_type(data) = 'object'),
    received_at TEXT NOT NULL,
    PRIMARY KEY (account_id, kind, id)
);
INSERT INTO server_record_0009 SELECT account_id, kind, id, data, received_at FROM server_record;
DROP TABLE server_record;
ALTER TABLE server_record_0009 RENAME TO server_record;

CREATE TABLE outbox_0009 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL
        CHECK (record_kind IN ('application', 'reservation_status', 'report', 'institution', 'doctor')),
    record_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('put', 'submit', 'withdraw', 'resubmit', 'post', 'delete')),
    payload TEXT CHECK (payload IS NULL OR json_type(payload) = 'object'),
    base_version INTEGER NOT NULL CHECK (base_version >= 0),
    idempotency_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'synced', 'error', 'conflict')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    last_request_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO outbox_0009 SELECT id, account_id, record_kind, record_id, operation, payload, base_version,
    idempotency_key, state, attempts, next_attempt_at, last_error, last_request_id, created_at, updated_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_0009 RENAME TO outbox;
CREATE INDEX outbox_record ON outbox (record_kind, record_id, id);
CREATE INDEX outbox_due ON outbox (account_id, state, next_attempt_at);
