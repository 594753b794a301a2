-- SPDX-License-Identifier: MIT
-- 接種券発行申請 (web, docs/web.md): residents' applications to their municipality through the public form.

-- The municipalities (and 広域連合) that accept online applications. Filled from resources/navi/navi.json the
-- first time the table is read empty; vsysdesk-admin changes it later. A municipality that stops keeps its row.
CREATE TABLE navi_municipality (
    code TEXT PRIMARY KEY CHECK (length(code) = 6),
    accepting INTEGER NOT NULL CHECK (accepting IN (0, 1)),
    changed_at {{TIMESTAMP}} NOT NULL
);

-- The last 受付番号 serial given per municipality and 申請日 (Japan date, YYYYMMDD). Taken with one
-- INSERT … ON CONFLICT … DO UPDATE … RETURNING inside the application's transaction, so two applications at once
-- can never get one number, and a rolled-back application gives its number back.
CREATE TABLE navi_serial (
    municipality_code TEXT NOT NULL CHECK (length(municipality_code) = 6),
    day TEXT NOT NULL CHECK (length(day) = 8),
    last_serial INTEGER NOT NULL CHECK (last_serial BETWEEN 1 AND 9999999),
    PRIMARY KEY (municipality_code, day)
);

-- One application. content is core::TicketApplication's JSON (personal data: name, birth date, address, phone),
-- bounded; birth_date beside it is what the status page matches with the receipt. submit_token is the form's
-- one-time token: a second submit of the same form finds the first application instead of making another.
CREATE TABLE navi_application (
    id {{ID}},
    receipt TEXT NOT NULL UNIQUE CHECK (length(receipt) = 25),
    municipality_code TEXT NOT NULL CHECK (length(municipality_code) = 6),
    birth_date TEXT NOT NULL CHECK (length(birth_date) = 10),
    submitted_at {{TIMESTAMP}} NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'shipped')),
    shipped_at {{TIMESTAMP}},
    content TEXT NOT NULL CHECK (length(content) <= 8192),
    submit_token TEXT NOT NULL UNIQUE CHECK (length(submit_token) BETWEEN 16 AND 64)
);
CREATE INDEX navi_application_municipality ON navi_application (municipality_code, id);
CREATE INDEX navi_application_submitted ON navi_application (submitted_at);

-- Secrets of the web pages (the key of the forms' CSRF tokens), made once, shared by every server process.
CREATE TABLE navi_secret (
    name TEXT PRIMARY KEY CHECK (length(name) <= 32),
    value TEXT NOT NULL CHECK (length(value) <= 128)
);
