-- SPDX-License-Identifier: MIT
-- 請求用保険医療機関コード whose 検証番号 warning the user confirmed (a 類似コード or an older code that does not
-- follow the Luhn rule). Kept per account and code, not per claim, so that the month after asks no again;
-- a corrected code is a new code and is checked again.
CREATE TABLE claim_code_confirmation (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code TEXT NOT NULL CHECK (length(code) = 10 AND code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    confirmed_at TEXT NOT NULL,
    PRIMARY KEY (account_id, code)
);
