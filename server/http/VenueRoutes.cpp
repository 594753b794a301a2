// SPDX-License-Identifier: MIT
// VenueRoutes: the session's venue only; there is no way to name another.
#include "server/http/VenueRoutes.h"

#include "server/http/ApiReply.h"
#include "server/http/RouteSupport.h"
#include "server/service/RecordJson.h"

namespace vsys::server {

void VenueRoutes::install(httplib::Server& server, Storage& storage)
{
    server.Get("/api/v1/venue", [&storage](const httplib::Request& request, httplib::Response& response) {
        const auto session = RouteSupport::session(request, response);
        if (!session) {
            return;
        }
        const auto venue = RecordJson::venue(storage, session->venueId);
        if (!venue) {
            ApiReply::failure(response, venue.error());
            return;
        }
        ApiReply::send(response, 200, *venue);
    });
}

} // namespace vsys::server
