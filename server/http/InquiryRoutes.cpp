// SPDX-License-Identifier: MIT
// InquiryRoutes: inquiries in core's JSON codec, stored with the server's time; the rules are InquiryService's.
#include "server/http/InquiryRoutes.h"

#include "core/inquiry/Inquiry.h"
#include "server/http/ApiReply.h"
#include "server/http/ApplicationRoutes.h"
#include "server/http/IdempotentAction.h"
#include "server/http/RouteSupport.h"
#include "server/service/InquiryService.h"

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
    const auto key = RouteSupport::idempotencyKey(request, response, session);
    if (!key) {
        return;
    }
    // Who sent it, when, and any answer are the server's: InquiryService sets or clears them.
    const auto inquiry = core::InquiryJson::fromJson(write->body);
    if (!inquiry) {
        ApiReply::error(response, ApiErrorCode::InvalidField, inquiry.error().message, inquiry.error().field);
        return;
    }
    IdempotentAction(storage).answer(
        *key, response,
        [&]() -> Outcome<QJsonObject> {
            const auto stored = InquiryService(storage).send(session, *inquiry, clock.now());
            if (!stored) {
                return stored.error();
            }
            return core::InquiryJson::toJson(*stored);
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
    const auto page
        = InquiryService(storage).list(*session, QString::fromUtf8(request.get_param_value("after")), *limit);
    if (!page) {
        ApiReply::failure(response, page.error());
        return;
    }
    QJsonArray inquiries;
    for (const core::Inquiry& inquiry : page->inquiries) {
        inquiries.append(core::InquiryJson::toJson(inquiry));
    }
    ApiReply::send(response, 200,
                   QJsonObject{{u"inquiries"_s, inquiries},
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
    const auto inquiry = InquiryService(storage).get(*session, id);
    if (!inquiry) {
        ApiReply::failure(response, inquiry.error());
        return;
    }
    ApiReply::send(response, 200, core::InquiryJson::toJson(*inquiry));
}

} // namespace

void InquiryRoutes::install(RouteTable& server, Storage& storage, const ServerClock& clock)
{
    server.Post(
        "/api/v1/inquiries",
        [&storage, clock](const httplib::Request& request, httplib::Response& response,
                          const httplib::ContentReader& reader) { post(storage, clock, request, response, reader); });
    server.Get("/api/v1/inquiries", [&storage](const httplib::Request& request, httplib::Response& response) {
        list(storage, request, response);
    });
    server.Get("/api/v1/inquiries/([^/]+)", [&storage](const httplib::Request& request, httplib::Response& response) {
        get(storage, request, response);
    });
}

} // namespace vsys::server
