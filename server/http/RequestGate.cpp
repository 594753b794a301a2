// SPDX-License-Identifier: MIT
// RequestGate: checks run in this order so that an unauthenticated client learns nothing about the rest.
#include "server/http/RequestGate.h"

#include "server/Logging.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestBody.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

struct AcceptedRequest
{
    const httplib::Request* request = nullptr;
    VenueSession session;
};

/// One request at a time runs on a worker thread, from the gate to its handler.
thread_local AcceptedRequest t_accepted;

void refuseUnread(httplib::Response& response, ApiErrorCode code)
{
    ApiReply::error(response, code);
    // The body was not read, so the connection cannot carry another request.
    response.set_header("Connection", "close");
}

bool hasOnlyIdentityEncoding(const httplib::Request& request)
{
    const size_t count = request.get_header_value_count("Content-Encoding");
    for (size_t i = 0; i < count; ++i) {
        const QString value = QString::fromLatin1(request.get_header_value("Content-Encoding", i)).trimmed();
        if (value.compare(u"identity"_s, Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    return true;
}

} // namespace

RequestGate::RequestGate(Storage& storage)
    : m_storage(storage)
{}

bool RequestGate::isPublic(const httplib::Request& request)
{
    return request.method == "POST" && request.path == "/api/v1/session";
}

bool RequestGate::refuse(const httplib::Request& request, httplib::Response& response)
{
    t_accepted = {};
    VenueSession session;
    if (!isPublic(request)) {
        const std::string authorization = request.get_header_value("Authorization");
        const std::string prefix = "Bearer ";
        const QString token = authorization.compare(0, prefix.size(), prefix) == 0
            ? QString::fromLatin1(authorization.substr(prefix.size())).trimmed()
            : QString();
        std::optional<VenueSession> found;
        if (!token.isEmpty()) {
            auto authenticated = SessionService(m_storage).authenticate(token);
            if (!authenticated) {
                refuseUnread(response, ApiErrorCode::Internal);
                return true;
            }
            found = *authenticated;
        }
        if (!found) {
            refuseUnread(response, ApiErrorCode::Unauthorized);
            response.set_header("WWW-Authenticate", "Bearer");
            return true;
        }
        session = *found;
    }
    // With Expect: 100-continue the client waits for this answer before it uploads; without it, the
    // route's reader skips the body without keeping it and answers 413 in step.
    if (request.get_header_value("Expect") == "100-continue" && request.has_header("Content-Length")
        && request.get_header_value<uint64_t>("Content-Length") > RequestBody::kMaxBody) {
        refuseUnread(response, ApiErrorCode::BodyTooLarge);
        return true;
    }
    if (!hasOnlyIdentityEncoding(request)) {
        // A compressed body could expand without bound; refused before a byte of it is decoded.
        refuseUnread(response, ApiErrorCode::UnsupportedEncoding);
        return true;
    }
    if (!isPublic(request)) {
        t_accepted = {&request, session};
    }
    return false;
}

std::optional<VenueSession> RequestGate::session(const httplib::Request& request)
{
    if (t_accepted.request != &request) {
        return std::nullopt;
    }
    return t_accepted.session;
}

} // namespace vsys::server
