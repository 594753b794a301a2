// SPDX-License-Identifier: MIT
// RequestBody: reads a request body with a hard size limit, and parses it as a JSON object.
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <httplib.h>
#include <optional>

namespace vsys::server {

/// cpp-httplib 0.11.4 applies its payload limit only to Content-Length bodies; a chunked body (or a
/// compressed one, counted before decompression) would be buffered whole. The ContentReader hands
/// over the decoded bytes piece by piece, so counting them here covers every framing.
class RequestBody
{
public:
    static constexpr size_t kMaxBody = 1024 * 1024;
    /// What is read and thrown away after the limit, so that the connection stays in step for the
    /// 413; past this the connection is given up instead.
    static constexpr size_t kMaxDrain = 64 * 1024 * 1024;

    /// Reads the body; on failure answers 413 body_too_large (over the limit) or 400 invalid_json
    /// (an unreadable body) into `response` and returns nothing.
    static std::optional<QByteArray>
    read(const httplib::Request& request, const httplib::ContentReader& reader, httplib::Response& response);
    /// read(), then the body as a JSON object; answers 400 invalid_json when it is not one, and 400
    /// invalid_field (with the JSON path as "field") when it breaks core::StoredJsonRules. Every
    /// route whose body may be stored reads it here.
    static std::optional<QJsonObject>
    readJsonObject(const httplib::Request& request, const httplib::ContentReader& reader, httplib::Response& response);
};

} // namespace vsys::server
