// SPDX-License-Identifier: MIT
// Tests of POST/DELETE /api/v1/session and the bearer gate, over HTTPS, on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "server/security/SessionToken.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

const std::string kWrongCredentials
    = R"({"error":"unauthorized","message":"V-SYS IDまたはパスワードが正しくありません。)"
      R"(両方を確認して、もう一度ログインしてください。"})";
const std::string kUnauthorized = R"({"error":"unauthorized","message":"ログインの有効期限が切れたか、無効です。)"
                                  R"(V-SYS IDとパスワードでもう一度ログインしてください。"})";

std::string loginBody(const QString& vsysId, const QString& password)
{
    return QJsonDocument(QJsonObject{{u"vsys_id"_s, vsysId}, {u"password"_s, password}}).toJson().toStdString();
}

class SessionApiTest : public ApiTest
{
};

TEST_P(SessionApiTest, LoginAnswersTokenExpiryAndVenue)
{
    const Reply reply = send("POST", "/api/v1/session", {}, loginBody(u"1310000033"_s, QString::fromLatin1(kPassword)));
    ASSERT_EQ(reply.status, 201) << reply.body;
    const QJsonObject json = reply.json();
    const QString token = json.value(u"token"_s).toString();
    EXPECT_EQ(token.size(), 43);
    EXPECT_EQ(json.value(u"vsys_id"_s).toString(), u"1310000033"_s);
    EXPECT_EQ(json.value(u"venue"_s).toObject(),
              (QJsonObject{{u"id"_s, m_venueA}, {u"name"_s, u"(職域)テスト会場A"_s}}));
    const QDateTime expires = QDateTime::fromString(json.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
    EXPECT_NEAR(QDateTime::currentDateTimeUtc().secsTo(expires), 12 * 3600, 60);

    // Only the hash is stored, and the token opens the venue's records.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM session WHERE token_hash = :hash"_s,
                     {{u"hash"_s, SessionToken::storageHash(token)}})
                  .toInt(),
              1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM session WHERE token_hash = :token"_s, {{u"token"_s, token}}).toInt(), 0);
    const Reply venue = get("/api/v1/venue", token.toStdString());
    ASSERT_EQ(venue.status, 200) << venue.body;
    EXPECT_EQ(venue.json().value(u"id"_s).toString(), m_venueA);
    EXPECT_EQ(venue.json().value(u"vsys_ids"_s).toVariant().toStringList(), QStringList{u"1310000033"_s});
}

TEST_P(SessionApiTest, WrongPasswordAndUnknownIdGetTheSameAnswer)
{
    const Reply wrongPassword = send("POST", "/api/v1/session", {}, loginBody(u"1310000033"_s, u"not the password"_s));
    const Reply unknownId
        = send("POST", "/api/v1/session", {}, loginBody(u"1399999999"_s, QString::fromLatin1(kPassword)));
    const Reply malformedId
        = send("POST", "/api/v1/session", {}, loginBody(u"13-ABC"_s, QString::fromLatin1(kPassword)));
    for (const Reply* reply : {&wrongPassword, &unknownId, &malformedId}) {
        EXPECT_EQ(reply->status, 401);
        EXPECT_EQ(reply->body, kWrongCredentials);
        EXPECT_EQ(reply->header("WWW-Authenticate"), "Bearer");
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM session"_s).toInt(), 0);
}

TEST_P(SessionApiTest, MissingFieldIsNamed)
{
    const Reply reply = send("POST", "/api/v1/session", {}, R"({"vsys_id":"1310000033"})");
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.body,
              R"({"error":"invalid_field","field":"password","message":"パスワード：パスワードを入力してください。"})");
}

TEST_P(SessionApiTest, MissingUnknownAndExpiredTokensAreRefused)
{
    const std::string token = login(kVsysIdA);
    ASSERT_EQ(get("/api/v1/venue", token).status, 200);
    ASSERT_TRUE(
        storage().run(u"UPDATE session SET expires_at = :past"_s, {{u"past"_s, u"2022-01-01T00:00:00.000Z"_s}}).ok());

    for (const std::string& presented : {token, std::string("made-up-token"), std::string()}) {
        const Reply reply = get("/api/v1/venue", presented);
        EXPECT_EQ(reply.status, 401) << presented;
        EXPECT_EQ(reply.body, kUnauthorized);
        EXPECT_EQ(reply.header("WWW-Authenticate"), "Bearer");
    }
}

TEST_P(SessionApiTest, FifthFailureLocksTheIdEvenForTheRightPassword)
{
    for (int i = 0; i < 5; ++i) {
        ASSERT_EQ(send("POST", "/api/v1/session", {}, loginBody(u"1310000033"_s, u"wrong password"_s)).status, 401);
    }
    const Reply locked
        = send("POST", "/api/v1/session", {}, loginBody(u"1310000033"_s, QString::fromLatin1(kPassword)));
    EXPECT_EQ(locked.status, 429);
    EXPECT_EQ(locked.json().value(u"error"_s).toString(), u"too_many_attempts"_s);
    EXPECT_EQ(
        locked.json().value(u"message"_s).toString(),
        u"このV-SYS IDはログインの失敗が続いたため、一時的にロックされています。約1分待ってからもう一度お試しください。"_s);
    const int retryAfter = std::stoi(locked.header("Retry-After"));
    EXPECT_GE(retryAfter, 55);
    EXPECT_LE(retryAfter, 60);
    EXPECT_EQ(scalar(u"SELECT consecutive_failures FROM login_failure WHERE vsys_id = '1310000033'"_s).toInt(), 5);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM session"_s).toInt(), 0);

    // The other venue's ID is not affected.
    EXPECT_EQ(send("POST", "/api/v1/session", {}, loginBody(u"2710000022"_s, QString::fromLatin1(kPassword))).status,
              201);
}

TEST_P(SessionApiTest, SuccessEndsTheRunOfFailures)
{
    for (int i = 0; i < 4; ++i) {
        ASSERT_EQ(send("POST", "/api/v1/session", {}, loginBody(u"1310000033"_s, u"wrong password"_s)).status, 401);
    }
    login(kVsysIdA);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM login_failure"_s).toInt(), 0);
}

TEST_P(SessionApiTest, LogoutEndsTheToken)
{
    const std::string token = login(kVsysIdA);
    const Reply logout = send("DELETE", "/api/v1/session", token, {});
    EXPECT_EQ(logout.status, 204);
    EXPECT_EQ(get("/api/v1/venue", token).status, 401);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM session"_s).toInt(), 0);
}

TEST_P(SessionApiTest, UnknownRouteIsNotFound)
{
    const std::string token = login(kVsysIdA);
    const std::string notFound = R"({"error":"not_found","message":"指定されたデータが見つかりません。)"
                                 R"(削除されたか、別の接種会場のデータです。"})";
    EXPECT_EQ(get("/api/v1/nothing", token).body, notFound);
    const Reply post = send("POST", "/api/v1/nothing", token, "{}");
    EXPECT_EQ(post.status, 404);
    EXPECT_EQ(post.body, notFound);
}

INSTANTIATE_TEST_SUITE_P(Databases, SessionApiTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace

} // namespace vsys::server::test
