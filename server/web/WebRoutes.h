// SPDX-License-Identifier: MIT
// WebRoutes: the public web pages under /navi/ (docs/web.md): the layout's static files, the top page and the
// 接種券発行申請 pages (NaviRoutes).
#pragma once

#include "server/ServerClock.h"
#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class WebRoutes
{
public:
    /// Installed by ApiRouter before its fallbacks. RequestGate lets GET and POST under /navi/ through without
    /// a bearer token; everything else the gate checks still applies.
    static void install(RouteTable& server, Storage& storage, const ServerClock& clock);
};

} // namespace vsys::server
