// SPDX-License-Identifier: MIT
// ApplicationActionRoutes: POST /applications/{id}/submit|withdraw|resubmit (申込, 取下げ, 再申込).
#pragma once

#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class ApplicationActionRoutes
{
public:
    static void install(RouteTable& server, Storage& storage);
};

} // namespace vsys::server
