-- SPDX-License-Identifier: MIT
-- 問い合わせ (client copy): the venue's inquiries as the server keeps them, with their answers, are server_record
-- rows of kind 'inquiry' (from POST /inquiries and GET /changes); one on its way is an outbox row of kind
-- 'inquiry' (operation 'post'), shown as 送信待ち. SQLite cannot change a CHECK constraint, so both tables are
-- rebuilt as in 0009 and 0013; they keep their rows and the outbox its ids.
CREATE TABLE server_record_0014 (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('document', 'cool', 'venue', 'report', 'institution', 'doctor', 'inquiry')),
    id TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_type(data) = 'object'),
    received_at TEXT NOT NULL,
    PRIMARY KEY (account_id, kind, id)
);
INSERT INTO server_record_0014 SELECT account_id, kind, id, data, received_at FROM server_record;
DROP TABLE server_record;
ALTER TABLE server_record_0014 RENAME TO server_record;

CREATE TABLE outbox_0014 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL
        CHECK (record_kind IN ('application', 'reservation_status', 'report', 'institution', 'doctor', 'dose',
                               'inquiry')),
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
INSERT INTO outbox_0014 SELECT id, account_id, record_kind, record_id, operation, payload, base_version,
    idempotency_key, state, attempts, next_attempt_at, last_error, last_request_id, created_at, updated_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_0014 RENAME TO outbox;
CREATE INDEX outbox_record ON outbox (record_kind, record_id, id);
CREATE INDEX outbox_due ON outbox (account_id, state, next_attempt_at);

-- What the 問い合わせフォーム held when it last autosaved, one per account, as report_draft in 0010: input is the
-- form's fields as typed (a half-typed phone number comes back as it was).
CREATE TABLE inquiry_draft (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    input TEXT NOT NULL CHECK (json_type(input) = 'object' AND length(input) <= 65536),
    saved_at TEXT NOT NULL
);
