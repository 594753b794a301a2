-- SPDX-License-Identifier: MIT
-- 実績・廃棄の報告: tables to come (numbered now so that parallel work keeps the order).
SELECT 1;
