// SPDX-License-Identifier: MIT
// RouteSupport: small pieces every route needs (its session, the record id, If-Match, Idempotency-Key).
#pragma once

#include "server/service/SessionService.h"
#include "server/storage/IdempotencyRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <httplib.h>
#include <optional>

namespace vsys::server {

class RouteSupport
{
    Q_DECLARE_TR_FUNCTIONS(RouteSupport)
public:
    /// The gate's session for `request`; answers 401 when there is none (never expected: the gate
    /// refuses such requests first, but a route must not run without one).
    static std::optional<VenueSession> session(const httplib::Request& request, httplib::Response& response);

    struct Write
    {
        VenueSession session;
        QJsonObject body;
    };
    /// The session and the JSON object body of a request that writes; answers the first problem (401, or the
    /// body's 4xx as RequestBody gives it) and returns nothing then.
    static std::optional<Write>
    sessionAndBody(const httplib::Request& request, const httplib::ContentReader& reader, httplib::Response& response);

    /// True for a record id as docs/api.md defines it: a lower-case UUID without braces.
    static bool isRecordId(const QString& id);
    /// The n-th regex capture of the route as text.
    static QString capture(const httplib::Request& request, size_t index);

    struct IfMatch
    {
        bool valid = true;
        std::optional<int> version; ///< absent header: nothing
    };
    /// The If-Match header as a version; answers 400 invalid_field when it is not a whole number.
    static IfMatch ifMatch(const httplib::Request& request, httplib::Response& response);

    static constexpr qsizetype kMaxIdempotencyKeyLength = 128;
    /// The Idempotency-Key an action must carry, scoped to the session's venue, the method and the
    /// path; answers 400 missing_idempotency_key or invalid_field (too long) and returns nothing when
    /// it cannot be used.
    static std::optional<IdempotencyKey>
    idempotencyKey(const httplib::Request& request, httplib::Response& response, const VenueSession& session);
};

} // namespace vsys::server
