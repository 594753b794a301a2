-- SPDX-License-Identifier: MIT
-- 70,000 (or :count) generated venues for the Monday-morning load test (bench/peak/peak-load.sh), on a
-- PostgreSQL database that vsysdesk-server has already migrated. Set-based, so it takes seconds: one
-- precomputed Argon2id hash for every V-SYS ID (demo venue A's password), and a session per venue inserted
-- directly with its token's SHA-256 (the token is 'peak-token-N', N = 1..count), so no login runs.
-- Usage: psql "$URL" -v count=70000 -f generate-venues.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE peak_venue ON COMMIT DROP AS
SELECT n,
       -- A lower-case UUID made from n, as the API's ids are.
       regexp_replace(md5('peak-venue-' || n), '^(.{8})(.{4})(.{4})(.{4})(.{12})$', '\1-\2-\3-\4-\5') AS id,
       '8' || lpad(n::text, 9, '0') AS vsys_id
FROM generate_series(1, :count) AS n;

INSERT INTO venue (id, name, existing_registration, number_prefix, application_seq, created_at, updated_at)
SELECT id, '(職域)負荷試験会場' || n, '{}', lpad((n % 100000)::text, 5, '0'), 0,
       '2022-03-01T00:00:00.000Z', '2022-03-01T00:00:00.000Z'
FROM peak_venue;

INSERT INTO account (vsys_id, venue_id, password_hash, created_at)
SELECT vsys_id, id,
       '$argon2id$v=19$m=65536,t=2,p=1$N4nNhbV1XsELgQUTlC6F+Q$JakzrtwOAT1yVzj3GxahaxnBVR1LNyX9lkFILfjnPvU',
       '2022-03-01T00:00:00.000Z'
FROM peak_venue;

INSERT INTO session (token_hash, vsys_id, venue_id, created_at, expires_at)
SELECT encode(sha256(convert_to('peak-token-' || n, 'UTF8')), 'hex'), vsys_id, id,
       '2022-03-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z'
FROM peak_venue;

-- An empty plan at version 1, registered (initial total 0), so that PUT /plan with If-Match: 1 and no
-- rows is accepted every time and changes nothing.
INSERT INTO venue_plan (venue_id, version, initial_total_boxes, rows, approval, updated_at)
SELECT id, 1, 0, '[]', NULL, '2022-03-01T00:00:00.000Z' FROM peak_venue;

INSERT INTO change_log (venue_id, kind, entity_id, changed_at)
SELECT id, kind, id, '2022-03-01T00:00:00.000Z'
FROM peak_venue CROSS JOIN (VALUES ('venue'), ('plan')) AS kinds (kind)
ORDER BY n, kind;
COMMIT;
ANALYZE venue, account, session, venue_plan, change_log;
