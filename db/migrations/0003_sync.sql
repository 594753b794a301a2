-- SPDX-License-Identifier: MIT
-- Sync with the central server (docs/api.md): the V-SYS IDs signed in on this desktop, the local cache
-- of their applications (申込) with the server's copy kept beside the local one in a conflict, the
-- outbox (送信待ち, the sync journal) of changes not yet on the server, the changes cursor, and a cache
-- of server-owned records (委任状 documents, the クール calendar, the venue). Passwords and tokens are
-- never stored here: they live in the OS keychain. Record ids are the client-made UUIDs of the API.

CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    server_url TEXT NOT NULL,
    vsys_id TEXT NOT NULL CHECK (length(vsys_id) = 10),
    venue_id TEXT,
    venue_name TEXT,
    last_used_at TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (server_url, vsys_id)
);

-- server_copy holds the server's record (JSON, the wire form) while the two copies conflict (競合);
-- the local columns keep the user's version untouched until the user chooses.
CREATE TABLE application (
    id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    number TEXT,
    status TEXT NOT NULL
        CHECK (status IN ('draft', 'awaiting_review', 'confirmed', 'resubmission_required', 'withdrawn')),
    version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    content TEXT NOT NULL CHECK (json_type(content) = 'object'),
    submitted_at TEXT,
    reviewed_at TEXT,
    review_comment TEXT,
    issued_vsys_id TEXT,
    created_at TEXT,
    updated_at TEXT,
    local_updated_at TEXT NOT NULL,
    server_copy TEXT CHECK (server_copy IS NULL OR json_type(server_copy) = 'object')
);

CREATE INDEX application_account ON application (account_id, local_updated_at);

-- One row per local change, sent one at a time and in id order per record. The idempotency key is
-- made once when the row is queued, so a resend after a crash repeats the same action instead of a
-- new one. AUTOINCREMENT: ids appear in logs and support requests, and must never be reused.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('application')),
    record_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('put', 'submit', 'withdraw', 'resubmit')),
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

CREATE INDEX outbox_record ON outbox (record_kind, record_id, id);
CREATE INDEX outbox_due ON outbox (account_id, state, next_attempt_at);

-- The cursor is kept as the server sent it: docs/api.md gives it as a number, but the client only
-- ever hands it back.
CREATE TABLE sync_state (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    changes_cursor TEXT NOT NULL DEFAULT '0',
    last_sync_at TEXT
);

CREATE TABLE server_record (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('document', 'cool', 'venue')),
    id TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_type(data) = 'object'),
    received_at TEXT NOT NULL,
    PRIMARY KEY (account_id, kind, id)
);
