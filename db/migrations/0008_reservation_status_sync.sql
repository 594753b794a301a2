-- SPDX-License-Identifier: MIT
-- 予約受付状態 is the venue's, kept by the server (docs/api.md "Reservation status"): a change waits in
-- the outbox (record_kind 'reservation_status', record_id the server's venue id) until the server has it,
-- and the server's state arrives with the venue record. The local status per V-SYS ID of 0002 never
-- reached the server, so the public status was never what it showed; it is dropped with its history
-- rather than sent now over a status another PC may have set since.

DROP TABLE reservation_status_history;

CREATE TABLE venue_0008 (
    id INTEGER PRIMARY KEY,
    vsys_id TEXT NOT NULL UNIQUE CHECK (length(vsys_id) = 10),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO venue_0008 (id, vsys_id, name, created_at, updated_at)
    SELECT id, vsys_id, name, created_at, updated_at FROM venue;
DROP TABLE venue;
ALTER TABLE venue_0008 RENAME TO venue;

-- SQLite cannot change a CHECK constraint, so the outbox is rebuilt. Rows keep their ids and the
-- renamed table takes its sqlite_sequence entry along, so ids are still never reused.
CREATE TABLE outbox_0008 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('application', 'reservation_status')),
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
INSERT INTO outbox_0008 SELECT id, account_id, record_kind, record_id, operation, payload, base_version,
    idempotency_key, state, attempts, next_attempt_at, last_error, last_request_id, created_at, updated_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_0008 RENAME TO outbox;
CREATE INDEX outbox_record ON outbox (record_kind, record_id, id);
CREATE INDEX outbox_due ON outbox (account_id, state, next_attempt_at);
