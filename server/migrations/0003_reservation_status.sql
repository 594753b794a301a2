-- SPDX-License-Identifier: MIT
-- 予約受付状態: what a venue tells residents about bookings, one per venue (not per V-SYS ID), with every
-- change kept: who (the V-SYS ID), when, and the status before and after. Keys are
-- core::ReservationStatusText::key(); changed_at/changed_by are NULL until the first change.
ALTER TABLE venue ADD COLUMN reservation_status TEXT NOT NULL DEFAULT 'unregistered'
    CHECK (reservation_status IN ('available', 'few_left', 'not_accepting', 'not_required', 'unregistered'));
ALTER TABLE venue ADD COLUMN reservation_status_changed_at {{TIMESTAMP}};
ALTER TABLE venue ADD COLUMN reservation_status_changed_by TEXT;

CREATE TABLE reservation_status_history (
    seq {{ID}},
    venue_id TEXT NOT NULL REFERENCES venue (id),
    vsys_id TEXT NOT NULL REFERENCES account (vsys_id),
    old_status TEXT NOT NULL
        CHECK (old_status IN ('available', 'few_left', 'not_accepting', 'not_required', 'unregistered')),
    new_status TEXT NOT NULL
        CHECK (new_status IN ('available', 'few_left', 'not_accepting', 'not_required', 'unregistered')),
    changed_at {{TIMESTAMP}} NOT NULL
);
CREATE INDEX reservation_status_history_venue ON reservation_status_history (venue_id, seq);
