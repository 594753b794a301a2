// SPDX-License-Identifier: MIT
// RequestGate: checks run in this order so that an unauthenticated client learns nothing about the rest.
#include "server/http/RequestGate.h"

#include "server/Logging.h"
#include "server/http/ApiReply.h"
#include "server/http/ClosingAnswer.h"
#include "server/http/RequestBody.h"
#include "server/http/RouteTable.h"

#include <QString>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

struct AcceptedRequest
{
    const httplib::Request* request = nullptr;
    VenueSession session;
};

/// One request at a time runs on a connection thread, from the gate to its handler (and on a database
/// thread, while it runs the handler).
thread_local AcceptedRequest t_accepted;

void refuseUnread(httplib::Response& response, ApiErrorCode code)
{
    ApiReply::error(response, code);
    // The body was not read, so the connection cannot carry another request.
    ClosingAnswer::mark(response);
}

bool isDigits(const std::string& text)
{
    return !text.empty() && text.size() <= 18
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Where the request's body ends, as cpp-httplib 0.11.4 will read it, is not certain. The library takes
/// `Content-Length: -1` or `abc` for a number (or 0), the first of two Content-Length headers, a chunked
/// body over a Content-Length, and reads no body at all of a GET that declares one; the bytes it does
/// not read as the body it would read as the next request (RFC 9112 6.3 asks for a refusal and the end of
/// the connection).
bool hasUncertainFraming(const httplib::Request& request)
{
    const size_t lengths = request.get_header_value_count("Content-Length");
    const size_t encodings = request.get_header_value_count("Transfer-Encoding");
    if (lengths > 1 || encodings > 1 || (lengths == 1 && encodings == 1)) {
        return true;
    }
    if (lengths == 1 && !isDigits(request.get_header_value("Content-Length"))) {
        return true;
    }
    if (encodings == 1
        && QString::fromLatin1(request.get_header_value("Transfer-Encoding")).compare(u"chunked"_s, Qt::CaseInsensitive)
            != 0) {
        return true;
    }
    const bool declaresBody
        = encodings == 1 || (lengths == 1 && request.get_header_value<uint64_t>("Content-Length") > 0);
    const bool bodyIsRead = request.method == "POST" || request.method == "PUT" || request.method == "PATCH"
        || request.method == "DELETE";
    return declaresBody && !bodyIsRead;
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

RequestGate::RequestGate(Storage& storage, DatabaseWorkers* workers)
    : m_storage(storage)
    , m_workers(workers)
{}

RequestGate::Adopted::Adopted(const httplib::Request& request, const std::optional<VenueSession>& session)
{
    t_accepted = session ? AcceptedRequest{&request, *session} : AcceptedRequest{};
}

RequestGate::Adopted::~Adopted()
{
    t_accepted = {};
}

bool RequestGate::isPublic(const httplib::Request& request)
{
    // The residents' web pages (docs/web.md) have no accounts: the form itself carries a CSRF token.
    const bool webPage = (request.method == "GET" || request.method == "POST")
        && (request.path == "/navi" || request.path.rfind("/navi/", 0) == 0);
    return webPage || (request.method == "POST" && request.path == "/api/v1/session");
}

bool RequestGate::refuse(const httplib::Request& request, httplib::Response& response)
{
    t_accepted = {};
    if (hasUncertainFraming(request)) {
        refuseUnread(response, ApiErrorCode::MalformedRequest);
        return true;
    }
    VenueSession session;
    if (!isPublic(request)) {
        const std::string authorization = request.get_header_value("Authorization");
        const std::string prefix = "Bearer ";
        const QString token = authorization.compare(0, prefix.size(), prefix) == 0
            ? QString::fromLatin1(authorization.substr(prefix.size())).trimmed()
            : QString();
        std::optional<VenueSession> found;
        if (!token.isEmpty()) {
            core::Result<std::optional<VenueSession>> authenticated{std::optional<VenueSession>()};
            if (!RouteTable::onDatabase(m_workers, response,
                                        [&] { authenticated = SessionService(m_storage).authenticate(token); })) {
                ClosingAnswer::mark(response);
                return true;
            }
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
