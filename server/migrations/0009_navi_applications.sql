-- SPDX-License-Identifier: MIT
-- 接種券発行申請 (web): placeholder, filled by the issue-16 work
SELECT 1;
