-- SPDX-License-Identifier: MIT
-- 問い合わせ: placeholder, filled by the issue-16 work
SELECT 1;
