// SPDX-License-Identifier: MIT
// DocumentRoutes: GET /api/v1/documents and GET (or HEAD) /api/v1/documents/{id}/content (委任状 PDFs).
#pragma once

#include "server/http/RouteTable.h"

#include <httplib.h>

namespace vsys::server {

class Storage;

class DocumentRoutes
{
public:
    static void install(RouteTable& server, Storage& storage);
};

} // namespace vsys::server
