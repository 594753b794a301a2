-- SPDX-License-Identifier: MIT
-- 医療機関情報と接種担当医師: tables to come (numbered now so that parallel work keeps the order).
SELECT 1;
