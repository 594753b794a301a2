// SPDX-License-Identifier: MIT
// The Monday-morning peak on SQLite and PostgreSQL: many connections served by a few database threads
// (each request gets its own venue's answer), a full queue answered 503 at once, the daily work run
// on a database thread, and two --demo starts on one empty database at once.
#include "ServerTestSupport.h"
#include "server/demo/DemoData.h"
#include "server/http/ApiReply.h"
#include "server/http/DatabaseWorkers.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <atomic>
#include <latch>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

constexpr int kClients = 48;
constexpr int kRequestsEach = 5;

/// A server with many connection threads and only two database threads (ApiTest's own has the defaults).
class PeakLoadTest : public ApiTest
{
protected:
    void startServer(int connectionThreads, int databaseThreads, int databaseQueue)
    {
        HttpsServer::Options options;
        options.threads = connectionThreads;
        options.databaseThreads = databaseThreads;
        options.databaseQueue = databaseQueue;
        options.certificatePath = TestCertificate::get().certificatePath;
        options.keyPath = TestCertificate::get().keyPath;
        auto server = HttpsServer::start(storage(), options);
        ASSERT_TRUE(server.ok()) << qPrintable(server.error().message);
        m_peakServer = std::move(server).value();
    }
    void TearDown() override
    {
        m_peakServer.reset();
        ApiTest::TearDown();
    }

    std::unique_ptr<httplib::SSLClient> peakClient() const
    {
        auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", m_peakServer->port());
        client->set_ca_cert_path(QFile::encodeName(TestCertificate::get().certificatePath).constData());
        client->enable_server_certificate_verification(true);
        client->set_read_timeout(30);
        return client;
    }

    std::unique_ptr<HttpsServer> m_peakServer;
};

TEST_P(PeakLoadTest, ManyConnectionsShareTwoDatabaseThreadsAndEachGetsItsOwnVenue)
{
    startServer(kClients + 8, 2, kClients);
    const std::string tokens[] = {login(kVsysIdA), login(kVsysIdB)};
    const QString venues[] = {m_venueA, m_venueB};
    std::atomic<int> right = 0;
    std::atomic<int> wrong = 0;
    std::latch start(kClients);
    std::vector<std::thread> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.emplace_back([&, i] {
            // Each client keeps its connection open (keep-alive) for all its requests, as nginx does.
            const auto client = peakClient();
            const httplib::Headers headers{{"Authorization", "Bearer " + tokens[i % 2]}};
            start.arrive_and_wait();
            for (int n = 0; n < kRequestsEach; ++n) {
                const auto result = client->Get("/api/v1/venue", headers);
                const bool own = result && result->status == 200
                    && QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object().value(u"id"_s)
                        == venues[i % 2];
                ++(own ? right : wrong);
            }
        });
    }
    for (std::thread& client : clients) {
        client.join();
    }
    EXPECT_EQ(right.load(), kClients * kRequestsEach);
    EXPECT_EQ(wrong.load(), 0);
}

TEST_P(PeakLoadTest, FullQueueAnswers503AtOnceAndServesAgainAfterwards)
{
    startServer(8, 1, 0);
    const std::string token = login(kVsysIdA);
    // The only database thread is busy until the test lets go, and no request may wait for it.
    std::latch busy(1);
    std::latch release(1);
    std::thread blocker([&] {
        m_peakServer->databaseWorkers().run([&] {
            busy.count_down();
            release.wait();
        });
    });
    busy.wait();
    const auto client = peakClient();
    const auto refused = client->Get("/api/v1/venue", {{"Authorization", "Bearer " + token}});
    release.count_down();
    blocker.join();
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 503);
    EXPECT_EQ(refused->get_header_value("Retry-After"), "1");
    EXPECT_EQ(refused->get_header_value("Content-Type"), "application/json");
    // The API's JSON error; its message is the Japanese one once the lead applied /work/tsv/peak.tsv.
    EXPECT_EQ(QByteArray::fromStdString(refused->body), ApiReply::errorBody(ApiErrorCode::Busy));
    EXPECT_EQ(QJsonDocument::fromJson(QByteArray::fromStdString(refused->body)).object().value(u"error"_s),
              u"unavailable"_s);

    const auto served = peakClient()->Get("/api/v1/venue", {{"Authorization", "Bearer " + token}});
    ASSERT_TRUE(served);
    EXPECT_EQ(served->status, 200);
}

TEST_P(PeakLoadTest, ListenBacklogIsRaisedFromTheLibrarysFive)
{
    startServer(8, 1, 0);
    // For a listening socket, ss shows the backlog as Send-Q: "LISTEN 0 1024 127.0.0.1:PORT 0.0.0.0:*".
    QProcess ss;
    ss.start(u"ss"_s, {u"-Hltn"_s, u"sport = :%1"_s.arg(m_peakServer->port())});
    ASSERT_TRUE(ss.waitForFinished(10000));
    const QStringList columns = QString::fromLocal8Bit(ss.readAllStandardOutput()).simplified().split(u' ');
    ASSERT_GE(columns.size(), 3) << qPrintable(columns.join(u' '));
    EXPECT_EQ(columns.at(2).toInt(), HttpsServer::kListenBacklog);
    EXPECT_EQ(HttpsServer::kListenBacklog, 1024);
}

TEST_P(PeakLoadTest, WorkOnADatabaseThreadThatAsksForOneRunsInPlace)
{
    DatabaseWorkers workers(1, 0);
    std::thread::id outer;
    std::thread::id inner;
    ASSERT_TRUE(workers.run([&] {
        outer = std::this_thread::get_id();
        EXPECT_TRUE(workers.run([&] { inner = std::this_thread::get_id(); }));
    }));
    EXPECT_EQ(outer, inner);
    EXPECT_NE(outer, std::this_thread::get_id());
    workers.stop();
    EXPECT_FALSE(workers.run([] {}));
}

TEST_P(PeakLoadTest, AnExceptionOnADatabaseThreadIsThrownToTheCaller)
{
    DatabaseWorkers workers(1, 0);
    EXPECT_THROW(workers.run([] { throw std::runtime_error("boom"); }), std::runtime_error);
    EXPECT_TRUE(workers.run([] {}));
}

TEST_P(PeakLoadTest, TwoDemoSeedsAtOnceOnAnEmptyDatabaseBothSucceedAndSeedOnce)
{
    // Two threads are two connections, as two server processes would be.
    std::latch start(2);
    core::Result<void> results[2] = {core::Result<void>(), core::Result<void>()};
    std::vector<std::thread> seeders;
    for (int i = 0; i < 2; ++i) {
        seeders.emplace_back([&, i] {
            start.arrive_and_wait();
            results[i] = DemoData::seed(storage());
            storage().releaseConnection();
        });
    }
    for (std::thread& seeder : seeders) {
        seeder.join();
    }
    for (const core::Result<void>& result : results) {
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : qPrintable(result.error().message));
    }
    // The two test venues and the demo's two.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM venue"_s).toInt(), 4);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Databases, PeakLoadTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace vsys::server::test
