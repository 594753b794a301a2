// SPDX-License-Identifier: MIT
// ApplicationRoutes: GET /applications, GET and PUT /applications/{id} (申込 records).
#pragma once

#include "server/http/RouteTable.h"

#include <QCoreApplication>

#include <httplib.h>
#include <optional>

namespace vsys::server {

class Storage;

class ApplicationRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRoutes)
public:
    static void install(RouteTable& server, Storage& storage);
    /// The `limit` query parameter of a paged list (GET /applications, GET /changes): the page size
    /// asked for, at most venueLimits::kPageRecords, which is also the default. Answers 400
    /// invalid_field and returns nothing when it is not a whole number of 1 or more.
    static std::optional<int> pageLimit(const httplib::Request& request, httplib::Response& response);
};

} // namespace vsys::server
