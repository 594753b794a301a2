-- SPDX-License-Identifier: MIT
-- 分配量の確認 and 配送予定日の確認: a venue's allocation per クール gains its needle and syringe boxes and the
-- 配送予定日 the ministry sets (core::AllocationRules says which dates may be set). NULL = 未定 for both.
-- The bounds repeat core::AllocationRules::kMaxBoxes, so no writer can store more than the rule allows.
ALTER TABLE allocation ADD COLUMN needle_boxes INTEGER CHECK (needle_boxes BETWEEN 0 AND 9999);
ALTER TABLE allocation ADD COLUMN delivery_date TEXT CHECK (length(delivery_date) = 10);
