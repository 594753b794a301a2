// SPDX-License-Identifier: MIT
// CoolRoutes: the calendar is global; the allocated boxes are this venue's. server_time lets the
// client judge the locks with core::CoolRules at the server's time, not the PC's.
#include "server/http/CoolRoutes.h"

#include "core/application/ApplicationRecord.h"
#include "core/plan/CoolPeriod.h"
#include "server/http/ApiReply.h"
#include "server/http/RouteSupport.h"
#include "server/storage/CoolRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::server {

void CoolRoutes::install(RouteTable& server, Storage& storage, const ServerClock& clock)
{
    server.Get("/api/v1/cools", [&storage, clock](const httplib::Request& request, httplib::Response& response) {
        const auto session = RouteSupport::session(request, response);
        if (!session) {
            return;
        }
        const auto all = CoolRepository(storage).all(session->venueId);
        if (!all) {
            ApiReply::error(response, ApiErrorCode::Internal);
            return;
        }
        QJsonArray list;
        for (const core::CoolPeriod& cool : *all) {
            list.append(core::CoolJson::toJson(cool));
        }
        ApiReply::send(
            response, 200,
            QJsonObject{{u"server_time"_s, core::ApplicationJson::timeToJson(clock.now())}, {u"cools"_s, list}});
    });
}

} // namespace vsys::server
