// SPDX-License-Identifier: MIT
// SessionRoutes: the token is in the answer once; the server keeps only its hash.
#include "server/http/SessionRoutes.h"

#include "core/application/ApplicationRecord.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestBody.h"
#include "server/http/RouteSupport.h"
#include "server/service/SessionService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

class SessionText
{
    Q_DECLARE_TR_FUNCTIONS(SessionRoutes)
public:
    static QString missing(const QString& field)
    {
        return field == u"vsys_id"_s ? tr("V-SYS ID: please enter your 10-digit V-SYS ID.")
                                     : tr("Password: please enter your password.");
    }
};

void login(Storage& storage,
           const httplib::Request& request,
           httplib::Response& response,
           const httplib::ContentReader& reader)
{
    const auto body = RequestBody::readJsonObject(request, reader, response);
    if (!body) {
        return;
    }
    for (const QString& field : {u"vsys_id"_s, u"password"_s}) {
        if (!body->value(field).isString() || body->value(field).toString().isEmpty()) {
            ApiReply::error(response, ApiErrorCode::InvalidField, SessionText::missing(field), field);
            return;
        }
    }
    const auto login
        = SessionService(storage).login(body->value(u"vsys_id"_s).toString(), body->value(u"password"_s).toString());
    if (!login) {
        ApiReply::failure(response, login.error());
        return;
    }
    ApiReply::send(response, 201,
                   QJsonObject{{u"token"_s, login->token},
                               {u"expires_at"_s, core::ApplicationJson::timeToJson(login->expiresAt)},
                               {u"vsys_id"_s, login->vsysId},
                               {u"venue"_s, QJsonObject{{u"id"_s, login->venueId}, {u"name"_s, login->venueName}}}});
}

void logout(Storage& storage,
            const httplib::Request& request,
            httplib::Response& response,
            const httplib::ContentReader& reader)
{
    const auto session = RouteSupport::session(request, response);
    if (!session || !RequestBody::read(request, reader, response)) {
        return;
    }
    const auto ended = SessionService(storage).logout(*session);
    if (!ended) {
        ApiReply::failure(response, ended.error());
        return;
    }
    response.status = 204;
}

} // namespace

void SessionRoutes::install(RouteTable& server, Storage& storage)
{
    server.Post("/api/v1/session",
                [&storage](const httplib::Request& request, httplib::Response& response,
                           const httplib::ContentReader& reader) { login(storage, request, response, reader); });
    server.Delete("/api/v1/session",
                  [&storage](const httplib::Request& request, httplib::Response& response,
                             const httplib::ContentReader& reader) { logout(storage, request, response, reader); });
}

} // namespace vsys::server
