// SPDX-License-Identifier: MIT
// Tests of EmbeddedServer: the app's built-in server on 127.0.0.1 with SQLite and the demo data.
#include "server/EmbeddedServer.h"

#include "ServerTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class EmbeddedServerTest : public ::testing::Test
{
protected:
    Reply request(const EmbeddedServer& server,
                  const std::string& path,
                  const std::string& token,
                  const std::string& loginBody = {})
    {
        httplib::SSLClient client("127.0.0.1", server.port());
        client.set_ca_cert_path(QFile::encodeName(server.certificatePath()).constData());
        client.enable_server_certificate_verification(true);
        const httplib::Headers headers{{"Authorization", "Bearer " + token}};
        const auto result = loginBody.empty() ? client.Get(path.c_str(), headers)
                                              : client.Post(path.c_str(), loginBody, "application/json");
        return result ? Reply{result->status, result->body, result->headers} : Reply{};
    }

    std::string demoLogin(const EmbeddedServer& server)
    {
        const Reply reply
            = request(server, "/api/v1/session", {}, R"({"vsys_id":"1310000017","password":"demo-venue-A-2021"})");
        EXPECT_EQ(reply.status, 201) << reply.body;
        return reply.json().value(u"token"_s).toString().toStdString();
    }

    QTemporaryDir m_dir;
};

TEST_F(EmbeddedServerTest, ServesTheDemoDataOverHttpsOnLoopback)
{
    auto started = EmbeddedServer::start(m_dir.filePath(u"data"_s), true);
    ASSERT_TRUE(started.ok()) << qPrintable(started.error().message);
    const EmbeddedServer& server = **started;
    EXPECT_GT(server.port(), 0);
    EXPECT_EQ(server.url().toString(), u"https://127.0.0.1:%1"_s.arg(server.port()));
    EXPECT_EQ(server.certificatePath(), m_dir.filePath(u"data/server-certificate.pem"_s));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(u"data/vsysdesk-server.sqlite"_s)));

    const std::string token = demoLogin(server);
    const QJsonArray applications
        = request(server, "/api/v1/applications", token).json().value(u"applications"_s).toArray();
    QStringList numbers;
    QStringList statuses;
    for (const QJsonValue& application : applications) {
        numbers.append(application.toObject().value(u"number"_s).toString());
        statuses.append(application.toObject().value(u"status"_s).toString());
    }
    EXPECT_EQ(numbers,
              (QStringList{u"12345-1310000017-04"_s, u"12345-1310000017-03"_s, u"12345-1310000017-02"_s,
                           u"12345-1310000017-01"_s}));
    EXPECT_EQ(statuses, (QStringList{u"draft"_s, u"awaiting_review"_s, u"resubmission_required"_s, u"confirmed"_s}));
    const QJsonObject confirmed = applications.last().toObject();
    EXPECT_EQ(confirmed.value(u"review_comment"_s).toString(),
              u"新規V-SYS IDを発行いたしますので、そちらを使用して3回目接種を開始してください。"_s);
    EXPECT_EQ(confirmed.value(u"issued_vsys_id"_s).toString(), u"1310000025"_s);
    EXPECT_EQ(confirmed.value(u"submitted_at"_s).toString(), u"2021-12-20T02:20:00.000Z"_s);

    const QJsonObject calendar = request(server, "/api/v1/cools", token).json();
    // The demo's clock started at 2022-03-01 10:00 JST a moment ago.
    const QDateTime serverTime = QDateTime::fromString(calendar.value(u"server_time"_s).toString(), Qt::ISODateWithMs);
    const QDateTime demoStart(QDate(2022, 3, 1), QTime(1, 0), QTimeZone::utc());
    EXPECT_GE(serverTime, demoStart);
    EXPECT_LT(serverTime, demoStart.addSecs(60));
    const QJsonArray cools = calendar.value(u"cools"_s).toArray();
    ASSERT_EQ(cools.size(), 5);
    EXPECT_EQ(cools.at(0).toObject().value(u"allocated_boxes"_s).toInt(), 4);
    EXPECT_EQ(cools.at(0).toObject().value(u"change_deadline"_s).toString(), u"2022-01-31T14:59:00.000Z"_s);
    EXPECT_EQ(cools.at(1).toObject().value(u"allocated_boxes"_s).toInt(), 3);
    EXPECT_TRUE(cools.at(2).toObject().value(u"allocated_boxes"_s).isNull());
    // The demo's 配送予定日 and needle boxes for the past クール, 未定 after them.
    EXPECT_EQ(cools.at(0).toObject().value(u"allocated_needle_boxes"_s).toInt(), 7);
    EXPECT_EQ(cools.at(0).toObject().value(u"delivery_date"_s).toString(), u"2022-02-22"_s);
    EXPECT_EQ(cools.at(1).toObject().value(u"delivery_date"_s).toString(), u"2022-03-08"_s);
    EXPECT_TRUE(cools.at(2).toObject().value(u"delivery_date"_s).isNull());
    EXPECT_EQ(cools.at(4).toObject().value(u"delivery_week"_s).toString(), u"2022-04-18"_s);
    EXPECT_EQ(cools.at(2).toObject().value(u"state"_s).toString(), u"open"_s);
    EXPECT_TRUE(cools.at(2).toObject().value(u"locked_until"_s).isNull());

    // The briefing's plan screen before the user types: 4 and 3 boxes registered, 12 at first.
    const QJsonObject plan = request(server, "/api/v1/plan", token).json().value(u"plan"_s).toObject();
    EXPECT_EQ(QJsonDocument(plan).toJson(QJsonDocument::Compact),
              R"({"approval":null,"initial_total_boxes":12,"rows":[{"cool_id":1,"needle_boxes":7,"vaccine_boxes":4},)"
              R"({"cool_id":2,"needle_boxes":5,"vaccine_boxes":3},{"cool_id":3,"needle_boxes":0,"vaccine_boxes":0},)"
              R"({"cool_id":4,"needle_boxes":0,"vaccine_boxes":0},{"cool_id":5,"needle_boxes":0,"vaccine_boxes":0}],)"
              R"("updated_at":"2022-01-14T01:00:00.000Z","version":1})");

    const QJsonArray documents = request(server, "/api/v1/documents", token).json().value(u"documents"_s).toArray();
    ASSERT_EQ(documents.size(), 1);
    const std::string pdf
        = request(server,
                  "/api/v1/documents/" + documents.first().toObject().value(u"id"_s).toString().toStdString()
                      + "/content",
                  token)
              .body;
    EXPECT_EQ(pdf.substr(0, 8), "%PDF-1.4");
}

TEST_F(EmbeddedServerTest, ARestartKeepsCertificateAndDataAndSeedsOnce)
{
    const QString dataDir = m_dir.filePath(u"data"_s);
    QByteArray certificate;
    QUrl url;
    {
        auto first = EmbeddedServer::start(dataDir, true);
        ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
        certificate = fileBytes((*first)->certificatePath());
        url = (*first)->url();
        (*first)->stop();
    }
    auto second = EmbeddedServer::start(dataDir, true);
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message);
    EXPECT_EQ(fileBytes((*second)->certificatePath()), certificate);
    // Same URL, so the client's accounts and keychain entries for it stay valid.
    EXPECT_EQ((*second)->url(), url);
    const std::string token = demoLogin(**second);
    EXPECT_EQ(request(**second, "/api/v1/applications", token).json().value(u"applications"_s).toArray().size(), 4);
}

} // namespace

} // namespace vsys::server::test
