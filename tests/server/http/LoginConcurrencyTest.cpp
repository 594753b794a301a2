// SPDX-License-Identifier: MIT
// Logins that arrive together, over HTTPS on SQLite and PostgreSQL: the lockout holds however many
// come at once (at most 5 passwords checked), and no more Argon2id runs at once than
// PasswordHasher::kConcurrentHashes, for malformed IDs (the decoy) too.
#include "ServerTestSupport.h"
#include "server/security/LoginThrottle.h"
#include "server/security/PasswordHasher.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <latch>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace vsys::server::test {

namespace {

constexpr int kBurst = 16;
/// Passwords checked for one ID before it is locked: the free failures and the one that locks.
constexpr int kChecksBeforeLock = LoginThrottle::kFreeFailures + 1;

std::string loginBody(const QString& vsysId, const QString& password)
{
    return QJsonDocument(QJsonObject{{u"vsys_id"_s, vsysId}, {u"password"_s, password}}).toJson().toStdString();
}

/// Waits, looking every few milliseconds, until `condition` holds; false after a minute.
template <typename Condition> bool waitUntil(Condition condition)
{
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(2ms);
    }
    return true;
}

/// One POST /api/v1/session per body, each from its own thread and connection, all sent at once on
/// start(). The destructor starts them if need be and waits for every answer.
class LoginBurst
{
public:
    LoginBurst(quint16 port, const std::vector<std::string>& bodies)
        : m_replies(bodies.size())
        , m_start(std::ptrdiff_t(bodies.size()) + 1)
    {
        for (size_t i = 0; i < bodies.size(); ++i) {
            m_threads.emplace_back([this, port, i, body = bodies.at(i)] {
                httplib::SSLClient client("127.0.0.1", port);
                client.set_ca_cert_path(QFile::encodeName(TestCertificate::get().certificatePath).constData());
                client.enable_server_certificate_verification(true);
                client.set_read_timeout(60);
                m_start.arrive_and_wait();
                const auto result = client.Post("/api/v1/session", body, "application/json");
                m_replies[i] = result ? Reply{result->status, result->body, result->headers}
                                      : Reply{0, httplib::to_string(result.error()), {}};
                ++m_answered;
            });
        }
    }
    ~LoginBurst() { join(); }

    void start()
    {
        if (!m_started) {
            m_started = true;
            m_start.count_down();
        }
    }
    LoginBurst(const LoginBurst&) = delete;
    LoginBurst& operator=(const LoginBurst&) = delete;

    int answered() const { return m_answered; }
    const std::vector<Reply>& join()
    {
        start();
        for (std::thread& thread : m_threads) {
            if (thread.joinable()) {
                thread.join();
            }
        }
        return m_replies;
    }

private:
    std::vector<Reply> m_replies;
    std::latch m_start;
    bool m_started = false;
    std::atomic<int> m_answered = 0;
    std::vector<std::thread> m_threads;
};

int countStatus(const std::vector<Reply>& replies, int status)
{
    return int(std::count_if(replies.begin(), replies.end(), [status](const Reply& r) { return r.status == status; }));
}

/// A server with 16 connection and 16 database threads (ApiTest's has 4 connection threads), so that every login of a
/// burst is handled at once rather than queued behind the others.
class LoginConcurrencyTest : public ApiTest
{
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        if (HasFatalFailure() || IsSkipped()) {
            return;
        }
        HttpsServer::Options options;
        options.threads = kBurst;
        options.databaseThreads = kBurst;
        options.certificatePath = TestCertificate::get().certificatePath;
        options.keyPath = TestCertificate::get().keyPath;
        auto server = HttpsServer::start(storage(), options);
        ASSERT_TRUE(server.ok()) << qPrintable(server.error().message);
        m_wideServer = std::move(server).value();
        // The decoy hash is made on the first login of the process, in a slot of its own; make it now,
        // not while a test holds every slot.
        ASSERT_EQ(send("POST", "/api/v1/session", {}, loginBody(u"warm-up"_s, u"x"_s)).status, 401);
        hashingSlots().resetPeak();
    }
    void TearDown() override
    {
        m_wideServer.reset();
        ApiTest::TearDown();
    }

    quint16 widePort() const { return m_wideServer->port(); }
    static HashingSlots& hashingSlots() { return PasswordHasher::hashingSlots(); }

    /// Every slot, so that no password is checked until the test lets go.
    static std::vector<HashingSlots::Permit> holdAllSlots()
    {
        std::vector<HashingSlots::Permit> held;
        while (int(held.size()) < hashingSlots().capacity()) {
            auto permit = hashingSlots().acquire(PasswordHasher::kMaxSlotWait);
            if (!permit) {
                ADD_FAILURE() << "no free hashing slot";
                break;
            }
            held.push_back(std::move(*permit));
        }
        return held;
    }

private:
    std::unique_ptr<HttpsServer> m_wideServer;
};

TEST_P(LoginConcurrencyTest, SixteenAtOnceForOneIdCheckFivePasswords)
{
    std::vector<std::string> bodies(kBurst, loginBody(QString::fromLatin1(kVsysIdA), u"wrong password"_s));
    bodies[7] = loginBody(QString::fromLatin1(kVsysIdA), QString::fromLatin1(kPassword));

    LoginBurst burst(widePort(), bodies);
    std::vector<HashingSlots::Permit> held = holdAllSlots();
    const quint64 grantedBefore = hashingSlots().statistics().granted;
    burst.start();
    // Every login is either answered already or waiting for a slot to check its password.
    ASSERT_TRUE(waitUntil([&] { return burst.answered() + hashingSlots().statistics().waiting == kBurst; }));
    EXPECT_EQ(hashingSlots().statistics().waiting, kChecksBeforeLock);
    EXPECT_EQ(burst.answered(), kBurst - kChecksBeforeLock);
    held.clear();

    const std::vector<Reply>& replies = burst.join();
    EXPECT_EQ(hashingSlots().statistics().granted - grantedBefore, quint64(kChecksBeforeLock));
    EXPECT_EQ(countStatus(replies, 429), kBurst - kChecksBeforeLock);
    for (const Reply& reply : replies) {
        if (reply.status == 429) {
            EXPECT_EQ(reply.json().value(u"error"_s).toString(), u"too_many_attempts"_s);
            EXPECT_EQ(reply.json().value(u"message"_s).toString(),
                      u"このV-SYS IDはログインの失敗が続いたため、一時的にロックされています。"
                      u"約1分待ってからもう一度お試しください。"_s);
            // The rest of the minute from the fifth attempt on, rounded up.
            const int retryAfter = std::stoi(reply.header("Retry-After"));
            EXPECT_GE(retryAfter, 1);
            EXPECT_LE(retryAfter, 60);
        }
    }
    // The right password is checked only when it came among the first five; then it logs in and
    // ends the run of failures, else the ID stays locked after five.
    const int successes = countStatus(replies, 201);
    ASSERT_LE(successes, 1);
    EXPECT_EQ(countStatus(replies, 401), kChecksBeforeLock - successes);
    if (successes == 1) {
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM login_failure"_s).toInt(), 0);
    } else {
        EXPECT_EQ(scalar(u"SELECT consecutive_failures FROM login_failure WHERE vsys_id = :id"_s,
                         {{u"id"_s, QString::fromLatin1(kVsysIdA)}})
                      .toInt(),
                  kChecksBeforeLock);
    }
}

TEST_P(LoginConcurrencyTest, SixteenWrongPasswordsAtOnceGetFive401AndEleven429)
{
    const quint64 grantedBefore = hashingSlots().statistics().granted;
    LoginBurst burst(widePort(), std::vector(kBurst, loginBody(QString::fromLatin1(kVsysIdB), u"guess"_s)));
    const std::vector<Reply>& replies = burst.join();

    EXPECT_EQ(countStatus(replies, 401), kChecksBeforeLock);
    EXPECT_EQ(countStatus(replies, 429), kBurst - kChecksBeforeLock);
    EXPECT_EQ(hashingSlots().statistics().granted - grantedBefore, quint64(kChecksBeforeLock));
    EXPECT_LE(hashingSlots().statistics().peakInUse, PasswordHasher::kConcurrentHashes);
    EXPECT_EQ(scalar(u"SELECT consecutive_failures FROM login_failure WHERE vsys_id = :id"_s,
                     {{u"id"_s, QString::fromLatin1(kVsysIdB)}})
                  .toInt(),
              kChecksBeforeLock);
    // The other venue's ID is not affected.
    EXPECT_EQ(
        send("POST", "/api/v1/session", {}, loginBody(QString::fromLatin1(kVsysIdA), QString::fromLatin1(kPassword)))
            .status,
        201);
}

TEST_P(LoginConcurrencyTest, MalformedIdsWaitForTheSameSlots)
{
    LoginBurst burst(widePort(), std::vector(kBurst, loginBody(u"13-ABC"_s, u"guess"_s)));
    std::vector<HashingSlots::Permit> held = holdAllSlots();
    const quint64 grantedBefore = hashingSlots().statistics().granted;
    burst.start();
    ASSERT_TRUE(waitUntil([&] { return burst.answered() + hashingSlots().statistics().waiting == kBurst; }));
    EXPECT_EQ(burst.answered(), 0);
    held.clear();

    const std::vector<Reply>& replies = burst.join();
    EXPECT_EQ(countStatus(replies, 401), kBurst);
    EXPECT_EQ(hashingSlots().statistics().granted - grantedBefore, quint64(kBurst));
    EXPECT_LE(hashingSlots().statistics().peakInUse, PasswordHasher::kConcurrentHashes);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Databases,
                         LoginConcurrencyTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace vsys::server::test
