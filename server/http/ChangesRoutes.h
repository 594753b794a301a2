// SPDX-License-Identifier: MIT
// ChangesRoutes: GET /api/v1/changes?since=<cursor>: what changed for this venue since the cursor.
#pragma once

#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class ChangesRoutes
{
public:
    static void install(RouteTable& server, Storage& storage);
};

} // namespace vsys::server
