// SPDX-License-Identifier: MIT
// VenueStatusPage: GET /navi/venues, the public list of venues (接種会場) by 都道府県 and 市区町村 with the
// 予約受付状態 each last sent from the app, and when (PublicVenueService).
#pragma once

#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class VenueStatusPage
{
public:
    /// Views per address and minute. Each view reads the venue table, so one address cannot keep the server
    /// busy; a resident paging through a prefecture stays far below (nginx limits /navi/ across processes too).
    static constexpr int kViewsPerMinute = 60;

    /// Query: pref (2 digits), city (6 digits), page (from 1). Plain GET forms, so it works without JavaScript.
    static void install(RouteTable& server, Storage& storage);
};

} // namespace vsys::server
