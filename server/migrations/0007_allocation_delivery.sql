-- SPDX-License-Identifier: MIT
-- 分配量 (針・シリンジ) と配送予定日: tables to come (numbered now so that parallel work keeps the order).
SELECT 1;
