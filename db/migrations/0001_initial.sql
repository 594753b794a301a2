-- SPDX-License-Identifier: MIT
-- First schema of the local store: the venue the client logs in as (接種会場, keyed by its
-- 10-digit V-SYS ID) and a key/value table for app settings that must live with the data.
-- Timestamps are ISO 8601 UTC text with milliseconds, e.g. 2024-05-01T09:30:00.000Z.

CREATE TABLE venue (
    id INTEGER PRIMARY KEY,
    vsys_id TEXT NOT NULL UNIQUE CHECK (length(vsys_id) = 10),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE app_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
