// SPDX-License-Identifier: MIT
// ReportRoutes: POST, GET /api/v1/reports and GET /api/v1/reports/{id}, the venue's 実績・廃棄の報告.
#pragma once

#include "server/ServerClock.h"
#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class ReportRoutes
{
public:
    static void install(RouteTable& server, Storage& storage, const ServerClock& clock);
};

} // namespace vsys::server
