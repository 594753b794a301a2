// SPDX-License-Identifier: MIT
// CoolRoutes: the calendar is global; the allocated boxes are this venue's.
#include "server/http/CoolRoutes.h"

#include "server/http/ApiReply.h"
#include "server/http/RouteSupport.h"
#include "server/service/RecordJson.h"
#include "server/storage/CoolRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::server {

void CoolRoutes::install(httplib::Server& server, Storage& storage)
{
    server.Get("/api/v1/cools", [&storage](const httplib::Request& request, httplib::Response& response) {
        const auto session = RouteSupport::session(request, response);
        if (!session) {
            return;
        }
        CoolRepository cools(storage);
        const auto all = cools.all();
        if (!all) {
            ApiReply::error(response, ApiErrorCode::Internal);
            return;
        }
        const auto boxes = cools.allocationsFor(session->venueId);
        if (!boxes) {
            ApiReply::error(response, ApiErrorCode::Internal);
            return;
        }
        QJsonArray list;
        for (const Cool& cool : *all) {
            list.append(
                RecordJson::cool(cool, boxes->contains(cool.id) ? std::optional(boxes->value(cool.id)) : std::nullopt));
        }
        ApiReply::send(response, 200, QJsonObject{{u"cools"_s, list}});
    });
}

} // namespace vsys::server
