// SPDX-License-Identifier: MIT
// HttpsServer: the sync API (docs/api.md) over HTTPS on cpp-httplib, on a thread of its own.
#pragma once

#include "core/Result.h"
#include "server/ServerClock.h"
#include "server/http/DatabaseWorkers.h"
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
/// binds before it returns, so the port is known and connections queue from then on (in a backlog of
/// kListenBacklog). cpp-httplib holds a thread for each connection for its whole keep-alive life, so
/// there are many cheap connection threads (TLS, parsing, reading bodies) and a few database threads
/// (DatabaseWorkers) that own the database connections and run the handlers; see docs/server.md
/// "Sizing". The Storage must outlive the server.
class HttpsServer
{
    Q_DECLARE_TR_FUNCTIONS(HttpsServer)
public:
    struct Options
    {
        QString bindAddress = QStringLiteral("127.0.0.1");
        quint16 port = 0; ///< 0 = an ephemeral port chosen by the system
        int threads = 512; ///< connection threads: one per concurrent connection (it holds one while open)
        int databaseThreads = 8; ///< = the database connections this server holds
        int databaseQueue = 256; ///< requests that may wait for a database thread; more answer 503
        QString certificatePath; ///< PEM
        QString keyPath; ///< PEM
        ServerClock clock; ///< "now" of the クール and plan rules; the real time unless a demo sets it
    };

    static core::Result<std::unique_ptr<HttpsServer>> start(Storage& storage, const Options& options);
    ~HttpsServer();
    HttpsServer(const HttpsServer&) = delete;
    HttpsServer& operator=(const HttpsServer&) = delete;

    /// What listen() is given instead of cpp-httplib's 5, which made bursts of new connections wait
    /// for SYN retransmits (about 1 s); the kernel caps it at net.core.somaxconn.
    static constexpr int kListenBacklog = 1024;

    quint16 port() const { return m_port; }
    /// Stops accepting, lets running requests finish and joins the connection threads, then the
    /// database threads (each closes its database connection on the way out). Safe to call twice,
    /// and from any thread.
    void stop();
    /// The threads that run the handlers; work outside a request (the daily purge) runs there too,
    /// so the process holds no database connection besides theirs.
    DatabaseWorkers& databaseWorkers() { return m_workers; }

private:
    HttpsServer(Storage& storage, std::unique_ptr<httplib::SSLServer> server, const Options& options);
    void configure(const Options& options);

    Storage& m_storage;
    DatabaseWorkers m_workers;
    RequestGate m_gate;
    std::unique_ptr<httplib::SSLServer> m_server;
    std::thread m_thread;
    std::atomic<bool> m_listenEnded = false;
    std::atomic<int> m_listeningSocket = -1;
    quint16 m_port = 0;
};

} // namespace vsys::server
