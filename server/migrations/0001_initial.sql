-- SPDX-License-Identifier: MIT
-- First schema of the central server. One file for SQLite and PostgreSQL; SchemaMigrator replaces
--   {{ID}}        INTEGER PRIMARY KEY AUTOINCREMENT (SQLite) / BIGSERIAL PRIMARY KEY (PostgreSQL)
--   {{BLOB}}      BLOB / BYTEA
--   {{TIMESTAMP}} TEXT on both: ISO 8601 UTC with milliseconds (2021-12-20T02:20:00.000Z), the wire format
--                 of docs/api.md. Text order is then time order, and no driver converts time zones.
-- Dates (クール start/end, delivery week) are YYYY-MM-DD text. JSON documents are TEXT: the server
-- stores them as given and never queries inside them. Identifiers of records are lower-case UUIDs.

-- 接種会場 (as the ministry registered it in 1・2回目), with its 既存登録情報.
CREATE TABLE venue (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    existing_registration TEXT NOT NULL,
    number_prefix TEXT NOT NULL CHECK (length(number_prefix) = 5),
    application_seq INTEGER NOT NULL DEFAULT 0,
    created_at {{TIMESTAMP}} NOT NULL,
    updated_at {{TIMESTAMP}} NOT NULL
);

-- A V-SYS ID a venue logs in with; a venue may have several (追加接種 may get a new one).
CREATE TABLE account (
    vsys_id TEXT PRIMARY KEY CHECK (length(vsys_id) = 10),
    venue_id TEXT NOT NULL REFERENCES venue (id),
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'venue' CHECK (role IN ('venue')),
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE INDEX account_venue ON account (venue_id);

-- Only the SHA-256 of a bearer token is kept, so a copy of the database cannot log anyone in.
CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    vsys_id TEXT NOT NULL REFERENCES account (vsys_id),
    venue_id TEXT NOT NULL REFERENCES venue (id),
    created_at {{TIMESTAMP}} NOT NULL,
    expires_at {{TIMESTAMP}} NOT NULL
);
CREATE INDEX session_expiry ON session (expires_at);

-- Failed logins in a row per V-SYS ID (also for IDs without an account, so a lockout does not tell
-- which IDs exist).
CREATE TABLE login_failure (
    vsys_id TEXT PRIMARY KEY,
    consecutive_failures INTEGER NOT NULL,
    locked_until {{TIMESTAMP}},
    last_failure_at {{TIMESTAMP}} NOT NULL
);

-- 申込. status is core::ApplicationStatusMachine::key(); content is the client's form as given.
CREATE TABLE application (
    id TEXT PRIMARY KEY,
    venue_id TEXT NOT NULL REFERENCES venue (id),
    number TEXT UNIQUE,
    status TEXT NOT NULL
        CHECK (status IN ('draft', 'awaiting_review', 'confirmed', 'resubmission_required', 'withdrawn')),
    version INTEGER NOT NULL CHECK (version >= 1),
    content TEXT NOT NULL,
    submitted_at {{TIMESTAMP}},
    reviewed_at {{TIMESTAMP}},
    review_comment TEXT,
    issued_vsys_id TEXT,
    created_at {{TIMESTAMP}} NOT NULL,
    updated_at {{TIMESTAMP}} NOT NULL
);
CREATE INDEX application_venue ON application (venue_id, created_at);
CREATE INDEX application_status ON application (status);

-- The first answer to an action with an Idempotency-Key, replayed byte for byte on a retry. The key
-- is scoped to the venue, method and path: the same key elsewhere is a new action (docs/api.md).
CREATE TABLE idempotency (
    venue_id TEXT NOT NULL REFERENCES venue (id),
    idempotency_key TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    status INTEGER NOT NULL,
    response_body TEXT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL,
    PRIMARY KEY (venue_id, idempotency_key, method, path)
);

-- 委任状 and later other files the ministry issues to a venue.
CREATE TABLE document (
    id TEXT PRIMARY KEY,
    venue_id TEXT NOT NULL REFERENCES venue (id),
    kind TEXT NOT NULL CHECK (kind IN ('delegation')),
    filename TEXT NOT NULL,
    content {{BLOB}} NOT NULL,
    size INTEGER NOT NULL,
    download_count INTEGER NOT NULL DEFAULT 0,
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE INDEX document_venue ON document (venue_id);

-- クール: the two-week delivery periods of the national calendar, numbered by the ministry.
CREATE TABLE cool (
    id INTEGER PRIMARY KEY,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    delivery_week TEXT NOT NULL,
    change_deadline {{TIMESTAMP}} NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'locked', 'allocated')),
    updated_at {{TIMESTAMP}} NOT NULL
);

-- 分配実績: boxes allocated to a venue for a クール.
CREATE TABLE allocation (
    venue_id TEXT NOT NULL REFERENCES venue (id),
    cool_id INTEGER NOT NULL REFERENCES cool (id),
    boxes INTEGER NOT NULL CHECK (boxes >= 0),
    updated_at {{TIMESTAMP}} NOT NULL,
    PRIMARY KEY (venue_id, cool_id)
);

-- What changed, for GET /changes. venue_id NULL = a global record (the calendar) every venue sees.
CREATE TABLE change_log (
    seq {{ID}},
    venue_id TEXT REFERENCES venue (id),
    kind TEXT NOT NULL CHECK (kind IN ('application', 'document', 'cool', 'venue')),
    entity_id TEXT NOT NULL,
    changed_at {{TIMESTAMP}} NOT NULL
);
CREATE INDEX change_log_venue ON change_log (venue_id, seq);
