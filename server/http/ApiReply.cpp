// SPDX-License-Identifier: MIT
// ApiReply: compact UTF-8 JSON; the same bytes for the same answer, which idempotent replays rely on.
#include "server/http/ApiReply.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

/// The one table from an error's kind to the API's error code (and so to its HTTP status). The
/// client's own kinds never come from a service; should one, it is an internal error.
ApiErrorCode codeFor(core::ErrorCode code)
{
    switch (code) {
    case core::ErrorCode::Invalid:
        return ApiErrorCode::InvalidField;
    case core::ErrorCode::Unauthorized:
        return ApiErrorCode::Unauthorized;
    case core::ErrorCode::NotFound:
        return ApiErrorCode::NotFound;
    case core::ErrorCode::VersionConflict:
        return ApiErrorCode::VersionConflict;
    case core::ErrorCode::InvalidStatus:
        return ApiErrorCode::InvalidStatus;
    case core::ErrorCode::CoolLocked:
        return ApiErrorCode::CoolLocked;
    case core::ErrorCode::PlanLocked:
        return ApiErrorCode::PlanLocked;
    case core::ErrorCode::ApprovalRequired:
        return ApiErrorCode::ApprovalRequired;
    case core::ErrorCode::TooManyAttempts:
        return ApiErrorCode::TooManyAttempts;
    case core::ErrorCode::RecordTooLarge:
        return ApiErrorCode::RecordTooLarge;
    case core::ErrorCode::TooManyDrafts:
        return ApiErrorCode::TooManyDrafts;
    case core::ErrorCode::TooManyReports:
        return ApiErrorCode::TooManyReports;
    case core::ErrorCode::TooManyDoses:
        return ApiErrorCode::TooManyDoses;
    case core::ErrorCode::TooManyInquiries:
        return ApiErrorCode::TooManyInquiries;
    case core::ErrorCode::Storage:
    case core::ErrorCode::Network:
    case core::ErrorCode::Cancelled:
        return ApiErrorCode::Internal;
    }
    Q_UNREACHABLE();
    return ApiErrorCode::Internal;
}

} // namespace

int ApiReply::httpStatus(ApiErrorCode code)
{
    switch (code) {
    case ApiErrorCode::MalformedRequest:
    case ApiErrorCode::InvalidJson:
    case ApiErrorCode::InvalidField:
    case ApiErrorCode::MissingIdempotencyKey:
        return 400;
    case ApiErrorCode::Unauthorized:
        return 401;
    case ApiErrorCode::NotFound:
        return 404;
    case ApiErrorCode::VersionConflict:
    case ApiErrorCode::InvalidStatus:
    case ApiErrorCode::CoolLocked:
    case ApiErrorCode::PlanLocked:
    case ApiErrorCode::ApprovalRequired:
        return 409;
    case ApiErrorCode::BodyTooLarge:
        return 413;
    case ApiErrorCode::UriTooLong:
        return 414;
    case ApiErrorCode::UnsupportedEncoding:
        return 415;
    case ApiErrorCode::RangeNotSatisfiable:
        return 416;
    case ApiErrorCode::TooManyAttempts:
        return 429;
    case ApiErrorCode::RecordTooLarge:
        return 413;
    case ApiErrorCode::TooManyDrafts:
    case ApiErrorCode::TooManyReports:
    case ApiErrorCode::TooManyDoses:
    case ApiErrorCode::TooManyInquiries:
        return 409;
    case ApiErrorCode::Busy:
        return 503;
    case ApiErrorCode::Internal:
        return 500;
    }
    Q_UNREACHABLE();
    return 500;
}

QString ApiReply::key(ApiErrorCode code)
{
    switch (code) {
    case ApiErrorCode::MalformedRequest:
        return u"malformed_request"_s;
    case ApiErrorCode::InvalidJson:
        return u"invalid_json"_s;
    case ApiErrorCode::InvalidField:
        return u"invalid_field"_s;
    case ApiErrorCode::MissingIdempotencyKey:
        return u"missing_idempotency_key"_s;
    case ApiErrorCode::Unauthorized:
        return u"unauthorized"_s;
    case ApiErrorCode::NotFound:
        return u"not_found"_s;
    case ApiErrorCode::VersionConflict:
        return u"version_conflict"_s;
    case ApiErrorCode::InvalidStatus:
        return u"invalid_status"_s;
    case ApiErrorCode::CoolLocked:
        return u"cool_locked"_s;
    case ApiErrorCode::PlanLocked:
        return u"plan_locked"_s;
    case ApiErrorCode::ApprovalRequired:
        return u"approval_required"_s;
    case ApiErrorCode::BodyTooLarge:
        return u"body_too_large"_s;
    case ApiErrorCode::UriTooLong:
        return u"uri_too_long"_s;
    case ApiErrorCode::UnsupportedEncoding:
        return u"unsupported_encoding"_s;
    case ApiErrorCode::RangeNotSatisfiable:
        return u"range_not_satisfiable"_s;
    case ApiErrorCode::TooManyAttempts:
        return u"too_many_attempts"_s;
    case ApiErrorCode::RecordTooLarge:
        return u"record_too_large"_s;
    case ApiErrorCode::TooManyDrafts:
        return u"too_many_drafts"_s;
    case ApiErrorCode::TooManyReports:
        return u"too_many_reports"_s;
    case ApiErrorCode::TooManyDoses:
        return u"too_many_doses"_s;
    case ApiErrorCode::TooManyInquiries:
        return u"too_many_inquiries"_s;
    case ApiErrorCode::Busy:
        return u"unavailable"_s;
    case ApiErrorCode::Internal:
        return u"internal"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString ApiReply::defaultMessage(ApiErrorCode code)
{
    switch (code) {
    case ApiErrorCode::MalformedRequest:
        return tr("The request could not be read: it is not a well-formed HTTPS request. Please update VSYS Desk "
                  "or contact the support desk.");
    case ApiErrorCode::InvalidJson:
        return tr("The request could not be read: its body is not a JSON object. Please update VSYS Desk or "
                  "contact the support desk.");
    case ApiErrorCode::InvalidField:
        return tr("An entry of the request is missing or not valid.");
    case ApiErrorCode::MissingIdempotencyKey:
        return tr("The request has no Idempotency-Key header, so it cannot be carried out safely. Please update "
                  "VSYS Desk.");
    case ApiErrorCode::Unauthorized:
        return tr("Your login has ended or is not valid. Please log in again with your V-SYS ID and password.");
    case ApiErrorCode::NotFound:
        return tr("The requested item was not found. It may have been deleted, or it belongs to another venue.");
    case ApiErrorCode::VersionConflict:
        return tr("This item was changed elsewhere in the meantime. Please compare with the server's copy and "
                  "save again.");
    case ApiErrorCode::InvalidStatus:
        return tr("This is not possible in the item's current status.");
    case ApiErrorCode::CoolLocked:
        return tr("This クール's plan can no longer be changed.");
    case ApiErrorCode::PlanLocked:
        return tr("Plans cannot be changed while a クール's allocation is being worked out.");
    case ApiErrorCode::ApprovalRequired:
        return tr("This change of the plan needs the national government's confirmation.");
    case ApiErrorCode::BodyTooLarge:
        return tr("The request is too large (more than 1 MB). Please make the entries shorter.");
    case ApiErrorCode::UriTooLong:
        return tr("The request's address is too long (more than 8 KB). Please update VSYS Desk or contact the "
                  "support desk.");
    case ApiErrorCode::RangeNotSatisfiable:
        return tr("The requested part of the file does not exist. Please download the whole file again.");
    case ApiErrorCode::UnsupportedEncoding:
        return tr("The request uses a compression the server does not accept. Please send it uncompressed.");
    case ApiErrorCode::TooManyAttempts:
        return tr("Too many failed logins for this V-SYS ID. Please wait a while and try again.");
    case ApiErrorCode::RecordTooLarge:
        return tr("The entries are too large to be saved. Please make them shorter.");
    case ApiErrorCode::TooManyDrafts:
        return tr("There are too many applications saved as drafts. Please withdraw or submit one of them first.");
    case ApiErrorCode::TooManyReports:
        return tr("This venue has stored as many reports as the server keeps. Please contact the support desk.");
    case ApiErrorCode::TooManyDoses:
        return tr("This venue's dose ledger holds as many records as the server keeps. Please contact the support "
                  "desk.");
    case ApiErrorCode::TooManyInquiries:
        return tr("This venue has sent as many inquiries as the server keeps. Please call the support desk.");
    case ApiErrorCode::Busy:
        return tr("The server is busy. Please try again in a moment.");
    case ApiErrorCode::Internal:
        return tr("The server could not complete the request. Please try again in a moment; if it keeps "
                  "happening, contact the support desk.");
    }
    Q_UNREACHABLE();
    return {};
}

QByteArray
ApiReply::errorBody(ApiErrorCode code, const QString& message, const QString& field, const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(u"error"_s, key(code));
    body.insert(u"message"_s, message.isEmpty() ? defaultMessage(code) : message);
    if (!field.isEmpty()) {
        body.insert(u"field"_s, field);
    }
    return json(body);
}

void ApiReply::error(httplib::Response& response,
                     ApiErrorCode code,
                     const QString& message,
                     const QString& field,
                     const QJsonObject& extra)
{
    send(response, httpStatus(code), errorBody(code, message, field, extra));
}

std::pair<int, QByteArray> ApiReply::failureBody(const ServiceError& error)
{
    const ApiErrorCode code = codeFor(error.code());
    QJsonObject extra;
    if (error.serverCopy) {
        extra.insert(u"server_copy"_s, *error.serverCopy);
    }
    // A storage failure's message is generic already; the detail went to the log.
    const QString message = code == ApiErrorCode::Internal ? defaultMessage(code) : error.error.message;
    return {httpStatus(code), errorBody(code, message, error.error.field, extra)};
}

void ApiReply::failure(httplib::Response& response, const ServiceError& error)
{
    const auto [status, body] = failureBody(error);
    send(response, status, body);
    if (error.code() == core::ErrorCode::TooManyAttempts) {
        response.set_header("Retry-After", std::to_string(error.retryAfter.count()));
    }
    if (error.code() == core::ErrorCode::Unauthorized) {
        response.set_header("WWW-Authenticate", "Bearer");
    }
}

QByteArray ApiReply::json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void ApiReply::send(httplib::Response& response, int status, const QByteArray& body)
{
    response.status = status;
    response.set_content(body.constData(), size_t(body.size()), "application/json");
}

void ApiReply::send(httplib::Response& response, int status, const QJsonObject& object)
{
    send(response, status, json(object));
}

} // namespace vsys::server
