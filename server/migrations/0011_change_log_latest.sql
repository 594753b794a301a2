-- SPDX-License-Identifier: MIT
-- GET /changes sends each record once with its current data, so only a record's latest change matters: from
-- now on ChangeLog::record deletes the record's earlier rows as it logs a new one, and this drops the ones
-- already superseded. A client's cursor stays valid: a record changed after it still has a row after it.
-- (A クール's row for one venue's allocation and its global row are different rows: both stay.)
DELETE FROM change_log WHERE seq < (
    SELECT MAX(newer.seq) FROM change_log AS newer
    WHERE newer.kind = change_log.kind AND newer.entity_id = change_log.entity_id
      AND (newer.venue_id = change_log.venue_id OR (newer.venue_id IS NULL AND change_log.venue_id IS NULL)));
-- The delete of a record's earlier rows finds them through this index.
CREATE INDEX change_log_entity ON change_log (venue_id, kind, entity_id);
