// SPDX-License-Identifier: MIT
// VenueRoutes: the session's venue only; there is no way to name another.
#include "server/http/VenueRoutes.h"

#include "server/http/ApiReply.h"
#include "server/http/IdempotentAction.h"
#include "server/http/RouteSupport.h"
#include "server/service/RecordJson.h"
#include "server/service/ReservationStatusService.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

void VenueRoutes::install(RouteTable& server, Storage& storage)
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
    // Like an action, with an Idempotency-Key: a resend after a lost answer gets the first answer
    // again, and its history row is not written twice.
    server.Put(
        "/api/v1/venue/reservation-status",
        [&storage](const httplib::Request& request, httplib::Response& response, const httplib::ContentReader& reader) {
            const auto write = RouteSupport::sessionAndBody(request, reader, response);
            if (!write) {
                return;
            }
            const VenueSession& session = write->session;
            const QJsonObject& body = write->body;
            const auto key = RouteSupport::idempotencyKey(request, response, session);
            if (!key) {
                return;
            }
            IdempotentAction(storage).answer(*key, response, [&]() -> Outcome<QJsonObject> {
                const auto state = ReservationStatusService(storage).set(session, body);
                if (!state) {
                    return state.error();
                }
                return core::ReservationStateJson::toJson(*state);
            });
        });
}

} // namespace vsys::server
