// SPDX-License-Identifier: MIT
// CoolRoutes: GET /api/v1/cools: the クール calendar with this venue's 分配実績 and the server's time.
#pragma once

#include "server/ServerClock.h"
#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class CoolRoutes
{
public:
    static void install(RouteTable& server, Storage& storage, const ServerClock& clock);
};

} // namespace vsys::server
