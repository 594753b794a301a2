// SPDX-License-Identifier: MIT
// InstitutionRoutes: GET/PUT /api/v1/institution (医療機関情報), GET /api/v1/doctors, PUT and DELETE
// /api/v1/doctors/{id} (接種担当医師).
#pragma once

#include "server/ServerClock.h"
#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class InstitutionRoutes
{
public:
    static void install(RouteTable& server, Storage& storage, const ServerClock& clock);
};

} // namespace vsys::server
