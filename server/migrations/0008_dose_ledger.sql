-- SPDX-License-Identifier: MIT
-- 接種台帳 (dose ledger): placeholder reserved for issue 15; the ledger-sync work replaces it.
SELECT 1;
