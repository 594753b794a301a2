// SPDX-License-Identifier: MIT
// A real TLS handshake with the generated pair: a QSslServer serves it, and a QSslSocket that trusts
// only one pinned certificate (as the client does) connects — or fails when it pinned another one.
#include "server/tls/SelfSignedCertificate.h"

#include <QEventLoop>
#include <QFile>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using vsys::server::SelfSignedCertificate;
using namespace Qt::StringLiterals;

namespace {

struct Handshake
{
    bool encrypted = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    QList<QSslError::SslError> sslErrors;
    QString errorText;
};

class TlsHandshakeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QSslSocket::supportsSsl()) << QSslSocket::activeBackend().toStdString();
    }

    /// Creates a pair under `name` and returns the certificate.
    QSslCertificate makePair(const QString& name, const QStringList& extraHosts = {})
    {
        const auto created = SelfSignedCertificate::create(crt(name), key(name), extraHosts);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        const auto certs = QSslCertificate::fromPath(crt(name));
        return certs.isEmpty() ? QSslCertificate() : certs.first();
    }

    /// Serves the pair `name` on 127.0.0.1 (any free port).
    bool serve(const QString& name)
    {
        QFile keyFile(key(name));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QSslKey privateKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        const auto certs = QSslCertificate::fromPath(crt(name));
        if (privateKey.isNull() || certs.isEmpty()) {
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certs.first());
        config.setPrivateKey(privateKey);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // the client sends no certificate
        m_server.setSslConfiguration(config);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    /// Connects to the server, trusting only `pinned`, and checks the server's name against `peerName`.
    Handshake connectPinned(const QSslCertificate& pinned, const QString& peerName = u"127.0.0.1"_s)
    {
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({pinned});
        socket.setSslConfiguration(config);

        Handshake result;
        QEventLoop loop;
        QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
            result.encrypted = true;
            loop.quit();
        });
        QObject::connect(&socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError>& errors) {
            for (const QSslError& e : errors) {
                result.sslErrors << e.error();
            }
        });
        QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
            result.error = e;
            result.errorText = socket.errorString();
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_server.serverPort(), peerName);
        loop.exec();
        socket.abort();
        return result;
    }

    QString crt(const QString& name) const { return m_dir.filePath(name + u".crt"_s); }
    QString key(const QString& name) const { return m_dir.filePath(name + u".key"_s); }

    QTemporaryDir m_dir;
    QSslServer m_server;
};

TEST_F(TlsHandshakeTest, ClientPinningThisCertificateConnects)
{
    const QSslCertificate cert = makePair(u"server"_s);
    ASSERT_FALSE(cert.isNull());
    ASSERT_TRUE(serve(u"server"_s)) << m_server.errorString().toStdString();

    const Handshake byIp = connectPinned(cert, u"127.0.0.1"_s);
    EXPECT_TRUE(byIp.encrypted) << byIp.errorText.toStdString();
    EXPECT_TRUE(byIp.sslErrors.isEmpty());

    const Handshake byName = connectPinned(cert, u"localhost"_s);
    EXPECT_TRUE(byName.encrypted) << byName.errorText.toStdString();
}

TEST_F(TlsHandshakeTest, ExtraHostNamesAreAccepted)
{
    const QSslCertificate cert = makePair(u"server"_s, {u"vsys-desk.example.lan"_s});
    ASSERT_TRUE(serve(u"server"_s));

    const Handshake extra = connectPinned(cert, u"vsys-desk.example.lan"_s);
    EXPECT_TRUE(extra.encrypted) << extra.errorText.toStdString();

    const Handshake other = connectPinned(cert, u"elsewhere.example.lan"_s);
    EXPECT_FALSE(other.encrypted);
    EXPECT_EQ(other.error, QAbstractSocket::SslHandshakeFailedError);
    EXPECT_TRUE(other.sslErrors.contains(QSslError::HostNameMismatch));
}

TEST_F(TlsHandshakeTest, ClientPinningAnotherCertificateFails)
{
    ASSERT_FALSE(makePair(u"server"_s).isNull());
    const QSslCertificate stranger = makePair(u"stranger"_s);
    ASSERT_FALSE(stranger.isNull());
    ASSERT_TRUE(serve(u"server"_s));

    const Handshake result = connectPinned(stranger);
    EXPECT_FALSE(result.encrypted);
    EXPECT_EQ(result.error, QAbstractSocket::SslHandshakeFailedError) << result.errorText.toStdString();
    EXPECT_FALSE(result.sslErrors.isEmpty());
}

TEST_F(TlsHandshakeTest, ClientWithOnlySystemCasFails)
{
    ASSERT_FALSE(makePair(u"server"_s).isNull());
    ASSERT_TRUE(serve(u"server"_s));

    QSslSocket socket;
    QEventLoop loop;
    bool encrypted = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        encrypted = true;
        loop.quit();
    });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        error = e;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_server.serverPort());
    loop.exec();
    EXPECT_FALSE(encrypted);
    EXPECT_EQ(error, QAbstractSocket::SslHandshakeFailedError);
}

} // namespace
