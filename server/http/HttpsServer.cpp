// SPDX-License-Identifier: MIT
// HttpsServer: each setting below fixes a measured defect or default of cpp-httplib 0.11.4 (server-stack.md).
#include "server/http/HttpsServer.h"

#include "server/Logging.h"
#include "server/http/ApiReply.h"
#include "server/http/ApplicationActionRoutes.h"
#include "server/http/ApplicationRoutes.h"
#include "server/http/ChangesRoutes.h"
#include "server/http/ClosingAnswer.h"
#include "server/http/CoolRoutes.h"
#include "server/http/DocumentRoutes.h"
#include "server/http/PlanRoutes.h"
#include "server/http/RequestBody.h"
#include "server/http/RequestId.h"
#include "server/http/SessionRoutes.h"
#include "server/http/VenueRoutes.h"

#include <QDir>

#include <chrono>
#include <httplib.h>
#include <openssl/ssl.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

constexpr time_t kTimeoutSeconds = 5;
constexpr size_t kKeepAliveRequests = 1000;

constexpr const char* kTls12Ciphers
    = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
      "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
      "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";

/// The error of an answer cpp-httplib made itself, by its status.
ApiErrorCode libraryRefusal(int status)
{
    switch (status) {
    case 404:
        return ApiErrorCode::NotFound;
    case 413:
        return ApiErrorCode::BodyTooLarge;
    case 414:
        return ApiErrorCode::UriTooLong;
    case 416:
        return ApiErrorCode::RangeNotSatisfiable;
    case 500:
        return ApiErrorCode::Internal;
    default:
        // 400: a request line or header the library could not read, or a body it could not read (a bad
        // chunk); any other code it might add is a refusal of the request's form as well.
        return ApiErrorCode::MalformedRequest;
    }
}

/// The JSON error for an answer cpp-httplib made itself (a request it could not parse, no route, a
/// body over the limit, a bad Range), and the end of the connection for every answer that must end it.
void answerRefusal(const httplib::Request& request, httplib::Response& response)
{
    if (response.body.empty()) {
        const int status = response.status;
        ApiReply::error(response, libraryRefusal(status));
        // Whatever else the library refused by itself may have left bytes of the request unread: the
        // rest of a request line it could not parse, its headers, a body. Only its 404 comes after a
        // whole request was read (the gate refuses a body on a request the library does not read one of).
        if (status != 404) {
            ClosingAnswer::mark(response);
        }
    }
    if (ClosingAnswer::isMarked(response)) {
        ClosingAnswer::endConnectionAfter(request, response);
    }
}

/// Bodies sent to a path without a route are read within the limit too (cpp-httplib would otherwise
/// buffer a chunked one whole before answering 404).
void installFallbacks(httplib::Server& server)
{
    const auto notFound
        = [](const httplib::Request& request, httplib::Response& response, const httplib::ContentReader& reader) {
              if (RequestBody::read(request, reader, response)) {
                  ApiReply::error(response, ApiErrorCode::NotFound);
              }
          };
    server.Post(".*", notFound);
    server.Put(".*", notFound);
    server.Patch(".*", notFound);
    server.Delete(".*", notFound);
}

} // namespace

core::Result<std::unique_ptr<HttpsServer>> HttpsServer::start(Storage& storage, const Options& options)
{
    auto sslServer = std::make_unique<httplib::SSLServer>(QFile::encodeName(options.certificatePath).constData(),
                                                          QFile::encodeName(options.keyPath).constData());
    if (!sslServer->is_valid()) {
        return core::Error{
            u"cert"_s,
            tr("Could not load the server certificate %1 or its key %2. Check that both are PEM files "
               "and that the key belongs to the certificate.")
                .arg(QDir::toNativeSeparators(options.certificatePath), QDir::toNativeSeparators(options.keyPath))};
    }
    std::unique_ptr<HttpsServer> server(new HttpsServer(storage, std::move(sslServer)));
    server->configure(options);

    const std::string host = options.bindAddress.toStdString();
    int port = options.port;
    if (port == 0) {
        port = server->m_server->bind_to_any_port(host);
    } else if (!server->m_server->bind_to_port(host, port)) {
        port = -1;
    }
    if (port <= 0) {
        return core::Error{u"port"_s,
                           tr("Could not listen on %1 port %2. Another program may use the port, or the address is "
                              "not one of this computer's. Choose another --port or --bind.")
                               .arg(options.bindAddress)
                               .arg(options.port)};
    }
    server->m_port = quint16(port);
    httplib::SSLServer* raw = server->m_server.get();
    std::atomic<bool>* ended = &server->m_listenEnded;
    server->m_thread = std::thread([raw, ended] {
        raw->listen_after_bind();
        *ended = true;
    });
    // cpp-httplib's stop() does nothing until the accept loop runs, and it offers no signal for that:
    // wait for it here (briefly), so that a stop() right after start() cannot be lost.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!raw->is_running() && !*ended && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (!raw->is_running()) {
        return core::Error{u"port"_s, tr("The HTTPS server did not start. Please try again.")};
    }
    qCInfo(lcServerHttp).nospace() << "Listening on https://" << options.bindAddress << ":" << port << " with "
                                   << options.threads << " worker threads";
    return server;
}

HttpsServer::HttpsServer(Storage& storage, std::unique_ptr<httplib::SSLServer> server)
    : m_storage(storage)
    , m_gate(storage)
    , m_server(std::move(server))
{}

HttpsServer::~HttpsServer()
{
    stop();
}

void HttpsServer::stop()
{
    m_server->stop();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id()) {
        m_thread.join();
    }
}

void HttpsServer::configure(const Options& options)
{
    httplib::SSLServer& server = *m_server;
    // TLS 1.2 at least (cpp-httplib allows 1.1), and in TLS 1.2 only the AEAD suites of Mozilla's
    // "intermediate" profile: OpenSSL's default list also offers CBC suites (Lucky13-style padding oracles).
    SSL_CTX_set_min_proto_version(server.ssl_context(), TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(server.ssl_context(), kTls12Ciphers);
    // The pool size is baked into the .so otherwise (max(8, cores - 1)); a connection holds a worker
    // for its whole keep-alive life, so this is the number of clients served at once.
    const int threads = std::max(1, options.threads);
    server.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    // Nagle costs 44 ms per response; the default of 5 requests per connection costs a TLS handshake
    // every 5 requests.
    server.set_tcp_nodelay(true);
    server.set_keep_alive_max_count(kKeepAliveRequests);
    server.set_keep_alive_timeout(kTimeoutSeconds);
    server.set_read_timeout(kTimeoutSeconds);
    server.set_write_timeout(kTimeoutSeconds);
    // Covers Content-Length bodies only; RequestBody covers the rest.
    server.set_payload_max_length(RequestBody::kMaxBody);
    // The default also sets SO_REUSEPORT, which lets a second server start on the same port silently.
    server.set_socket_options([](socket_t socket) {
        int yes = 1;
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    // Without it, cpp-httplib answers 500 with e.what() in an EXCEPTION_WHAT response header.
    server.set_exception_handler([](const httplib::Request& request, httplib::Response& response,
                                    std::exception_ptr exception) {
        QString what = u"unknown exception"_s;
        try {
            std::rethrow_exception(exception);
        } catch (const std::exception& e) {
            what = QString::fromLocal8Bit(e.what());
        } catch (...) {}
        qCCritical(lcServerHttp) << "Request" << request.method.c_str() << request.path.c_str() << "failed:" << what;
        ApiReply::error(response, ApiErrorCode::Internal);
    });
    server.set_expect_100_continue_handler([this](const httplib::Request& request, httplib::Response& response) {
        if (!m_gate.refuse(request, response)) {
            return 100;
        }
        // This answer skips cpp-httplib's routing, which is where Content-Length is normally added.
        response.set_header("Content-Length", std::to_string(response.body.size()));
        return response.status;
    });
    server.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
        return m_gate.refuse(request, response) ? httplib::Server::HandlerResponse::Handled
                                                : httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request& request, httplib::Response& response) {
            answerRefusal(request, response);
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_post_routing_handler(RequestId::echo);
    server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        qCDebug(lcServerHttp) << request.method.c_str() << request.path.c_str() << response.status
                              << RequestId::of(request).c_str();
    });

    SessionRoutes::install(server, m_storage);
    VenueRoutes::install(server, m_storage);
    ApplicationRoutes::install(server, m_storage);
    ApplicationActionRoutes::install(server, m_storage);
    DocumentRoutes::install(server, m_storage);
    CoolRoutes::install(server, m_storage, options.clock);
    PlanRoutes::install(server, m_storage, options.clock);
    ChangesRoutes::install(server, m_storage);
    installFallbacks(server);
}

} // namespace vsys::server
