// SPDX-License-Identifier: MIT
// HttpsServer: the sync API (docs/api.md) over HTTPS on cpp-httplib, on a thread of its own.
#pragma once

#include "core/Result.h"
#include "server/ServerClock.h"
#include "server/http/RequestGate.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace httplib {
class SSLServer;
}

namespace vsys::server {

class Storage;

/// Configured as server-stack.md "Required configuration" prescribes for cpp-httplib 0.11.4. start()
/// binds before it returns, so the port is known and connections queue from then on; requests are
/// served by a pool of worker threads until stop(). The Storage must outlive the server.
class HttpsServer
{
    Q_DECLARE_TR_FUNCTIONS(HttpsServer)
public:
    struct Options
    {
        QString bindAddress = QStringLiteral("127.0.0.1");
        quint16 port = 0; ///< 0 = an ephemeral port chosen by the system
        int threads = 16; ///< one per concurrent connection (a connection holds its worker)
        QString certificatePath; ///< PEM
        QString keyPath; ///< PEM
        ServerClock clock; ///< "now" of the クール and plan rules; the real time unless a demo sets it
    };

    static core::Result<std::unique_ptr<HttpsServer>> start(Storage& storage, const Options& options);
    ~HttpsServer();
    HttpsServer(const HttpsServer&) = delete;
    HttpsServer& operator=(const HttpsServer&) = delete;

    quint16 port() const { return m_port; }
    /// Stops accepting, lets running requests finish and joins the workers (each closes its
    /// database connection on the way out). Safe to call twice, and from any thread.
    void stop();

private:
    HttpsServer(Storage& storage, std::unique_ptr<httplib::SSLServer> server);
    void configure(const Options& options);

    Storage& m_storage;
    RequestGate m_gate;
    std::unique_ptr<httplib::SSLServer> m_server;
    std::thread m_thread;
    std::atomic<bool> m_listenEnded = false;
    quint16 m_port = 0;
};

} // namespace vsys::server
