-- SPDX-License-Identifier: MIT
-- 接種計画 (one per venue) and the end of a クール's 分配作業期間. Placeholders as in 0001; a statement
-- that starts with {{SQLITE}} or {{POSTGRESQL}} runs only on that driver (SchemaMigrator::statements).

-- While a クール is 'locked', no plan may change; locked_until is the announced end (NULL: not announced).
ALTER TABLE cool ADD COLUMN locked_until {{TIMESTAMP}};

-- The venue's plan as core::PlanJson writes it: rows is the JSON array of {cool_id, vaccine_boxes,
-- needle_boxes}, approval the latest 国の確認 asked for (NULL: never). initial_total_boxes is the
-- 初回登録時 total; a change above it needs the 国's confirmation.
CREATE TABLE venue_plan (
    venue_id TEXT PRIMARY KEY REFERENCES venue (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    initial_total_boxes INTEGER CHECK (initial_total_boxes >= 0),
    rows TEXT NOT NULL,
    approval TEXT,
    updated_at {{TIMESTAMP}} NOT NULL
);

-- change_log learns the kind 'plan'. PostgreSQL replaces the CHECK constraint in place (its name is
-- the one PostgreSQL gave the column's constraint in 0001).
{{POSTGRESQL}} ALTER TABLE change_log DROP CONSTRAINT change_log_kind_check;
{{POSTGRESQL}} ALTER TABLE change_log ADD CONSTRAINT change_log_kind_check
    CHECK (kind IN ('application', 'document', 'cool', 'venue', 'plan'));
-- SQLite cannot change a constraint, so the table is rebuilt. The rows keep their seq, so the
-- clients' cursors stay valid, and AUTOINCREMENT goes on after the largest one (the renamed table
-- takes its sqlite_sequence entry along).
{{SQLITE}} CREATE TABLE change_log_0002 (
    seq {{ID}},
    venue_id TEXT REFERENCES venue (id),
    kind TEXT NOT NULL CHECK (kind IN ('application', 'document', 'cool', 'venue', 'plan')),
    entity_id TEXT NOT NULL,
    changed_at {{TIMESTAMP}} NOT NULL
);
{{SQLITE}} INSERT INTO change_log_0002 (seq, venue_id, kind, entity_id, changed_at)
    SELECT seq, venue_id, kind, entity_id, changed_at FROM change_log;
{{SQLITE}} DROP TABLE change_log;
{{SQLITE}} ALTER TABLE change_log_0002 RENAME TO change_log;
{{SQLITE}} CREATE INDEX change_log_venue ON change_log (venue_id, seq);
