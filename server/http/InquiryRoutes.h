// SPDX-License-Identifier: MIT
// InquiryRoutes: POST, GET /api/v1/inquiries and GET /api/v1/inquiries/{id}, the venue's 問い合わせ.
#pragma once

#include "server/ServerClock.h"
#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class InquiryRoutes
{
public:
    static void install(RouteTable& server, Storage& storage, const ServerClock& clock);
};

} // namespace vsys::server
