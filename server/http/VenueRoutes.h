// SPDX-License-Identifier: MIT
// VenueRoutes: GET /api/v1/venue: the venue, its V-SYS IDs and its 既存登録情報.
#pragma once

#include <httplib.h>

namespace vsys::server {

class Storage;

class VenueRoutes
{
public:
    static void install(httplib::Server& server, Storage& storage);
};

} // namespace vsys::server
