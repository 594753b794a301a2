// SPDX-License-Identifier: MIT
// CoolRoutes: GET /api/v1/cools: the クール calendar with this venue's 分配実績.
#pragma once

#include <httplib.h>

namespace vsys::server {

class Storage;

class CoolRoutes
{
public:
    static void install(httplib::Server& server, Storage& storage);
};

} // namespace vsys::server
