-- SPDX-License-Identifier: MIT
-- 委任状 kept on this computer: tables to come (numbered now so that parallel work keeps the order).
SELECT 1;
