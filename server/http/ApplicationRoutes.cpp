// SPDX-License-Identifier: MIT
// ApplicationRoutes: records in core's JSON codec; the rules are ApplicationService's.
#include "server/http/ApplicationRoutes.h"

#include "core/application/ApplicationRecord.h"
#include "server/http/ApiReply.h"
#include "server/http/RouteSupport.h"
#include "server/service/ApplicationService.h"
#include "server/service/VenueLimits.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

class ApplicationText
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRoutes)
public:
    static QString badId()
    {
        return tr("id: the application's id must be a lower-case UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.");
    }
    static QString badContent() { return tr("content: send the application's form as a JSON object in \"content\"."); }
};

} // namespace

std::optional<int> ApplicationRoutes::pageLimit(const httplib::Request& request, httplib::Response& response)
{
    if (!request.has_param("limit")) {
        return venueLimits::kPageRecords;
    }
    bool ok = false;
    const int limit = QString::fromUtf8(request.get_param_value("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        ApiReply::error(response, ApiErrorCode::InvalidField,
                        tr("limit: give the number of records per page as a whole number of 1 or more (at most %1 "
                           "are sent).")
                            .arg(venueLimits::kPageRecords),
                        u"limit"_s);
        return std::nullopt;
    }
    return std::min(limit, venueLimits::kPageRecords);
}

namespace {

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
    const auto page
        = ApplicationService(storage).list(*session, QString::fromUtf8(request.get_param_value("after")), *limit);
    if (!page) {
        ApiReply::failure(response, page.error());
        return;
    }
    QJsonArray applications;
    for (const core::ApplicationRecord& record : page->records) {
        applications.append(core::ApplicationJson::toJson(record));
    }
    ApiReply::send(response, 200,
                   QJsonObject{{u"applications"_s, applications},
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
    const auto record = ApplicationService(storage).get(*session, id);
    if (!record) {
        ApiReply::failure(response, record.error());
        return;
    }
    ApiReply::send(response, 200, core::ApplicationJson::toJson(*record));
}

void put(Storage& storage,
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
    const QString id = RouteSupport::capture(request, 1);
    if (!RouteSupport::isRecordId(id)) {
        ApiReply::error(response, ApiErrorCode::InvalidField, ApplicationText::badId(), u"id"_s);
        return;
    }
    if (!body.value(u"content"_s).isObject()) {
        ApiReply::error(response, ApiErrorCode::InvalidField, ApplicationText::badContent(), u"content"_s);
        return;
    }
    const RouteSupport::IfMatch ifMatch = RouteSupport::ifMatch(request, response);
    if (!ifMatch.valid) {
        return;
    }
    const auto saved
        = ApplicationService(storage).put(session, id, body.value(u"content"_s).toObject(), ifMatch.version);
    if (!saved) {
        ApiReply::failure(response, saved.error());
        return;
    }
    ApiReply::send(response, saved->created ? 201 : 200, core::ApplicationJson::toJson(saved->record));
}

} // namespace

void ApplicationRoutes::install(RouteTable& server, Storage& storage)
{
    server.Get("/api/v1/applications", [&storage](const httplib::Request& request, httplib::Response& response) {
        list(storage, request, response);
    });
    server.Get(
        "/api/v1/applications/([^/]+)",
        [&storage](const httplib::Request& request, httplib::Response& response) { get(storage, request, response); });
    server.Put("/api/v1/applications/([^/]+)",
               [&storage](const httplib::Request& request, httplib::Response& response,
                          const httplib::ContentReader& reader) { put(storage, request, response, reader); });
}

} // namespace vsys::server
