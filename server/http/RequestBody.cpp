// SPDX-License-Identifier: MIT
// RequestBody: nothing beyond kMaxBody is ever kept in memory.
#include "server/http/RequestBody.h"

#include "core/validation/StoredJsonRules.h"
#include "server/http/ApiReply.h"
#include "server/http/ClosingAnswer.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace vsys::server {

namespace {

/// Qt's parser silently drops a raw (UTF-8) U+FEFF at the start of a string or key, so the rules
/// could not refuse it and the text stored would differ from the text sent. Written as the escape
/// \ufeff it is kept. Inside a string both spellings mean the same; outside one the escape is as
/// invalid as the raw bytes were. A byte order mark before the document stays what Qt skips.
QByteArray keepByteOrderMarks(QByteArray body)
{
    static constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";
    const qsizetype start = body.startsWith(kUtf8Bom) ? 3 : 0;
    if (body.indexOf(kUtf8Bom, start) < 0) {
        return body;
    }
    return body.left(start) + body.mid(start).replace(kUtf8Bom, "\\ufeff");
}

} // namespace

std::optional<QByteArray>
RequestBody::read(const httplib::Request& request, const httplib::ContentReader& reader, httplib::Response& response)
{
    // A request with neither header has no body (RFC 9112 6.3); cpp-httplib would wait for the
    // connection to close instead.
    if (!request.has_header("Content-Length") && !request.has_header("Transfer-Encoding")) {
        return QByteArray();
    }
    QByteArray body;
    size_t received = 0;
    const bool complete = reader([&](const char* data, size_t length) {
        received += length;
        if (received <= kMaxBody) {
            body.append(data, qsizetype(length));
            return true;
        }
        body.clear();
        return received <= kMaxBody + kMaxDrain;
    });
    // cpp-httplib itself sets 413 for a Content-Length over set_payload_max_length (after skipping it).
    if (received > kMaxBody || response.status == 413) {
        ApiReply::error(response, ApiErrorCode::BodyTooLarge);
        if (!complete) {
            // The rest of the body is still on the wire; it must not be read as the next request.
            ClosingAnswer::mark(response);
        }
        return std::nullopt;
    }
    if (!complete) {
        ApiReply::error(response, ApiErrorCode::InvalidJson);
        ClosingAnswer::mark(response);
        return std::nullopt;
    }
    return body;
}

std::optional<QJsonObject> RequestBody::readJsonObject(const httplib::Request& request,
                                                       const httplib::ContentReader& reader,
                                                       httplib::Response& response)
{
    const auto body = read(request, reader, response);
    if (!body) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(keepByteOrderMarks(*body), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        ApiReply::error(response, ApiErrorCode::InvalidJson);
        return std::nullopt;
    }
    if (const auto problem = core::StoredJsonRules::check(document.object())) {
        ApiReply::error(response, ApiErrorCode::InvalidField, problem->message, problem->field);
        return std::nullopt;
    }
    return document.object();
}

} // namespace vsys::server
