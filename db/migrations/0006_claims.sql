-- SPDX-License-Identifier: MIT
-- The claims (請求) of this desktop and what was printed from them. Billing is client-owned: the server
-- never sees a claim, so these rows are the only copy and nothing here is a cache to rebuild.

-- content is the claim as core::MonthlyClaim::toJson writes it, so a new field of the entry screen needs
-- no migration. claim_month ('YYYY-MM') is the key because the 国保連 takes one claim per 請求月; the
-- shape is checked so that months sort as text, newest first, without parsing.
CREATE TABLE claim (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    claim_month TEXT NOT NULL
        CHECK (claim_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(claim_month, 6, 2) BETWEEN '01' AND '12'),
    content TEXT NOT NULL CHECK (json_type(content) = 'object'),
    saved_at TEXT NOT NULL,
    PRIMARY KEY (account_id, claim_month)
);

-- 印刷履歴: one row per print or PDF export, so the user can tell which version went to the 国保連 and
-- the 市区町村. The totals are those printed, not recomputed, and the rows do not reference the claim: the
-- claim may be edited after printing, and the history must still show what left the office.
-- output holds core::MonthlyClaim::key(ClaimOutput); file_path is NULL for a printer.
CREATE TABLE claim_print (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    claim_month TEXT NOT NULL
        CHECK (claim_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(claim_month, 6, 2) BETWEEN '01' AND '12'),
    output TEXT NOT NULL CHECK (
        output IN ('summary_including_home', 'summary_excluding_home', 'municipal_attached', 'municipal_printed')
    ),
    destination TEXT NOT NULL CHECK (destination IN ('printer', 'pdf')),
    file_path TEXT,
    sheets INTEGER NOT NULL CHECK (sheets >= 0),
    total_count INTEGER NOT NULL,
    total_amount INTEGER NOT NULL,
    printed_at TEXT NOT NULL
);

CREATE INDEX claim_print_month ON claim_print (account_id, claim_month);
