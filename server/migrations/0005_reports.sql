-- SPDX-License-Identifier: MIT
-- 実績・廃棄の報告: every report a venue makes is kept (the history says who reported what and when). The
-- figures are core::PerformanceReport's; their bounds are core::ReportRules' (the CHECKs are the last
-- guard). number counts the venue's reports from 1 in the order they were stored: the latest report of a
-- vaccine is the one with the highest number, whatever the clocks said, and (venue_id, number) being
-- unique means two reports at once can never both take the last place under the venue's cap.
CREATE TABLE report (
    id TEXT PRIMARY KEY,
    venue_id TEXT NOT NULL REFERENCES venue (id),
    number INTEGER NOT NULL CHECK (number >= 1),
    vaccine TEXT NOT NULL CHECK (length(vaccine) BETWEEN 1 AND 40),
    as_of TEXT NOT NULL CHECK (length(as_of) = 10),
    third_doses INTEGER NOT NULL CHECK (third_doses BETWEEN 0 AND 9999999),
    first_doses INTEGER NOT NULL CHECK (first_doses BETWEEN 0 AND 9999999),
    second_doses INTEGER NOT NULL CHECK (second_doses BETWEEN 0 AND 9999999),
    wasted_vials INTEGER NOT NULL CHECK (wasted_vials BETWEEN 0 AND 999999),
    correction_reason TEXT CHECK (correction_reason IS NULL OR length(correction_reason) <= 200),
    reported_by TEXT NOT NULL,
    reported_at {{TIMESTAMP}} NOT NULL,
    UNIQUE (venue_id, number)
);
CREATE INDEX report_vaccine ON report (venue_id, vaccine, number);
