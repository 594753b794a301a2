// SPDX-License-Identifier: MIT
// RouteSupport: header parsing kept strict, so a client bug shows as a clear 400.
#include "server/http/RouteSupport.h"

#include "server/http/ApiReply.h"
#include "server/http/RequestBody.h"
#include "server/http/RequestGate.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::server {

std::optional<VenueSession> RouteSupport::session(const httplib::Request& request, httplib::Response& response)
{
    auto session = RequestGate::session(request);
    if (!session) {
        ApiReply::error(response, ApiErrorCode::Unauthorized);
        response.set_header("WWW-Authenticate", "Bearer");
    }
    return session;
}

std::optional<RouteSupport::Write> RouteSupport::sessionAndBody(const httplib::Request& request,
                                                                const httplib::ContentReader& reader,
                                                                httplib::Response& response)
{
    auto found = session(request, response);
    if (!found) {
        return std::nullopt;
    }
    auto body = RequestBody::readJsonObject(request, reader, response);
    if (!body) {
        return std::nullopt;
    }
    return Write{std::move(*found), std::move(*body)};
}

bool RouteSupport::isRecordId(const QString& id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

QString RouteSupport::capture(const httplib::Request& request, size_t index)
{
    return index < request.matches.size() ? QString::fromUtf8(request.matches[index].str()) : QString();
}

RouteSupport::IfMatch RouteSupport::ifMatch(const httplib::Request& request, httplib::Response& response)
{
    if (!request.has_header("If-Match")) {
        return {};
    }
    bool ok = false;
    const int version = QString::fromLatin1(request.get_header_value("If-Match")).trimmed().toInt(&ok);
    if (!ok || version < 0) {
        ApiReply::error(response, ApiErrorCode::InvalidField,
                        tr("If-Match: give the version of the record as a whole number, for example If-Match: 3."),
                        u"If-Match"_s);
        return {false, std::nullopt};
    }
    return {true, version};
}

std::optional<IdempotencyKey>
RouteSupport::idempotencyKey(const httplib::Request& request, httplib::Response& response, const VenueSession& session)
{
    const QString key = QString::fromLatin1(request.get_header_value("Idempotency-Key")).trimmed();
    if (key.isEmpty()) {
        ApiReply::error(response, ApiErrorCode::MissingIdempotencyKey, {}, u"Idempotency-Key"_s);
        return std::nullopt;
    }
    if (key.size() > kMaxIdempotencyKeyLength) {
        ApiReply::error(response, ApiErrorCode::InvalidField,
                        tr("Idempotency-Key: use a UUID (at most %1 characters).").arg(kMaxIdempotencyKeyLength),
                        u"Idempotency-Key"_s);
        return std::nullopt;
    }
    return IdempotencyKey{session.venueId, key, QString::fromLatin1(request.method), QString::fromUtf8(request.path)};
}

} // namespace vsys::server
