-- SPDX-License-Identifier: MIT
-- The 接種計画 on this desktop (docs/api.md "接種計画"): the server's plan as last received, so the plan
-- page works offline, and the plan the user typed but has not registered (登録/変更する) yet.

-- data is the plan as core::PlanJson writes it. server_time_offset_ms is the server's clock minus this
-- PC's clock when an answer with server_time (GET /plan, PUT /plan) last came: the locks of the クール
-- are judged at the server's time, also offline. NULL while the plan only came through /changes,
-- which sends no server_time.
CREATE TABLE plan_record (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    data TEXT NOT NULL CHECK (json_type(data) = 'object'),
    server_time_offset_ms INTEGER,
    received_at TEXT NOT NULL
);

-- Autosaved while the user types, so a crash loses nothing; removed once the server accepts the plan.
-- rows is the JSON array of {cool_id, vaccine_boxes, needle_boxes} of the page, request_approval its
-- 「国の確認を依頼する」.
CREATE TABLE plan_draft (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    rows TEXT NOT NULL CHECK (json_type(rows) = 'array'),
    request_approval INTEGER NOT NULL CHECK (request_approval IN (0, 1)),
    saved_at TEXT NOT NULL
);
