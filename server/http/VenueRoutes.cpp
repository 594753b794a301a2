// SPDX-License-Identifier: MIT
// VenueRoutes: the session's venue only; there is no way to name another.
#include "server/http/VenueRoutes.h"

#include "server/http/ApiReply.h"
#include "server/http/IdempotentAction.h"
#include "server/http/RequestBody.h"
#include "server/http/RouteSupport.h"
#include "server/service/RecordJson.h"
#include "server/service/ReservationStatusService.h"

using namespace Qt::StringLiterals;

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
    // Like an action, with an Idempotency-Key: a resend after a lost answer gets the first answer
    // again, and its history row is not written twice.
    server.Put(
        "/api/v1/venue/reservation-status",
        [&storage](const httplib::Request& request, httplib::Response& response, const httplib::ContentReader& reader) {
            const auto session = RouteSupport::session(request, response);
            if (!session) {
                return;
            }
            const auto body = RequestBody::readJsonObject(request, reader, response);
            if (!body) {
                return;
            }
            const auto key = RouteSupport::idempotencyKey(request, response);
            if (!key) {
                return;
            }
            const IdempotencyKey idempotencyKey{session->venueId, *key, QString::fromLatin1(request.method),
                                                QString::fromUtf8(request.path)};
            const auto answer = IdempotentAction(storage).run(idempotencyKey, [&]() -> std::optional<StoredResponse> {
                const auto state = ReservationStatusService(storage).set(*session, *body);
                if (state) {
                    return StoredResponse{200, ApiReply::json(core::ReservationStateJson::toJson(*state))};
                }
                if (state.error().failure == Failure::Storage) {
                    return std::nullopt;
                }
                const auto [status, failureBody] = ApiReply::failureBody(state.error());
                return StoredResponse{status, failureBody};
            });
            if (!answer) {
                ApiReply::error(response, ApiErrorCode::Internal);
                return;
            }
            ApiReply::send(response, answer->status, answer->body);
        });
}

} // namespace vsys::server
