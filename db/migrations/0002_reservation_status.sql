-- SPDX-License-Identifier: MIT
-- 予約受付状態: the venue chooses on the home screen what residents are told about bookings.
-- The current status lives on the venue row; every switch is also kept in a history table so the
-- clinic can see when it changed. Keys are ReservationStatusText::key() values; NULL changed_at
-- means the status was never set.

ALTER TABLE venue ADD COLUMN reservation_status TEXT NOT NULL DEFAULT 'unregistered'
    CHECK (reservation_status IN ('available', 'few_left', 'not_accepting', 'not_required', 'unregistered'));

ALTER TABLE venue ADD COLUMN reservation_status_changed_at TEXT;

CREATE TABLE reservation_status_history (
    id INTEGER PRIMARY KEY,
    venue_id INTEGER NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    status TEXT NOT NULL
        CHECK (status IN ('available', 'few_left', 'not_accepting', 'not_required', 'unregistered')),
    changed_at TEXT NOT NULL
);

CREATE INDEX reservation_status_history_venue ON reservation_status_history (venue_id, changed_at);
