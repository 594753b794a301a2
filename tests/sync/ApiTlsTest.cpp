// SPDX-License-Identifier: MIT
// Tests for TLS pinning over a real TLS connection: a local QSslServer with a self-signed certificate is
// trusted only by a client that pinned exactly that certificate.
#include "support/SyncTestSupport.h"
#include "sync/ApiAccessManager.h"
#include "sync/VenueJob.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <gtest/gtest.h>
#include <memory>

using namespace Qt::StringLiterals;
using vsys::sync::ApiAccessManager;
using vsys::sync::ApiErrorKind;
using vsys::sync::ApiJob;
using vsys::sync::VenueJob;

namespace {

QByteArray readTestFile(const char* name)
{
    QFile file(QStringLiteral(VSYS_SYNC_TEST_DATA "/") + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

/// Answers every request with one JSON venue and closes the connection.
class TinyHttpsServer
{
public:
    TinyHttpsServer()
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(readTestFile("tls-a.crt")));
        configuration.setPrivateKey(QSslKey(readTestFile("tls-a.key"), QSsl::Ec));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                serve(socket);
            }
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }

    QUrl url() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int served() const { return m_served; }
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    void serve(QTcpSocket* socket)
    {
        const auto received = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
            received->append(socket->readAll());
            if (!received->contains("\r\n\r\n")) {
                return;
            }
            m_lastRequest = *received;
            ++m_served;
            const QByteArray body = R"({"id":"v1","name":"(職域)サンプル職域接種会場","vsys_ids":["1310000017"]})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QSslServer m_server;
    int m_served = 0;
    QByteArray m_lastRequest;
};

struct Outcome
{
    bool succeeded = false;
    vsys::sync::ApiError error;
    QString venueName;
};

Outcome fetchVenue(ApiAccessManager& manager)
{
    auto* job = new VenueJob(manager);
    Outcome outcome;
    QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
        outcome.succeeded = job->succeeded();
        outcome.error = job->error();
        outcome.venueName = job->venue().value(u"name"_s).toString();
    });
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    EXPECT_TRUE(finished.wait(10000));
    return outcome;
}

TEST(ApiTlsTest, PinnedSelfSignedCertificateIsTrusted)
{
    TinyHttpsServer server;
    ApiAccessManager manager;
    ASSERT_TRUE(manager.setServerUrl(server.url()).ok());
    manager.setPinnedCertificates(QSslCertificate::fromData(readTestFile("tls-a.crt")));
    manager.setToken(u"tok-tls"_s);

    const Outcome outcome = fetchVenue(manager);

    EXPECT_TRUE(outcome.succeeded) << qPrintable(outcome.error.message);
    EXPECT_EQ(outcome.venueName, u"(職域)サンプル職域接種会場"_s);
    EXPECT_EQ(server.served(), 1);
    EXPECT_TRUE(server.lastRequest().startsWith("GET /api/v1/venue HTTP/1.1\r\n"));
    EXPECT_TRUE(server.lastRequest().contains("Authorization: Bearer tok-tls\r\n"));
}

TEST(ApiTlsTest, AnyOtherCertificateIsRefusedAsANetworkError)
{
    TinyHttpsServer server;
    ApiAccessManager manager;
    ASSERT_TRUE(manager.setServerUrl(server.url()).ok());
    manager.setToken(u"tok-tls"_s);

    for (const QList<QSslCertificate>& pinned :
         {QSslCertificate::fromData(readTestFile("tls-b.crt")), QList<QSslCertificate>()}) {
        manager.setPinnedCertificates(pinned);
        const Outcome outcome = fetchVenue(manager);

        EXPECT_FALSE(outcome.succeeded);
        EXPECT_EQ(outcome.error.kind, ApiErrorKind::Network);
        EXPECT_TRUE(outcome.error.message.startsWith(
            u"サーバーの証明書が VSYS Desk の信頼するものではないため、何も送信しませんでした（"_s))
            << qPrintable(outcome.error.message);
    }
    EXPECT_EQ(server.served(), 0);
}

} // namespace
