// SPDX-License-Identifier: MIT
#include "app/session/ClientSession.h"

#include "server/EmbeddedServer.h"
#include "sync/ApiAccessManager.h"
#include "sync/SecretStore.h"
#include "sync/SyncService.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace vsys::app {

core::Result<std::unique_ptr<server::EmbeddedServer>> ClientSession::startEmbeddedServer(const QString& dataDir)
{
    return server::EmbeddedServer::start(QDir(dataDir).filePath(u"embedded-server"_s), true);
}

core::Result<std::unique_ptr<ClientSession>>
ClientSession::start(db::Database& database, const Options& options, std::unique_ptr<sync::SecretStore> secrets)
{
    std::unique_ptr<server::EmbeddedServer> embedded;
    if (options.serverUrl.isEmpty()) {
        auto started = startEmbeddedServer(options.dataDir);
        if (!started) {
            return started.error();
        }
        embedded = std::move(started).value();
    }
    return start(database, options, std::move(secrets), std::move(embedded));
}

core::Result<std::unique_ptr<ClientSession>> ClientSession::start(db::Database& database,
                                                                  const Options& options,
                                                                  std::unique_ptr<sync::SecretStore> secrets,
                                                                  std::unique_ptr<server::EmbeddedServer> embedded)
{
    std::unique_ptr<ClientSession> session(new ClientSession);
    session->m_manager = std::make_unique<sync::ApiAccessManager>();
    if (embedded) {
        session->m_embedded = std::move(embedded);
        session->m_serverUrl = session->m_embedded->url();
        // The embedded server's self-signed certificate is the only CA this client trusts for it.
        session->m_manager->setPinnedCertificates(
            QSslCertificate::fromPath(session->m_embedded->certificatePath(), QSsl::Pem));
    } else {
        session->m_serverUrl = options.serverUrl;
        if (!options.pinnedCas.isEmpty()) {
            session->m_manager->setPinnedCertificates(options.pinnedCas);
        }
    }
    if (auto checked = sync::ApiAccessManager::checkServerUrl(session->m_serverUrl); !checked) {
        return checked.error();
    }
    session->m_secrets = std::move(secrets);
    session->m_sync = std::make_unique<sync::SyncService>(database, *session->m_secrets, *session->m_manager);
    return session;
}

ClientSession::~ClientSession()
{
    // The service's jobs use the access manager, and the embedded server answers them: stop in order.
    m_sync.reset();
    m_manager.reset();
    m_embedded.reset();
}

QUrl ClientSession::serverUrl(const QUrl& requested) const
{
    return requested.isEmpty() ? m_serverUrl : requested;
}

QUrl ClientSession::accountServerUrl(const QUrl& stored) const
{
    return isEmbedded() ? m_serverUrl : stored;
}

} // namespace vsys::app
