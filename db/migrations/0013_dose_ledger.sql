-- SPDX-License-Identifier: MIT
-- 接種台帳 (dose ledger): one row per record of core::DoseEntry, those made at this desk and those the server
-- delivered from the venue's other desks. Rows are never changed or deleted: a correction is a new record
-- that supersedes an older one (core::DoseLedger reads them). data is the record in core::DoseJson's form;
-- the columns beside it are what the ledger is searched by. No names and no birth dates: the record has none.
-- on_server is 1 once the server has the record (its answer to this desk, or /changes).
CREATE TABLE dose_entry (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    id TEXT NOT NULL CHECK (length(id) = 36),
    supersedes TEXT CHECK (supersedes IS NULL OR length(supersedes) = 36),
    administered_at TEXT NOT NULL CHECK (length(administered_at) = 16),
    ticket TEXT NOT NULL CHECK (length(ticket) = 18 AND ticket NOT GLOB '*[^0-9]*'),
    data TEXT NOT NULL CHECK (json_type(data) = 'object' AND length(data) <= 4096),
    on_server INTEGER NOT NULL DEFAULT 0 CHECK (on_server IN (0, 1)),
    stored_at TEXT NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX dose_entry_ticket ON dose_entry (account_id, ticket);
CREATE INDEX dose_entry_time ON dose_entry (account_id, administered_at);

-- The venue's 診療時間 (core::ClinicHours::toJson), a setting of this computer for the venue: the 時間帯 of
-- each dose follows from it. No row: core::ClinicHours::standard().
CREATE TABLE clinic_hours (
    venue_id TEXT PRIMARY KEY CHECK (length(venue_id) BETWEEN 1 AND 64),
    hours TEXT NOT NULL CHECK (json_type(hours) = 'object' AND length(hours) <= 16384),
    updated_at TEXT NOT NULL
);

-- The outbox learns the record kind 'dose' (operation 'post': the server owns the record once it has it).
-- SQLite cannot change a CHECK constraint, so the table is rebuilt as in 0009; it keeps its ids.
CREATE TABLE outbox_0013 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL
        CHECK (record_kind IN ('application', 'reservation_status', 'report', 'institution', 'doctor', 'dose')),
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
INSERT INTO outbox_0013 SELECT id, account_id, record_kind, record_id, operation, payload, base_version,
    idempotency_key, state, attempts, next_attempt_at, last_error, last_request_id, created_at, updated_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_0013 RENAME TO outbox;
CREATE INDEX outbox_record ON outbox (record_kind, record_id, id);
CREATE INDEX outbox_due ON outbox (account_id, state, next_attempt_at);
