// SPDX-License-Identifier: MIT
// ClientSession: the connection side of the app — which server (the embedded one by default), its
// pinned certificate, the keychain, and the sync service of the V-SYS ID in use.
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace vsys::db {
class Database;
}
namespace vsys::server {
class EmbeddedServer;
}
namespace vsys::sync {
class ApiAccessManager;
class SecretStore;
class SyncService;
} // namespace vsys::sync

namespace vsys::app {

class ClientSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        QUrl serverUrl; ///< empty: run the embedded server
        QList<QSslCertificate> pinnedCas; ///< for a configured server with its own CA; empty: system CAs
    };

    /// Starts the embedded server when no server is configured (with demo data, so a new user sees a
    /// working system at once) and prepares the sync service.
    static core::Result<std::unique_ptr<ClientSession>>
    start(db::Database& database, const Options& options, std::unique_ptr<sync::SecretStore> secrets);
    /// The same with the embedded server already started by startEmbeddedServer() (vsysdesk starts it on a
    /// thread of its own while the local database opens); null with a configured server.
    static core::Result<std::unique_ptr<ClientSession>> start(db::Database& database,
                                                              const Options& options,
                                                              std::unique_ptr<sync::SecretStore> secrets,
                                                              std::unique_ptr<server::EmbeddedServer> embedded);
    /// The embedded server of `dataDir`, with demo data. Any thread may call it: the server has no QObjects
    /// and its Storage gives each thread its own connection.
    static core::Result<std::unique_ptr<server::EmbeddedServer>> startEmbeddedServer(const QString& dataDir);
    ~ClientSession() override;

    sync::SyncService& sync() const { return *m_sync; }
    bool isEmbedded() const { return m_embedded != nullptr; }
    /// The server to use for a login request: `requested`, or the configured/embedded one when empty.
    QUrl serverUrl(const QUrl& requested = {}) const;
    /// The server an account stored with `stored` is reached at now. Every account of the embedded server
    /// means the one running here, whatever port it had when the account was stored (it takes another
    /// port when its own is in use).
    QUrl accountServerUrl(const QUrl& stored) const;

private:
    ClientSession() = default;

    std::unique_ptr<server::EmbeddedServer> m_embedded;
    QUrl m_serverUrl;
    std::unique_ptr<sync::ApiAccessManager> m_manager;
    std::unique_ptr<sync::SecretStore> m_secrets;
    std::unique_ptr<sync::SyncService> m_sync;
};

} // namespace vsys::app
