-- SPDX-License-Identifier: MIT
-- The venue's remaining V-SYS jobs send their records through GET /changes: 実績・廃棄の報告 ('report'),
-- 医療機関情報 ('institution') and 接種担当医師 ('doctor'). Their tables come in the migrations after this.

{{POSTGRESQL}} ALTER TABLE change_log DROP CONSTRAINT change_log_kind_check;
{{POSTGRESQL}} ALTER TABLE change_log ADD CONSTRAINT change_log_kind_check
    CHECK (kind IN ('application', 'document', 'cool', 'venue', 'plan', 'report', 'institution', 'doctor'));
-- SQLite cannot change a constraint, so the table is rebuilt as in 0002: rows keep their seq, and
-- AUTOINCREMENT goes on after the largest one.
{{SQLITE}} CREATE TABLE change_log_0004 (
    seq {{ID}},
    venue_id TEXT REFERENCES venue (id),
    kind TEXT NOT NULL
        CHECK (kind IN ('application', 'document', 'cool', 'venue', 'plan', 'report', 'institution', 'doctor')),
    entity_id TEXT NOT NULL,
    changed_at {{TIMESTAMP}} NOT NULL
);
{{SQLITE}} INSERT INTO change_log_0004 (seq, venue_id, kind, entity_id, changed_at)
    SELECT seq, venue_id, kind, entity_id, changed_at FROM change_log;
{{SQLITE}} DROP TABLE change_log;
{{SQLITE}} ALTER TABLE change_log_0004 RENAME TO change_log;
{{SQLITE}} CREATE INDEX change_log_venue ON change_log (venue_id, seq);
