// SPDX-License-Identifier: MIT
// EmbeddedServer: file names are fixed so that a restart finds the same database and certificate.
#include "server/EmbeddedServer.h"

#include "server/demo/DemoData.h"
#include "server/http/HttpsServer.h"
#include "server/storage/Storage.h"
#include "server/tls/SelfSignedCertificate.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace vsys::server {

core::Result<std::unique_ptr<EmbeddedServer>> EmbeddedServer::start(const QString& dataDir, bool demo)
{
    const QDir dir(dataDir);
    if (!dir.mkpath(u"."_s)) {
        return core::Error{u"dataDir"_s,
                           tr("Could not create the folder %1 for the built-in server.")
                               .arg(QDir::toNativeSeparators(dir.absolutePath()))};
    }
    std::unique_ptr<EmbeddedServer> server(new EmbeddedServer);
    server->m_certificatePath = dir.filePath(u"server-certificate.pem"_s);
    const QString keyPath = dir.filePath(u"server-key.pem"_s);
    if (auto certificate = SelfSignedCertificate::ensure(server->m_certificatePath, keyPath); !certificate) {
        return certificate.error();
    }
    auto storage = Storage::open(DatabaseUrl::sqlite(dir.filePath(u"vsysdesk-server.sqlite"_s)));
    if (!storage) {
        return storage.error();
    }
    server->m_storage = std::move(storage).value();
    if (demo) {
        if (auto seeded = DemoData::seed(*server->m_storage); !seeded) {
            return seeded.error();
        }
    }
    HttpsServer::Options options;
    options.bindAddress = u"127.0.0.1"_s;
    options.threads = kThreads;
    options.certificatePath = server->m_certificatePath;
    options.keyPath = keyPath;
    if (demo) {
        options.clock = ServerClock::startingAt(DemoData::demoNow());
    }
    // The client keys its accounts, local records and keychain entries by the server's URL, so the
    // port chosen at first start is kept for later starts; only if it is taken is a new one chosen.
    QFile portFile(dir.filePath(u"server-port"_s));
    options.port = portFile.open(QIODevice::ReadOnly) ? portFile.readAll().trimmed().toUShort() : 0;
    portFile.close();
    auto http = HttpsServer::start(*server->m_storage, options);
    if (!http && options.port != 0) {
        options.port = 0;
        http = HttpsServer::start(*server->m_storage, options);
    }
    if (!http) {
        return http.error();
    }
    server->m_http = std::move(http).value();
    if (portFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        portFile.write(QByteArray::number(server->port()));
    }
    return server;
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

quint16 EmbeddedServer::port() const
{
    return m_http ? m_http->port() : 0;
}

QUrl EmbeddedServer::url() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void EmbeddedServer::stop()
{
    if (m_http) {
        m_http->stop();
    }
}

} // namespace vsys::server
