-- SPDX-License-Identifier: MIT
-- 問い合わせ: what a venue's desks ask the support desk through the 問い合わせフォーム (core::Inquiry), and the
-- desk's answer given with vsysdesk-admin. The bounds are core::Inquiry's and core::InquiryCategories' (the
-- CHECKs are the last guard). number counts the venue's inquiries from 1 in the order they were stored: the
-- pages of GET /inquiries follow it, and (venue_id, number) being unique means two inquiries at once can
-- never both take the last place under the venue's cap. An answer replaces the previous one (answers counts
-- them, so the admin list shows an inquiry answered twice).
CREATE TABLE inquiry (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    venue_id TEXT NOT NULL REFERENCES venue (id),
    number INTEGER NOT NULL CHECK (number >= 1),
    phone TEXT NOT NULL CHECK (length(phone) BETWEEN 10 AND 11),
    category TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 40),
    detail TEXT NOT NULL CHECK (length(detail) BETWEEN 1 AND 40),
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    sent_by TEXT NOT NULL,
    sent_at {{TIMESTAMP}} NOT NULL,
    answer TEXT CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 4000),
    answered_at {{TIMESTAMP}},
    answers INTEGER NOT NULL DEFAULT 0 CHECK (answers >= 0),
    UNIQUE (venue_id, number)
);

-- The venue's desks get the answer through GET /changes (kind 'inquiry').
{{POSTGRESQL}} ALTER TABLE change_log DROP CONSTRAINT change_log_kind_check;
{{POSTGRESQL}} ALTER TABLE change_log ADD CONSTRAINT change_log_kind_check
    CHECK (kind IN ('application', 'document', 'cool', 'venue', 'plan', 'report', 'institution', 'doctor', 'dose',
                    'inquiry'));
-- SQLite cannot change a constraint, so the table is rebuilt as in 0008: rows keep their seq, and
-- AUTOINCREMENT goes on after the largest one.
{{SQLITE}} CREATE TABLE change_log_0010 (
    seq {{ID}},
    venue_id TEXT REFERENCES venue (id),
    kind TEXT NOT NULL
        CHECK (kind IN ('application', 'document', 'cool', 'venue', 'plan', 'report', 'institution', 'doctor',
                        'dose', 'inquiry')),
    entity_id TEXT NOT NULL,
    changed_at {{TIMESTAMP}} NOT NULL
);
{{SQLITE}} INSERT INTO change_log_0010 (seq, venue_id, kind, entity_id, changed_at)
    SELECT seq, venue_id, kind, entity_id, changed_at FROM change_log;
{{SQLITE}} DROP TABLE change_log;
{{SQLITE}} ALTER TABLE change_log_0010 RENAME TO change_log;
{{SQLITE}} CREATE INDEX change_log_venue ON change_log (venue_id, seq);
