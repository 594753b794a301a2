// SPDX-License-Identifier: MIT
// SessionRoutes: POST /api/v1/session (login) and DELETE /api/v1/session (logout).
#pragma once

#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class SessionRoutes
{
public:
    static void install(RouteTable& server, Storage& storage);
};

} // namespace vsys::server
