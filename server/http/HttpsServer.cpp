// SPDX-License-Identifier: MIT
// HttpsServer: each setting below fixes a measured defect or default of cpp-httplib 0.11.4 (server-stack.md).
#include "server/http/HttpsServer.h"

#include "server/Logging.h"
#include "server/http/ApiRouter.h"

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
    std::unique_ptr<HttpsServer> server(new HttpsServer(storage, std::move(sslServer), options));
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
    // cpp-httplib 0.11.4 calls listen(socket, 5) inside bind; Linux takes a second listen() on the bound
    // socket as a new backlog.
    if (::listen(server->m_listeningSocket, kListenBacklog) != 0) {
        qCWarning(lcServerHttp) << "Could not raise the listen backlog to" << kListenBacklog;
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
                                   << options.threads << " connection threads, " << options.databaseThreads
                                   << " database threads and a queue of " << options.databaseQueue;
    return server;
}

HttpsServer::HttpsServer(Storage& storage, std::unique_ptr<httplib::SSLServer> server, const Options& options)
    : m_storage(storage)
    , m_workers(options.databaseThreads, options.databaseQueue)
    , m_gate(storage, &m_workers)
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
    m_workers.stop();
}

void HttpsServer::configure(const Options& options)
{
    httplib::SSLServer& server = *m_server;
    // TLS 1.2 at least (cpp-httplib allows 1.1), and in TLS 1.2 only the AEAD suites of Mozilla's
    // "intermediate" profile: OpenSSL's default list also offers CBC suites (Lucky13-style padding oracles).
    SSL_CTX_set_min_proto_version(server.ssl_context(), TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(server.ssl_context(), kTls12Ciphers);
    // The pool size is baked into the .so otherwise (max(8, cores - 1)); a connection holds its thread
    // for its whole keep-alive life, so this is the number of connections served at once. The threads
    // do no database work (RouteTable), so they can be many.
    const int threads = std::max(1, options.threads);
    server.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    // Nagle costs 44 ms per response; the default of 5 requests per connection costs a TLS handshake
    // every 5 requests.
    server.set_tcp_nodelay(true);
    server.set_keep_alive_max_count(kKeepAliveRequests);
    server.set_keep_alive_timeout(kTimeoutSeconds);
    server.set_read_timeout(kTimeoutSeconds);
    server.set_write_timeout(kTimeoutSeconds);
    // The default also sets SO_REUSEPORT, which lets a second server start on the same port silently.
    // The last socket made is the one bound (cpp-httplib closes those that fail to bind); start() needs
    // it for the backlog.
    server.set_socket_options([listening = &m_listeningSocket](socket_t socket) {
        int yes = 1;
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        *listening = socket;
    });
    ApiRouter::install(server, m_storage, m_gate, options.clock, &m_workers);
}

} // namespace vsys::server
