-- SPDX-License-Identifier: MIT
-- 接種台帳 (dose ledger): every record the venue's desks made, as core::DoseJson checked it (data holds that
-- JSON; the columns beside it are what the server searches by). No names and no birth dates: the record has
-- none. Records are never changed or deleted: a correction is a new record that supersedes an older one of the
-- same venue. number counts the venue's records from 1 in the order they were stored: the pages of GET /doses
-- follow it, and (venue_id, number) being unique means two records at once can never both take the last
-- place under the venue's cap.
CREATE TABLE dose (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    venue_id TEXT NOT NULL REFERENCES venue (id),
    number INTEGER NOT NULL CHECK (number >= 1),
    supersedes TEXT CHECK (supersedes IS NULL OR length(supersedes) = 36),
    administered_at TEXT NOT NULL CHECK (length(administered_at) = 16),
    ticket TEXT NOT NULL CHECK (length(ticket) = 18),
    data TEXT NOT NULL CHECK (length(data) <= 4096),
    received_by TEXT NOT NULL,
    received_at {{TIMESTAMP}} NOT NULL,
    UNIQUE (venue_id, number)
);
CREATE INDEX dose_ticket ON dose (venue_id, ticket);

-- The venue's other desks get each record through GET /changes (kind 'dose').
{{POSTGRESQL}} ALTER TABLE change_log DROP CONSTRAINT change_log_kind_check;
{{POSTGRESQL}} ALTER TABLE change_log ADD CONSTRAINT change_log_kind_check
    CHECK (kind IN ('application', 'document', 'cool', 'venue', 'plan', 'report', 'institution', 'doctor', 'dose'));
-- SQLite cannot change a constraint, so the table is rebuilt as in 0004: rows keep their seq, and
-- AUTOINCREMENT goes on after the largest one.
{{SQLITE}} CREATE TABLE change_log_0008 (
    seq {{ID}},
    venue_id TEXT REFERENCES venue (id),
    kind TEXT NOT NULL
        CHECK (kind IN ('application', 'document', 'cool', 'venue', 'plan', 'report', 'institution', 'doctor',
                        'dose')),
    entity_id TEXT NOT NULL,
    changed_at {{TIMESTAMP}} NOT NULL
);
{{SQLITE}} INSERT INTO change_log_0008 (seq, venue_id, kind, entity_id, changed_at)
    SELECT seq, venue_id, kind, entity_id, changed_at FROM change_log;
{{SQLITE}} DROP TABLE change_log;
{{SQLITE}} ALTER TABLE change_log_0008 RENAME TO change_log;
{{SQLITE}} CREATE INDEX change_log_venue ON change_log (venue_id, seq);
