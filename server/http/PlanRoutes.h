// SPDX-License-Identifier: MIT
// PlanRoutes: GET and PUT /api/v1/plan, the venue's 接種計画.
#pragma once

#include "server/ServerClock.h"
#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class PlanRoutes
{
public:
    static void install(RouteTable& server, Storage& storage, const ServerClock& clock);
};

} // namespace vsys::server
