// SPDX-License-Identifier: MIT
// ApiReply: JSON answers and the error bodies of docs/api.md, with their Japanese messages.
#pragma once

#include "server/service/Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <httplib.h>

namespace vsys::server {

/// The error codes of docs/api.md.
enum class ApiErrorCode {
    MalformedRequest,
    InvalidJson,
    InvalidField,
    MissingIdempotencyKey,
    Unauthorized,
    NotFound,
    VersionConflict,
    InvalidStatus,
    CoolLocked,
    PlanLocked,
    ApprovalRequired,
    BodyTooLarge,
    UriTooLong,
    UnsupportedEncoding,
    RangeNotSatisfiable,
    TooManyAttempts,
    // Per-venue quotas (server/service/VenueLimits.h).
    RecordTooLarge,
    TooManyDrafts,
    TooManyReports,
    TooManyDoses,
    TooManyInquiries,
    /// Every database thread busy and the queue in front of them full (server/http/DatabaseWorkers).
    Busy,
    Internal,
};

class ApiReply
{
    Q_DECLARE_TR_FUNCTIONS(ApiReply)
public:
    static int httpStatus(ApiErrorCode code);
    static QString key(ApiErrorCode code);
    /// The standard message for `code`; handlers pass a more precise one where they know more.
    static QString defaultMessage(ApiErrorCode code);

    /// {"error","message"[,"field"]} plus `extra` members (e.g. "server_copy").
    static QByteArray
    errorBody(ApiErrorCode code, const QString& message = {}, const QString& field = {}, const QJsonObject& extra = {});
    static void error(httplib::Response& response,
                      ApiErrorCode code,
                      const QString& message = {},
                      const QString& field = {},
                      const QJsonObject& extra = {});
    /// A service refusal: status, code and message from the ServiceError (server_copy for conflicts,
    /// Retry-After for a throttled login).
    static void failure(httplib::Response& response, const ServiceError& error);
    /// The body and status a service refusal answers with (what an idempotent action stores).
    static std::pair<int, QByteArray> failureBody(const ServiceError& error);

    static QByteArray json(const QJsonObject& object);
    static void send(httplib::Response& response, int status, const QByteArray& body);
    static void send(httplib::Response& response, int status, const QJsonObject& object);
};

} // namespace vsys::server
