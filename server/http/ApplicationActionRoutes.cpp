// SPDX-License-Identifier: MIT
// ApplicationActionRoutes: every action needs an Idempotency-Key; its first answer is the answer.
#include "server/http/ApplicationActionRoutes.h"

#include "core/application/ApplicationRecord.h"
#include "server/http/ApiReply.h"
#include "server/http/IdempotentAction.h"
#include "server/http/RequestBody.h"
#include "server/http/RouteSupport.h"
#include "server/service/ApplicationService.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

core::ApplicationAction actionFor(const QString& name)
{
    if (name == u"submit"_s) {
        return core::ApplicationAction::Submit;
    }
    if (name == u"withdraw"_s) {
        return core::ApplicationAction::Withdraw;
    }
    return core::ApplicationAction::Resubmit;
}

void act(Storage& storage,
         const httplib::Request& request,
         httplib::Response& response,
         const httplib::ContentReader& reader)
{
    const auto session = RouteSupport::session(request, response);
    if (!session || !RequestBody::read(request, reader, response)) {
        return;
    }
    const QString id = RouteSupport::capture(request, 1);
    if (!RouteSupport::isRecordId(id)) {
        ApiReply::error(response, ApiErrorCode::NotFound);
        return;
    }
    const auto key = RouteSupport::idempotencyKey(request, response, *session);
    if (!key) {
        return;
    }
    const RouteSupport::IfMatch ifMatch = RouteSupport::ifMatch(request, response);
    if (!ifMatch.valid) {
        return;
    }
    const core::ApplicationAction action = actionFor(RouteSupport::capture(request, 2));
    IdempotentAction(storage).answer(*key, response, [&]() -> Outcome<QJsonObject> {
        const auto record = ApplicationService(storage).act(*session, id, action, ifMatch.version);
        if (!record) {
            return record.error();
        }
        return core::ApplicationJson::toJson(*record);
    });
}

} // namespace

void ApplicationActionRoutes::install(RouteTable& server, Storage& storage)
{
    server.Post("/api/v1/applications/([^/]+)/(submit|withdraw|resubmit)",
                [&storage](const httplib::Request& request, httplib::Response& response,
                           const httplib::ContentReader& reader) { act(storage, request, response, reader); });
}

} // namespace vsys::server
