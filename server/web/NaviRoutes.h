// SPDX-License-Identifier: MIT
// NaviRoutes: the 接種券発行申請 pages (docs/web.md): /navi/apply (form → 入力内容の確認 → 申請する → 発行申請完了),
// /navi/status (受付番号 + 生年月日), /navi/address (郵便番号 → 住所 for our script), /navi/terms, /navi/privacy.
#pragma once

#include "server/ServerClock.h"
#include "server/http/RouteTable.h"

#include <chrono>
#include <httplib.h>

namespace vsys::server {

class Storage;

/// Per address and server process (nginx limits across processes): applications sent (申請する) and status
/// lookups. A refusal is 429 with a Japanese page and Retry-After.
struct NaviLimits
{
    int submits = 10;
    int lookups = 20;
    std::chrono::seconds window{600};
};

class NaviRoutes
{
public:
    static void install(RouteTable& server, Storage& storage, const ServerClock& clock, const NaviLimits& limits = {});
};

} // namespace vsys::server
