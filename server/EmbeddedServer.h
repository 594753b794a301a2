// SPDX-License-Identifier: MIT
// EmbeddedServer: the central server inside the app, on 127.0.0.1 with SQLite (the embedded default).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

namespace vsys::server {

class HttpsServer;
class Storage;

/// What the app runs when no server is configured, and what client↔server tests start: the same
/// server code as vsysdesk-server, listening on 127.0.0.1 at an ephemeral port, with its database
/// and a self-signed certificate in `dataDir`. The client pins certificatePath() as its only CA.
class EmbeddedServer
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedServer)
public:
    static constexpr int kThreads = 8;

    /// Creates `dataDir` if needed, opens (or creates and migrates) `dataDir`/vsysdesk-server.sqlite,
    /// makes the certificate and key at first start, seeds the demo data once when `demo` (and runs
    /// the server's clock from the demo's 2022-03-01 10:00), and binds to the port of the previous
    /// start (`dataDir`/server-port), or a new one if that is taken.
    static core::Result<std::unique_ptr<EmbeddedServer>> start(const QString& dataDir, bool demo);
    ~EmbeddedServer();
    EmbeddedServer(const EmbeddedServer&) = delete;
    EmbeddedServer& operator=(const EmbeddedServer&) = delete;

    quint16 port() const;
    /// The PEM certificate the server presents (self-signed, CA:TRUE; SAN 127.0.0.1 and localhost).
    QString certificatePath() const { return m_certificatePath; }
    /// https://127.0.0.1:<port> — the API is under /api/v1 of it; the same across restarts.
    QUrl url() const;
    /// Stops serving; running requests finish first. The destructor calls it.
    void stop();

private:
    EmbeddedServer() = default;

    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<HttpsServer> m_http;
    QString m_certificatePath;
};

} // namespace vsys::server
