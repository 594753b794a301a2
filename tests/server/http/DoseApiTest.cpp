// SPDX-License-Identifier: MIT
// Tests of the 接種台帳 endpoints (POST, GET /doses, GET /doses/{id}): the record is kept as the desk made it
// with the session's V-SYS ID, a resend is harmless and other content under a taken id is a conflict, a
// correction must supersede a record of the same venue, values are bounded, venues are isolated, the cap holds
// under concurrency, paging, and GET /changes; over HTTPS, on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "server/service/VenueLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <latch>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// A dose as the desk sends it: 3回目 on a 千代田区 ticket.
QJsonObject dose(const QString& id, const QString& ticket = u"131310160000001234"_s)
{
    return {{u"id"_s, id},
            {u"supersedes"_s, u""_s},
            {u"voided"_s, false},
            {u"reason"_s, u""_s},
            {u"administered_at"_s, u"2022-03-14T09:05"_s},
            {u"ticket"_s, ticket},
            {u"kind"_s, u"vaccination"_s},
            {u"age"_s, u"6plus"_s},
            {u"form"_s, u"new"_s},
            {u"sheet"_s, u"attached"_s},
            {u"vaccine"_s, u"moderna_workplace"_s},
            {u"desk"_s, u"受付1"_s},
            {u"entered_by"_s, u"1310000033"_s},
            {u"entered_at"_s, u"2022-03-14T00:05:30.000Z"_s}};
}

QJsonObject correction(const QString& id, const QString& supersedes)
{
    QJsonObject corrected = dose(id);
    corrected.insert(u"supersedes"_s, supersedes);
    corrected.insert(u"kind"_s, u"screening_only"_s);
    corrected.insert(u"reason"_s, u"予診の結果、接種しなかった"_s);
    return corrected;
}

std::string text(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

class DoseApiTest : public ApiTest
{
protected:
    Reply post(const std::string& token, const QJsonObject& body)
    {
        return send("POST", "/api/v1/doses", token, text(body));
    }

    int doseRows(const QString& venueId)
    {
        return scalar(u"SELECT COUNT(*) FROM dose WHERE venue_id = :venue"_s, {{u"venue"_s, venueId}}).toInt();
    }

    /// `count` records of venue A stored directly in one statement, numbered 1…count (ids ffffffff-…-n).
    void insertDoses(int count)
    {
        const QJsonObject data = dose(u"ffffffff-0000-4000-8000-000000000000"_s);
        const QString number
            = storage().isPostgres() ? u"lpad(CAST(n AS TEXT), 12, '0')"_s : u"substr('000000000000' || n, -12, 12)"_s;
        const QString sql = u"WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < "
                            ":count) INSERT INTO dose (id, venue_id, number, supersedes, administered_at, ticket, "
                            "data, received_by, received_at) SELECT 'ffffffff-0000-4000-8000-' || %1, :venue, n, NULL, "
                            "'2022-03-14T09:05', '131310160000001234', :data, '1310000033', "
                            "'2022-03-14T00:05:30.000Z' FROM counter"_s.arg(number);
        ASSERT_TRUE(
            storage().run(sql,
                          {{u"count"_s, count},
                           {u"venue"_s, m_venueA},
                           {u"data"_s, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))}}));
    }
};

TEST_P(DoseApiTest, ADoseIsStoredAsTheDeskMadeItWithTheSessionsVsysIdAndReadBack)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    QJsonObject sent = dose(id);
    // Who sent it is the session's V-SYS ID, not what the body says.
    sent.insert(u"entered_by"_s, u"1310000017"_s);
    const Reply created = post(token, sent);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string expected
        = (uR"({"administered_at":"2022-03-14T09:05","age":"6plus","desk":"受付1","entered_at":"2022-03-14T00:05:30.000Z","entered_by":"1310000033","form":"new","id":")"_s
           + id
           + uR"(","kind":"vaccination","reason":"","sheet":"attached","supersedes":"","ticket":"131310160000001234","vaccine":"moderna_workplace","voided":false})"_s)
              .toStdString();
    EXPECT_EQ(created.body, expected);

    const Reply one = get("/api/v1/doses/" + id.toStdString(), token);
    EXPECT_EQ(one.status, 200);
    EXPECT_EQ(one.body, expected);
    // The server keeps no more than the record: no name, no birth date, nothing but its keys.
    EXPECT_EQ(scalar(u"SELECT data FROM dose WHERE id = :id"_s, {{u"id"_s, id}}).toString().toStdString(), expected);

    // The venue's other desks get it through /changes.
    const QJsonArray changes = get("/api/v1/changes?since=0", token).json().value(u"changes"_s).toArray();
    const auto change = std::find_if(changes.begin(), changes.end(), [](const QJsonValue& value) {
        return value.toObject().value(u"kind"_s).toString() == u"dose"_s;
    });
    ASSERT_NE(change, changes.end());
    EXPECT_EQ(change->toObject().value(u"id"_s).toString(), id);
    EXPECT_EQ(text(change->toObject().value(u"data"_s).toObject()), expected);
}

TEST_P(DoseApiTest, AResendIsAnsweredWithTheFirstAnswerAndOtherContentUnderATakenIdIs409)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    const Reply first = post(token, dose(id));
    ASSERT_EQ(first.status, 201) << first.body;
    const Reply again = post(token, dose(id));
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(doseRows(m_venueA), 1);

    QJsonObject other = dose(id);
    other.insert(u"age"_s, u"under6"_s);
    const Reply conflict = post(token, other);
    EXPECT_EQ(conflict.status, 409) << conflict.body;
    EXPECT_EQ(conflict.json().value(u"error"_s).toString(), u"version_conflict"_s);
    EXPECT_EQ(conflict.json().value(u"field"_s).toString(), u"id"_s);
    EXPECT_EQ(text(conflict.json().value(u"server_copy"_s).toObject()), first.body);
    EXPECT_EQ(doseRows(m_venueA), 1);

    // Another venue cannot take the id, nor see the record through the conflict.
    const Reply taken = post(login(kVsysIdB), dose(id, u"132712760000000001"_s));
    EXPECT_EQ(taken.status, 409);
    EXPECT_FALSE(taken.json().contains(u"server_copy"_s));
    EXPECT_EQ(doseRows(m_venueB), 0);
}

TEST_P(DoseApiTest, ACorrectionMustSupersedeARecordOfTheSameVenue)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const QString first = newId();
    ASSERT_EQ(post(tokenA, dose(first)).status, 201);

    const Reply foreign = post(tokenB, correction(newId(), first));
    EXPECT_EQ(foreign.status, 400) << foreign.body;
    EXPECT_EQ(foreign.json().value(u"field"_s).toString(), u"supersedes"_s);
    const Reply unknown = post(tokenA, correction(newId(), newId()));
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(unknown.json().value(u"field"_s).toString(), u"supersedes"_s);

    const QString corrected = newId();
    const Reply accepted = post(tokenA, correction(corrected, first));
    ASSERT_EQ(accepted.status, 201) << accepted.body;
    EXPECT_EQ(accepted.json().value(u"supersedes"_s).toString(), first);
    // Both records are kept: the history is whole.
    EXPECT_EQ(doseRows(m_venueA), 2);
    EXPECT_EQ(doseRows(m_venueB), 0);
}

TEST_P(DoseApiTest, AnotherVenuesDoseIs404AndNotInItsListOrChanges)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const QString id = newId();
    ASSERT_EQ(post(tokenA, dose(id)).status, 201);

    const Reply other = get("/api/v1/doses/" + id.toStdString(), tokenB);
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.json().value(u"error"_s).toString(), u"not_found"_s);
    EXPECT_EQ(get("/api/v1/doses/not-a-uuid", tokenB).status, 404);
    EXPECT_TRUE(get("/api/v1/doses", tokenB).json().value(u"doses"_s).toArray().isEmpty());
    for (const QJsonValue& change : get("/api/v1/changes?since=0", tokenB).json().value(u"changes"_s).toArray()) {
        EXPECT_NE(change.toObject().value(u"id"_s).toString(), id);
    }
    EXPECT_EQ(get("/api/v1/doses", {}).status, 401);
}

TEST_P(DoseApiTest, EveryValueIsCheckedAndTheRefusalNamesTheKey)
{
    const std::string token = login(kVsysIdA);
    const auto fieldOf = [&](const QString& key, const QJsonValue& value) {
        QJsonObject changed = dose(newId());
        if (value.isUndefined()) {
            changed.remove(key);
        } else {
            changed.insert(key, value);
        }
        const Reply refused = post(token, changed);
        EXPECT_EQ(refused.status, 400) << refused.body;
        EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_field"_s);
        return refused.json().value(u"field"_s).toString();
    };
    EXPECT_EQ(fieldOf(u"id"_s, u"ABC"_s), u"id"_s);
    EXPECT_EQ(fieldOf(u"ticket"_s, u"13131016000000123"_s), u"ticket"_s);
    // A wrong check digit of the 市町村コード (131016 → 131017).
    EXPECT_EQ(fieldOf(u"ticket"_s, u"131310170000001234"_s), u"ticket"_s);
    EXPECT_EQ(fieldOf(u"ticket"_s, u"13-131016-0000001234"_s), u"ticket"_s);
    EXPECT_EQ(fieldOf(u"kind"_s, u"booster"_s), u"kind"_s);
    EXPECT_EQ(fieldOf(u"age"_s, QJsonValue::Undefined), u"age"_s);
    EXPECT_EQ(fieldOf(u"administered_at"_s, u"2022/03/14 09:05"_s), u"administered_at"_s);
    EXPECT_EQ(fieldOf(u"reason"_s, QString(201, u'訂')), u"reason"_s);
    EXPECT_EQ(fieldOf(u"desk"_s, QString(65, u'x')), u"desk"_s);
    EXPECT_EQ(fieldOf(u"name"_s, u"山田太郎"_s), u"name"_s);
    EXPECT_EQ(fieldOf(u"birth_date"_s, u"1980-01-01"_s), u"birth_date"_s);
    EXPECT_EQ(doseRows(m_venueA), 0);
}

TEST_P(DoseApiTest, ConcurrentDosesCannotPassTheVenuesCap)
{
    EXPECT_EQ(venueLimits::kMaxDoseEntries, 200'000);
    insertDoses(venueLimits::kMaxDoseEntries - 1);
    ASSERT_EQ(doseRows(m_venueA), venueLimits::kMaxDoseEntries - 1);
    const std::string token = login(kVsysIdA);
    constexpr int kRacers = 8;
    std::latch start(kRacers);
    std::vector<Reply> replies(kRacers);
    std::vector<std::thread> racers;
    for (int i = 0; i < kRacers; ++i) {
        racers.emplace_back([&, i] {
            const QJsonObject body = dose(newId());
            start.arrive_and_wait();
            replies[size_t(i)] = post(token, body);
        });
    }
    for (std::thread& racer : racers) {
        racer.join();
    }
    int created = 0;
    for (const Reply& reply : replies) {
        if (reply.status == 201) {
            ++created;
            continue;
        }
        EXPECT_EQ(reply.status, 409) << reply.body;
        EXPECT_EQ(reply.json().value(u"error"_s).toString(), u"too_many_doses"_s);
        EXPECT_FALSE(reply.json().value(u"message"_s).toString().isEmpty());
    }
    EXPECT_EQ(created, 1);
    EXPECT_EQ(doseRows(m_venueA), venueLimits::kMaxDoseEntries);
    // Another venue is not affected.
    EXPECT_EQ(post(login(kVsysIdB), dose(newId())).status, 201);
}

TEST_P(DoseApiTest, TheListIsPagedInTheOrderTheServerStoredThem)
{
    const std::string token = login(kVsysIdA);
    QStringList ids;
    for (int i = 0; i < 60; ++i) {
        ids.append(newId());
        ASSERT_EQ(post(token, dose(ids.last())).status, 201);
    }
    QStringList seen;
    std::vector<qsizetype> sizes;
    std::string path = "/api/v1/doses";
    for (int guard = 0; guard < 10; ++guard) {
        const QJsonObject page = get(path, token).json();
        const QJsonArray doses = page.value(u"doses"_s).toArray();
        sizes.push_back(doses.size());
        for (const QJsonValue& entry : doses) {
            seen.append(entry.toObject().value(u"id"_s).toString());
        }
        if (page.value(u"next"_s).isNull()) {
            break;
        }
        path = "/api/v1/doses?after=" + page.value(u"next"_s).toString().toStdString();
    }
    EXPECT_EQ(sizes, (std::vector<qsizetype>{50, 10}));
    EXPECT_EQ(seen, ids);
    EXPECT_EQ(get("/api/v1/doses?limit=7", token).json().value(u"doses"_s).toArray().size(), 7);
    for (const std::string& bad : {std::string("?after=x"), std::string("?after=0"), std::string("?limit=0")}) {
        const Reply refused = get("/api/v1/doses" + bad, token);
        EXPECT_EQ(refused.status, 400) << bad;
        EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_field"_s) << bad;
    }
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Databases, DoseApiTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace vsys::server::test
