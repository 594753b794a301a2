// SPDX-License-Identifier: MIT
// VenueRoutes: GET /api/v1/venue (the venue, its V-SYS IDs, its 既存登録情報 and 予約受付状態) and
// PUT /api/v1/venue/reservation-status.
#pragma once

#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class VenueRoutes
{
public:
    static void install(RouteTable& server, Storage& storage);
};

} // namespace vsys::server
