// SPDX-License-Identifier: MIT
// ReportRoutes: reports in core's JSON codec, stored with the server's time; the rules are ReportService's.
#include "server/http/ReportRoutes.h"

#include "core/report/PerformanceReport.h"
#include "server/http/ApiReply.h"
#include "server/http/ApplicationRoutes.h"
#include "server/http/IdempotentAction.h"
#include "server/http/RouteSupport.h"
#include "server/service/ReportService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

void post(Storage& storage,
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
    const auto key = RouteSupport::idempotencyKey(request, response, session);
    if (!key) {
        return;
    }
    // What the client says of who reported and when is not read: the server sets both.
    const auto report = core::ReportJson::fromJson(body);
    if (!report) {
        ApiReply::error(response, ApiErrorCode::InvalidField, report.error().message, report.error().field);
        return;
    }
    IdempotentAction(storage).answer(
        *key, response,
        [&]() -> Outcome<QJsonObject> {
            const auto stored = ReportService(storage).report(session, *report, clock.now());
            if (!stored) {
                return stored.error();
            }
            return core::ReportJson::toJson(*stored);
        },
        201);
}

void list(Storage& storage, const httplib::Request& request, httplib::Response& response)
{
    const auto session = RouteSupport::session(request, response);
    if (!session) {
        return;
    }
    const auto limit = ApplicationRoutes::pageLimit(request, response);
    if (!limit) {
        return;
    }
    const auto page = ReportService(storage).list(*session, QString::fromUtf8(request.get_param_value("vaccine")),
                                                  QString::fromUtf8(request.get_param_value("after")), *limit);
    if (!page) {
        ApiReply::failure(response, page.error());
        return;
    }
    QJsonArray reports;
    for (const core::PerformanceReport& report : page->reports) {
        reports.append(core::ReportJson::toJson(report));
    }
    ApiReply::send(response, 200,
                   QJsonObject{{u"reports"_s, reports},
                               {u"next"_s, page->next.isEmpty() ? QJsonValue() : QJsonValue(page->next)}});
}

void get(Storage& storage, const httplib::Request& request, httplib::Response& response)
{
    const auto session = RouteSupport::session(request, response);
    if (!session) {
        return;
    }
    const QString id = RouteSupport::capture(request, 1);
    if (!RouteSupport::isRecordId(id)) {
        ApiReply::error(response, ApiErrorCode::NotFound);
        return;
    }
    const auto report = ReportService(storage).get(*session, id);
    if (!report) {
        ApiReply::failure(response, report.error());
        return;
    }
    ApiReply::send(response, 200, core::ReportJson::toJson(*report));
}

} // namespace

void ReportRoutes::install(RouteTable& server, Storage& storage, const ServerClock& clock)
{
    server.Post(
        "/api/v1/reports",
        [&storage, clock](const httplib::Request& request, httplib::Response& response,
                          const httplib::ContentReader& reader) { post(storage, clock, request, response, reader); });
    server.Get("/api/v1/reports", [&storage](const httplib::Request& request, httplib::Response& response) {
        list(storage, request, response);
    });
    server.Get("/api/v1/reports/([^/]+)", [&storage](const httplib::Request& request, httplib::Response& response) {
        get(storage, request, response);
    });
}

} // namespace vsys::server
