// SPDX-License-Identifier: MIT
// Tests for sync::ApiAccessManager: the headers every request carries, TLS trust and the HTTPS-only rule.
#include "sync/ApiAccessManager.h"

#include "support/FakeServer.h"
#include "support/SyncTestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::sync::ApiAccessManager;
using vsys::sync::test::FakeServer;
using vsys::sync::test::waitFor;

namespace {

QList<QSslCertificate> testCertificate(const char* name)
{
    return QSslCertificate::fromPath(QStringLiteral(VSYS_SYNC_TEST_DATA "/") + QString::fromLatin1(name));
}

class ApiAccessManagerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.setServerUrl(QUrl(u"https://vsys.test/"_s)).ok()); }

    /// Sends GET `url` and returns the request as the server received it.
    vsys::sync::test::FakeRequest sendGet(const QUrl& url)
    {
        QNetworkReply* reply = m_server.get(QNetworkRequest(url));
        waitFor([reply] { return reply->isFinished(); });
        reply->deleteLater();
        return m_server.requests().constLast();
    }

    FakeServer m_server;
};

TEST_F(ApiAccessManagerTest, StampsUserAgentAcceptLanguageRequestIdAndToken)
{
    m_server.setToken(u"tok-8f2e"_s);

    const auto request = sendGet(m_server.apiUrl(u"/venue"_s));

    EXPECT_EQ(request.request.url(), QUrl(u"https://vsys.test/api/v1/venue"_s));
    EXPECT_TRUE(QRegularExpression(u"^VSYS Desk/\\d+\\.\\d+\\.\\d+$"_s)
                    .match(QString::fromLatin1(request.header("User-Agent")))
                    .hasMatch())
        << request.header("User-Agent").constData();
    EXPECT_EQ(request.header("User-Agent"), ApiAccessManager::userAgent());
    EXPECT_EQ(request.header("Accept"), "application/json");
    EXPECT_EQ(request.header("Accept-Language"), "ja");
    EXPECT_EQ(request.header("Authorization"), "Bearer tok-8f2e");
    const QByteArray requestId = request.header("X-Request-ID");
    const QUuid uuid = QUuid::fromString(QString::fromLatin1(requestId));
    EXPECT_FALSE(uuid.isNull()) << requestId.constData();
    EXPECT_EQ(requestId, uuid.toByteArray(QUuid::WithoutBraces));
    EXPECT_EQ(uuid.version(), QUuid::Random);
}

TEST_F(ApiAccessManagerTest, EveryRequestGetsItsOwnRequestId)
{
    const auto first = sendGet(m_server.apiUrl(u"/venue"_s));
    const auto second = sendGet(m_server.apiUrl(u"/venue"_s));

    EXPECT_NE(first.header("X-Request-ID"), second.header("X-Request-ID"));
}

TEST_F(ApiAccessManagerTest, SendsNoAuthorizationWithoutTokenOrToAnotherHost)
{
    EXPECT_FALSE(sendGet(m_server.apiUrl(u"/venue"_s)).request.hasRawHeader("Authorization"));

    m_server.setToken(u"tok-8f2e"_s);
    EXPECT_FALSE(sendGet(QUrl(u"https://elsewhere.example/api/v1/venue"_s)).request.hasRawHeader("Authorization"));
    EXPECT_FALSE(sendGet(QUrl(u"https://vsys.test:8443/api/v1/venue"_s)).request.hasRawHeader("Authorization"));

    m_server.clearToken();
    EXPECT_FALSE(sendGet(m_server.apiUrl(u"/venue"_s)).request.hasRawHeader("Authorization"));
}

TEST_F(ApiAccessManagerTest, KeepsAnAcceptTheRequestChose)
{
    QNetworkRequest request(m_server.apiUrl(u"/documents/d1/content"_s));
    request.setRawHeader("Accept", "application/pdf");
    QNetworkReply* reply = m_server.get(request);
    waitFor([reply] { return reply->isFinished(); });
    reply->deleteLater();

    EXPECT_EQ(m_server.requests().constLast().header("Accept"), "application/pdf");
}

TEST_F(ApiAccessManagerTest, RefusesPlainHttpBeforeAnythingIsSent)
{
    const auto set = m_server.setServerUrl(QUrl(u"http://vsys.test"_s));
    ASSERT_FALSE(set.ok());
    EXPECT_EQ(set.error().field, u"serverUrl"_s);
    EXPECT_EQ(set.error().message,
              u"VSYS Desk はサーバーと HTTPS でのみ通信するため、「http://vsys.test」は使えません。https:// "
              u"で始まるアドレスを"
              "使ってください。"_s);
    EXPECT_EQ(m_server.serverUrl(), QUrl(u"https://vsys.test"_s));

    QNetworkReply* reply = m_server.get(QNetworkRequest(QUrl(u"http://vsys.test/api/v1/venue"_s)));
    waitFor([reply] { return reply->isFinished(); });
    EXPECT_EQ(reply->error(), QNetworkReply::ProtocolUnknownError);
    EXPECT_EQ(
        reply->errorString(),
        u"VSYS Desk はサーバーと HTTPS でのみ通信するため、「http://vsys.test/api/v1/venue」は使えません。https:// で始"
        "まるアドレスを使ってください。"_s);
    EXPECT_TRUE(m_server.requests().isEmpty());
    reply->deleteLater();
}

TEST_F(ApiAccessManagerTest, RefusesAnAddressWithoutHost)
{
    const auto set = m_server.setServerUrl(QUrl(u"vsys.test"_s));
    ASSERT_FALSE(set.ok());
    EXPECT_EQ(
        set.error().message,
        u"サーバーのアドレス「vsys.test」が正しくありません。https://vsys.example.jp のようなアドレスを入力してください。"_s);
}

TEST_F(ApiAccessManagerTest, TrustsExactlyThePinnedCertificate)
{
    const QList<QSslCertificate> pinned = testCertificate("tls-a.crt");
    ASSERT_EQ(pinned.size(), 1);
    m_server.setPinnedCertificates(pinned);

    const QSslConfiguration sent = sendGet(m_server.apiUrl(u"/venue"_s)).request.sslConfiguration();

    EXPECT_EQ(sent.caCertificates(), pinned);
    EXPECT_EQ(sent.peerVerifyMode(), QSslSocket::VerifyPeer);
    EXPECT_EQ(sent.protocol(), QSsl::TlsV1_2OrLater);
}

TEST_F(ApiAccessManagerTest, TrustsTheSystemCasWhenNothingIsPinned)
{
    m_server.setPinnedCertificates({});
    // Read at the first request, not at start: the window shows without waiting for ~300 certificates.
    EXPECT_FALSE(m_server.hasReadSystemCas());

    const QSslConfiguration sent = sendGet(m_server.apiUrl(u"/venue"_s)).request.sslConfiguration();

    EXPECT_TRUE(m_server.hasReadSystemCas());
    EXPECT_EQ(sent.caCertificates(), QSslConfiguration::systemCaCertificates());
    EXPECT_EQ(sent.peerVerifyMode(), QSslSocket::VerifyPeer);
}

TEST_F(ApiAccessManagerTest, NeverReadsTheSystemCasWhenACertificateIsPinned)
{
    m_server.setPinnedCertificates(testCertificate("tls-a.crt"));

    sendGet(m_server.apiUrl(u"/venue"_s));
    sendGet(m_server.apiUrl(u"/plan"_s));

    EXPECT_FALSE(m_server.hasReadSystemCas());
}

TEST_F(ApiAccessManagerTest, HasATransferTimeoutAndFollowsNoRedirects)
{
    EXPECT_EQ(m_server.transferTimeout(), ApiAccessManager::kTransferTimeoutMs);
    EXPECT_EQ(m_server.transferTimeout(), 30000);
    EXPECT_EQ(m_server.redirectPolicy(), QNetworkRequest::ManualRedirectPolicy);
}

} // namespace
