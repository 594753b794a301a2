// SPDX-License-Identifier: MIT
// DoseRoutes: records in core's JSON codec (DoseJson checks every value); the rules are DoseService's. The
// record's id makes a resend harmless, so POST needs no Idempotency-Key.
#include "server/http/DoseRoutes.h"

#include "core/ledger/DoseEntry.h"
#include "server/http/ApiReply.h"
#include "server/http/ApplicationRoutes.h"
#include "server/http/RouteSupport.h"
#include "server/service/DoseService.h"

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
    const auto entry = core::DoseJson::fromJson(write->body);
    if (!entry) {
        ApiReply::error(response, ApiErrorCode::InvalidField, entry.error().message, entry.error().field);
        return;
    }
    const auto stored = DoseService(storage).record(write->session, *entry, clock.now());
    if (!stored) {
        ApiReply::failure(response, stored.error());
        return;
    }
    // The same answer for the first request and for a resend of it.
    ApiReply::send(response, 201, core::DoseJson::toJson(*stored));
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
    const auto page = DoseService(storage).list(*session, QString::fromUtf8(request.get_param_value("after")), *limit);
    if (!page) {
        ApiReply::failure(response, page.error());
        return;
    }
    QJsonArray doses;
    for (const core::DoseEntry& entry : page->doses) {
        doses.append(core::DoseJson::toJson(entry));
    }
    ApiReply::send(
        response, 200,
        QJsonObject{{u"doses"_s, doses}, {u"next"_s, page->next.isEmpty() ? QJsonValue() : QJsonValue(page->next)}});
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
    const auto entry = DoseService(storage).get(*session, id);
    if (!entry) {
        ApiReply::failure(response, entry.error());
        return;
    }
    ApiReply::send(response, 200, core::DoseJson::toJson(*entry));
}

} // namespace

void DoseRoutes::install(RouteTable& server, Storage& storage, const ServerClock& clock)
{
    server.Post(
        "/api/v1/doses",
        [&storage, clock](const httplib::Request& request, httplib::Response& response,
                          const httplib::ContentReader& reader) { post(storage, clock, request, response, reader); });
    server.Get("/api/v1/doses", [&storage](const httplib::Request& request, httplib::Response& response) {
        list(storage, request, response);
    });
    server.Get("/api/v1/doses/([^/]+)", [&storage](const httplib::Request& request, httplib::Response& response) {
        get(storage, request, response);
    });
}

} // namespace vsys::server
