// SPDX-License-Identifier: MIT
// ApplicationRoutes: GET /applications, GET and PUT /applications/{id} (申込 records).
#pragma once

#include <httplib.h>

namespace vsys::server {

class Storage;

class ApplicationRoutes
{
public:
    static void install(httplib::Server& server, Storage& storage);
};

} // namespace vsys::server
