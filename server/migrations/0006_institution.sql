-- SPDX-License-Identifier: MIT
-- 医療機関情報 (one per venue) and 接種担当医師. Placeholders as in 0001.

-- The venue's 医療機関情報 as core::InstitutionRecordJson writes its parts: approved is the JSON object of
-- the approved values, pending the request waiting for the municipality (NULL: none), decision the
-- municipality's last answer (NULL: never asked).
CREATE TABLE institution (
    venue_id TEXT PRIMARY KEY REFERENCES venue (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    approved TEXT NOT NULL,
    pending TEXT,
    decision TEXT,
    updated_at {{TIMESTAMP}} NOT NULL
);

-- One 接種担当医師 per row, its id the client's UUID. A deleted doctor stays as a tombstone (data NULL,
-- deleted_at set) so GET /changes can tell the venue's other clients; its personal data is gone.
CREATE TABLE doctor (
    id TEXT PRIMARY KEY,
    venue_id TEXT NOT NULL REFERENCES venue (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    data TEXT,
    deleted_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}} NOT NULL,
    CHECK ((data IS NULL) = (deleted_at IS NOT NULL))
);
CREATE INDEX doctor_venue ON doctor (venue_id, id);
