// SPDX-License-Identifier: MIT
// DoseRoutes: POST, GET /api/v1/doses and GET /api/v1/doses/{id}, the venue's 接種台帳.
#pragma once

#include "server/ServerClock.h"
#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class DoseRoutes
{
public:
    static void install(RouteTable& server, Storage& storage, const ServerClock& clock);
};

} // namespace vsys::server
