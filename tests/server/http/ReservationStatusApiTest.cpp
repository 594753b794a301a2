// SPDX-License-Identifier: MIT
// Tests of the 予約受付状態 endpoint (PUT /venue/reservation-status): one status per venue with its
// history, the Idempotency-Key, the venue's other V-SYS IDs told through GET /venue and /changes, bounded
// values, venue isolation, and vsysdesk-admin reservation-status with its pages; over HTTPS, on SQLite and
// PostgreSQL.
#include "ServerTestSupport.h"
#include "server/service/ReservationStatusService.h"
#include "server/service/VenueLimits.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

/// A second V-SYS ID of venue A (its 追加接種用 ID).
constexpr const char* kSecondVsysIdA = "1310000041";

class ReservationStatusApiTest : public ApiTest
{
protected:
    Reply putStatus(const std::string& token, const std::string& body, const std::string& key)
    {
        return send("PUT", "/api/v1/venue/reservation-status", token, body, {{"Idempotency-Key", key}});
    }

    QJsonObject statusOf(const std::string& token)
    {
        const Reply venue = get("/api/v1/venue", token);
        EXPECT_EQ(venue.status, 200) << venue.body;
        return venue.json().value(u"reservation_status"_s).toObject();
    }

    qint64 cursor(const std::string& token)
    {
        return qint64(get("/api/v1/changes?since=0", token).json().value(u"cursor"_s).toDouble());
    }

    int historyRows(const QString& venueId)
    {
        return scalar(u"SELECT COUNT(*) FROM reservation_status_history WHERE venue_id = :venue"_s,
                      {{u"venue"_s, venueId}})
            .toInt();
    }
};

TEST_P(ReservationStatusApiTest, AVenueStartsUnregistered)
{
    const std::string token = login(kVsysIdA);
    EXPECT_EQ(statusOf(token),
              (QJsonObject{{u"status"_s, u"unregistered"_s},
                           {u"changed_at"_s, QJsonValue::Null},
                           {u"changed_by"_s, QJsonValue::Null}}));
}

TEST_P(ReservationStatusApiTest, TheStatusIsStoredPerVenueWithItsHistoryAndToldToTheOtherIds)
{
    ASSERT_EQ(admin({u"create-account"_s, u"--venue"_s, m_venueA, u"--vsys-id"_s, QString::fromLatin1(kSecondVsysIdA),
                     u"--password-stdin"_s},
                    QString::fromLatin1(kPassword))
                  .exitCode,
              0);
    const std::string first = login(kVsysIdA);
    const std::string second = login(kSecondVsysIdA);
    const qint64 since = cursor(second);

    const Reply set = putStatus(first, R"({"status":"few_left"})", "8a4c1f7e-0d7e-4d43-9c55-1b1f1e2f0a01");
    ASSERT_EQ(set.status, 200) << set.body;
    // The bytes on the wire: the state, with who and when.
    const QString changedAt = set.json().value(u"changed_at"_s).toString();
    EXPECT_EQ(
        set.body,
        (uR"({"changed_at":")"_s + changedAt + uR"(","changed_by":"1310000033","status":"few_left"})"_s).toStdString());
    EXPECT_TRUE(QDateTime::fromString(changedAt, Qt::ISODateWithMs).isValid());

    // The venue's other V-SYS ID sees it: in GET /venue and as a venue change in /changes.
    EXPECT_EQ(statusOf(second), set.json());
    const QJsonArray changes
        = get("/api/v1/changes?since=" + std::to_string(since), second).json().value(u"changes"_s).toArray();
    ASSERT_EQ(changes.size(), 1);
    const QJsonObject change = changes.first().toObject();
    EXPECT_EQ(change.value(u"kind"_s).toString(), u"venue"_s);
    EXPECT_EQ(change.value(u"id"_s).toString(), m_venueA);
    EXPECT_EQ(change.value(u"data"_s).toObject().value(u"reservation_status"_s).toObject(), set.json());

    // The second ID changes it back: one status for the venue, two rows of history (who, old → new).
    ASSERT_EQ(putStatus(second, R"({"status":"available"})", "8a4c1f7e-0d7e-4d43-9c55-1b1f1e2f0a02").status, 200);
    EXPECT_EQ(statusOf(first).value(u"status"_s).toString(), u"available"_s);
    EXPECT_EQ(statusOf(first).value(u"changed_by"_s).toString(), QString::fromLatin1(kSecondVsysIdA));
    EXPECT_EQ(scalar(u"SELECT vsys_id || ':' || old_status || '>' || new_status FROM reservation_status_history "
                     "WHERE venue_id = :venue ORDER BY seq DESC"_s,
                     {{u"venue"_s, m_venueA}})
                  .toString(),
              u"1310000041:few_left>available"_s);
    EXPECT_EQ(historyRows(m_venueA), 2);
}

TEST_P(ReservationStatusApiTest, AResendWithTheSameKeyRepeatsTheFirstAnswerAndWritesNoSecondRow)
{
    const std::string token = login(kVsysIdA);
    const std::string key = "0e0b7d55-6a55-4b8e-9f0a-c0ffee000001";
    const Reply first = putStatus(token, R"({"status":"not_accepting"})", key);
    ASSERT_EQ(first.status, 200) << first.body;
    ASSERT_EQ(putStatus(token, R"({"status":"available"})", "0e0b7d55-6a55-4b8e-9f0a-c0ffee000002").status, 200);

    const Reply again = putStatus(token, R"({"status":"not_accepting"})", key);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(historyRows(m_venueA), 2);
    EXPECT_EQ(statusOf(token).value(u"status"_s).toString(), u"available"_s);

    // The same status again is no change: no history row, nothing new in the feed.
    const qint64 since = cursor(token);
    ASSERT_EQ(putStatus(token, R"({"status":"available"})", "0e0b7d55-6a55-4b8e-9f0a-c0ffee000003").status, 200);
    EXPECT_EQ(historyRows(m_venueA), 2);
    EXPECT_EQ(cursor(token), since);
}

TEST_P(ReservationStatusApiTest, OnlyTheFiveStatusesAreStoredAndTheRefusalNamesTheField)
{
    const std::string token = login(kVsysIdA);
    for (const std::string& body : {std::string(R"({"status":"open"})"), std::string(R"({"status":1})"),
                                    std::string(R"({})"), R"({"status":")" + std::string(5000, 'x') + R"("})"}) {
        const Reply refused = putStatus(token, body, "k-" + std::to_string(body.size()));
        EXPECT_EQ(refused.status, 400) << body;
        EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_field"_s);
        EXPECT_EQ(refused.json().value(u"field"_s).toString(), u"status"_s);
        EXPECT_EQ(
            refused.json().value(u"message"_s).toString(),
            u"予約受付状態：available、few_left、not_accepting、not_required、unregistered のいずれかを指定してください。"_s);
    }
    EXPECT_EQ(putStatus(token, R"({"status":"available"})", "").json().value(u"error"_s).toString(),
              u"missing_idempotency_key"_s);
    EXPECT_EQ(putStatus(token, R"({"status":"available"})", std::string(129, 'k')).status, 400);
    EXPECT_EQ(putStatus({}, R"({"status":"available"})", "k-unauthorized").status, 401);
    EXPECT_EQ(historyRows(m_venueA), 0);
    EXPECT_EQ(statusOf(token).value(u"status"_s).toString(), u"unregistered"_s);
}

TEST_P(ReservationStatusApiTest, AVenueCanNeitherChangeNorSeeAnothersStatus)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const qint64 sinceB = cursor(tokenB);

    ASSERT_EQ(putStatus(tokenA, R"({"status":"few_left"})", "shared-key").status, 200);
    // The same key from B is B's own action, on B's own venue.
    ASSERT_EQ(putStatus(tokenB, R"({"status":"not_required"})", "shared-key").status, 200);
    // There is no address for another venue's status, and a venue id in the body is not read.
    EXPECT_EQ(send("PUT", "/api/v1/venue/" + m_venueA.toStdString() + "/reservation-status", tokenB,
                   R"({"status":"unregistered"})", {{"Idempotency-Key", "k-path"}})
                  .status,
              404);
    ASSERT_EQ(
        putStatus(tokenB, R"({"status":"available","venue_id":")" + m_venueA.toStdString() + R"("})", "k-body").status,
        200);

    EXPECT_EQ(statusOf(tokenA).value(u"status"_s).toString(), u"few_left"_s);
    EXPECT_EQ(statusOf(tokenB).value(u"status"_s).toString(), u"available"_s);
    EXPECT_EQ(historyRows(m_venueA), 1);
    EXPECT_EQ(historyRows(m_venueB), 2);
    for (const QJsonValue& change :
         get("/api/v1/changes?since=" + std::to_string(sinceB), tokenB).json().value(u"changes"_s).toArray()) {
        EXPECT_EQ(change.toObject().value(u"id"_s).toString(), m_venueB);
    }
}

TEST_P(ReservationStatusApiTest, TheAdminToolShowsTheStatusAndItsHistoryPageByPage)
{
    const std::string token = login(kVsysIdA);
    const QStringList statuses{u"available"_s, u"few_left"_s};
    const int changes = ReservationStatusService::kHistoryPageSize + 2;
    for (int i = 0; i < changes; ++i) {
        const std::string body = R"({"status":")" + statuses.at(i % 2).toStdString() + R"("})";
        ASSERT_EQ(putStatus(token, body, "k-admin-" + std::to_string(i)).status, 200);
    }

    const AdminRun first = admin({u"reservation-status"_s, m_venueA});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject page1 = QJsonDocument::fromJson(first.out.toUtf8()).object();
    EXPECT_EQ(page1.value(u"venue_id"_s).toString(), m_venueA);
    EXPECT_EQ(page1.value(u"status"_s).toString(), u"few_left"_s);
    EXPECT_EQ(page1.value(u"changed_by"_s).toString(), QString::fromLatin1(kVsysIdA));
    EXPECT_EQ(page1.value(u"page"_s).toInt(), 1);
    EXPECT_EQ(page1.value(u"pages"_s).toInt(), 2);
    const QJsonArray newest = page1.value(u"history"_s).toArray();
    ASSERT_EQ(newest.size(), ReservationStatusService::kHistoryPageSize);
    const QJsonObject latest = newest.first().toObject();
    EXPECT_EQ(latest.value(u"vsys_id"_s).toString(), QString::fromLatin1(kVsysIdA));
    EXPECT_EQ(latest.value(u"from"_s).toString(), u"available"_s);
    EXPECT_EQ(latest.value(u"to"_s).toString(), u"few_left"_s);
    EXPECT_EQ(latest.value(u"changed_at"_s).toString(), page1.value(u"changed_at"_s).toString());

    const AdminRun second = admin({u"reservation-status"_s, m_venueA, u"--page"_s, u"2"_s});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    const QJsonArray oldest = QJsonDocument::fromJson(second.out.toUtf8()).object().value(u"history"_s).toArray();
    ASSERT_EQ(oldest.size(), 2);
    EXPECT_EQ(oldest.last().toObject().value(u"from"_s).toString(), u"unregistered"_s);

    EXPECT_EQ(admin({u"reservation-status"_s, m_venueA, u"--page"_s, u"3"_s}).exitCode, 1);
    EXPECT_EQ(admin({u"reservation-status"_s, u"00000000-0000-4000-8000-000000000000"_s}).exitCode, 1);
    EXPECT_EQ(admin({u"reservation-status"_s}).exitCode, 2);
    // B's venue has its own (empty) history.
    const AdminRun other = admin({u"reservation-status"_s, m_venueB});
    EXPECT_TRUE(QJsonDocument::fromJson(other.out.toUtf8()).object().value(u"history"_s).toArray().isEmpty());
}

TEST_P(ReservationStatusApiTest, TheHistoryKeepsTheNewestChangesOnly)
{
    EXPECT_EQ(venueLimits::kReservationStatusHistory, 1000);
    ReservationStatusService statuses(storage(), 3);
    const VenueSession session{{}, QString::fromLatin1(kVsysIdA), m_venueA};
    const QStringList keys{u"available"_s, u"few_left"_s, u"not_accepting"_s, u"not_required"_s, u"available"_s};
    for (const QString& key : keys) {
        ASSERT_TRUE(statuses.set(session, {{u"status"_s, key}}).ok());
    }
    EXPECT_EQ(historyRows(m_venueA), 3);
    EXPECT_EQ(scalar(u"SELECT MIN(old_status) || '>' || MIN(new_status) FROM reservation_status_history WHERE seq = "
                     "(SELECT MIN(seq) FROM reservation_status_history WHERE venue_id = :venue)"_s,
                     {{u"venue"_s, m_venueA}})
                  .toString(),
              u"few_left>not_accepting"_s);
    // Another venue's history is not touched.
    ASSERT_TRUE(statuses.set({{}, QString::fromLatin1(kVsysIdB), m_venueB}, {{u"status"_s, u"few_left"_s}}).ok());
    EXPECT_EQ(historyRows(m_venueA), 3);
    EXPECT_EQ(historyRows(m_venueB), 1);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         ReservationStatusApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
