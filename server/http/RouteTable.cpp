// SPDX-License-Identifier: MIT
// RouteTable: the body is read before the handler is queued, so a database thread never waits for a client.
#include "server/http/RouteTable.h"

#include "server/http/ApiReply.h"
#include "server/http/DatabaseWorkers.h"
#include "server/http/RequestBody.h"
#include "server/http/RequestGate.h"

#include <algorithm>
#include <memory>

namespace vsys::server {

namespace {

/// A request body as the connection thread read it from the socket, to be handed to the handler as if
/// it came from there: up to one byte past RequestBody::kMaxBody is kept (enough for the handler to see
/// the limit passed), and whether the whole body could be read.
struct BufferedBody
{
    std::string bytes;
    bool complete = true;
};

BufferedBody readBody(const httplib::Request& request, const httplib::ContentReader& reader)
{
    BufferedBody body;
    // As RequestBody: without either header there is no body, and reading would wait for the client.
    if (!request.has_header("Content-Length") && !request.has_header("Transfer-Encoding")) {
        return body;
    }
    constexpr size_t kKept = RequestBody::kMaxBody + 1;
    size_t received = 0;
    body.complete = reader([&](const char* data, size_t length) {
        received += length;
        if (body.bytes.size() < kKept) {
            body.bytes.append(data, std::min(length, kKept - body.bytes.size()));
        }
        return received <= RequestBody::kMaxBody + RequestBody::kMaxDrain;
    });
    return body;
}

httplib::ContentReader replay(const std::shared_ptr<const BufferedBody>& body)
{
    return httplib::ContentReader(
        [body](const httplib::ContentReceiver& receiver) {
            if (!body->bytes.empty() && !receiver(body->bytes.data(), body->bytes.size())) {
                return false;
            }
            return body->complete;
        },
        // No route takes multipart bodies.
        [](const httplib::MultipartContentHeader&, const httplib::ContentReceiver&) { return false; });
}

} // namespace

RouteTable::RouteTable(httplib::Server& server, DatabaseWorkers* workers)
    : m_server(server)
    , m_workers(workers)
{}

bool RouteTable::onDatabase(DatabaseWorkers* workers, httplib::Response& response, const std::function<void()>& work)
{
    if (!workers) {
        work();
        return true;
    }
    if (workers->run(work)) {
        return true;
    }
    ApiReply::error(response, ApiErrorCode::Busy);
    response.set_header("Retry-After", std::to_string(kRetryAfterSeconds));
    return false;
}

httplib::Server::Handler RouteTable::wrap(httplib::Server::Handler handler) const
{
    return [workers = m_workers, handler = std::move(handler)](const httplib::Request& request,
                                                               httplib::Response& response) {
        // The gate's session lives on this thread; the handler asks for it on the database thread.
        const auto session = RequestGate::session(request);
        onDatabase(workers, response, [&] {
            const RequestGate::Adopted adopted(request, session);
            handler(request, response);
        });
    };
}

httplib::Server::HandlerWithContentReader RouteTable::wrap(httplib::Server::HandlerWithContentReader handler) const
{
    return [workers = m_workers, handler = std::move(handler)](
               const httplib::Request& request, httplib::Response& response, const httplib::ContentReader& reader) {
        const auto session = RequestGate::session(request);
        const auto body = std::make_shared<const BufferedBody>(readBody(request, reader));
        const httplib::ContentReader buffered = replay(body);
        onDatabase(workers, response, [&] {
            const RequestGate::Adopted adopted(request, session);
            handler(request, response, buffered);
        });
    };
}

RouteTable& RouteTable::Get(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Get(pattern, wrap(std::move(handler)));
    return *this;
}

RouteTable& RouteTable::Post(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Post(pattern, wrap(std::move(handler)));
    return *this;
}

RouteTable& RouteTable::Post(const std::string& pattern, httplib::Server::HandlerWithContentReader handler)
{
    m_server.Post(pattern, wrap(std::move(handler)));
    return *this;
}

RouteTable& RouteTable::Put(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Put(pattern, wrap(std::move(handler)));
    return *this;
}

RouteTable& RouteTable::Put(const std::string& pattern, httplib::Server::HandlerWithContentReader handler)
{
    m_server.Put(pattern, wrap(std::move(handler)));
    return *this;
}

RouteTable& RouteTable::Patch(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Patch(pattern, wrap(std::move(handler)));
    return *this;
}

RouteTable& RouteTable::Patch(const std::string& pattern, httplib::Server::HandlerWithContentReader handler)
{
    m_server.Patch(pattern, wrap(std::move(handler)));
    return *this;
}

RouteTable& RouteTable::Delete(const std::string& pattern, httplib::Server::Handler handler)
{
    m_server.Delete(pattern, wrap(std::move(handler)));
    return *this;
}

RouteTable& RouteTable::Delete(const std::string& pattern, httplib::Server::HandlerWithContentReader handler)
{
    m_server.Delete(pattern, wrap(std::move(handler)));
    return *this;
}

} // namespace vsys::server
