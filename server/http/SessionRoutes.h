// SPDX-License-Identifier: MIT
// SessionRoutes: POST /api/v1/session (login) and DELETE /api/v1/session (logout).
#pragma once

#include <httplib.h>

namespace vsys::server {

class Storage;

class SessionRoutes
{
public:
    static void install(httplib::Server& server, Storage& storage);
};

} // namespace vsys::server
