// SPDX-License-Identifier: MIT
// PlanRoutes: the plan in core's JSON codec with the server's time; the rules are PlanService's.
#include "server/http/PlanRoutes.h"

#include "core/application/ApplicationRecord.h"
#include "core/plan/PlanChange.h"
#include "server/http/ApiReply.h"
#include "server/http/RouteSupport.h"
#include "server/service/PlanService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanRoutes)
public:
    static QString badRequestApproval()
    {
        return tr("request_approval: give true to ask for the government's confirmation, otherwise false.");
    }
};

/// {"server_time","plan"}: the answer of GET and of an accepted PUT.
QJsonObject planAnswer(const core::VenuePlan& plan, const ServerClock& clock)
{
    return {{u"server_time"_s, core::ApplicationJson::timeToJson(clock.now())},
            {u"plan"_s, core::PlanJson::toJson(plan)}};
}

void get(Storage& storage, const ServerClock& clock, const httplib::Request& request, httplib::Response& response)
{
    const auto session = RouteSupport::session(request, response);
    if (!session) {
        return;
    }
    const auto plan = PlanService(storage, clock).get(*session);
    if (!plan) {
        ApiReply::failure(response, plan.error());
        return;
    }
    ApiReply::send(response, 200, planAnswer(*plan, clock));
}

void put(Storage& storage,
         const ServerClock& clock,
         const httplib::Request& request,
         httplib::Response& response,
         const httplib::ContentReader& reader)
{
    const auto write = RouteSupport::sessionAndBody(request, reader, response);
    if (!write) {
        return;
    }
    const VenueSession& session = write->session;
    const QJsonObject& body = write->body;
    const auto rows = core::PlanJson::rowsFromJson(body.value(u"rows"_s), u"rows"_s);
    if (!rows) {
        ApiReply::error(response, ApiErrorCode::InvalidField, rows.error().message, rows.error().field);
        return;
    }
    const QJsonValue requestApproval = body.value(u"request_approval"_s);
    if (!requestApproval.isBool() && !requestApproval.isUndefined()) {
        ApiReply::error(response, ApiErrorCode::InvalidField, PlanText::badRequestApproval(), u"request_approval"_s);
        return;
    }
    const RouteSupport::IfMatch ifMatch = RouteSupport::ifMatch(request, response);
    if (!ifMatch.valid) {
        return;
    }
    const auto plan = PlanService(storage, clock).put(session, *rows, requestApproval.toBool(), ifMatch.version);
    if (!plan) {
        ApiReply::failure(response, plan.error());
        return;
    }
    ApiReply::send(response, 200, planAnswer(*plan, clock));
}

} // namespace

void PlanRoutes::install(RouteTable& server, Storage& storage, const ServerClock& clock)
{
    server.Get("/api/v1/plan", [&storage, clock](const httplib::Request& request, httplib::Response& response) {
        get(storage, clock, request, response);
    });
    server.Put(
        "/api/v1/plan",
        [&storage, clock](const httplib::Request& request, httplib::Response& response,
                          const httplib::ContentReader& reader) { put(storage, clock, request, response, reader); });
}

} // namespace vsys::server
