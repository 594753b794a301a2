// SPDX-License-Identifier: MIT
// Tests of GET /changes as a feed (issue 17): the exact bytes of a page, a full resync that sends each record
// once with its latest state, cursors that miss nothing, and the statements a page costs; on SQLite and
// PostgreSQL.
#include "ServerTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <map>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

class ChangesFeedTest : public ApiTest
{
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        if (!IsSkipped()) {
            m_token = login(kVsysIdA);
        }
    }

    Reply feed(qint64 since, int limit = 0)
    {
        std::string path = "/api/v1/changes?since=" + std::to_string(since);
        if (limit > 0) {
            path += "&limit=" + std::to_string(limit);
        }
        return get(path, m_token);
    }

    /// The newest sequence number of the log: the cursor a client has after reading everything.
    qint64 lastSeq() { return scalar(u"SELECT COALESCE(MAX(seq), 0) FROM change_log"_s).toLongLong(); }

    /// Saves application `id` (a new draft, or the next version of it) and returns its version.
    int save(const QString& id, const QJsonObject& content)
    {
        const int version = m_versions[id];
        const Reply reply = putApplication(m_token, id, content, version);
        EXPECT_EQ(reply.status, version == 0 ? 201 : 200) << reply.body;
        m_versions[id] = version + 1;
        return version + 1;
    }

    /// The feed's item for the application as GET /applications/{id} sends it.
    std::string applicationItem(const QString& id)
    {
        const Reply record = get("/api/v1/applications/" + id.toStdString(), m_token);
        EXPECT_EQ(record.status, 200);
        return "{\"data\":" + record.body + ",\"id\":\"" + id.toStdString() + "\",\"kind\":\"application\"}";
    }

    /// Follows `next` from `since` with pages of `limit`; returns the (kind, id) of every item, in order, and
    /// checks that each item's data is the record as it is now.
    std::vector<std::string> readAll(qint64 since, int limit)
    {
        std::vector<std::string> items;
        for (int pages = 0; pages < 100; ++pages) {
            const Reply page = feed(since, limit);
            EXPECT_EQ(page.status, 200) << page.body;
            const QJsonObject json = page.json();
            for (const QJsonValue& value : json.value(u"changes"_s).toArray()) {
                const QJsonObject item = value.toObject();
                const QString id = item.value(u"id"_s).toString();
                items.push_back(item.value(u"kind"_s).toString().toStdString() + ':' + id.toStdString());
                if (item.value(u"kind"_s).toString() == u"application"_s) {
                    EXPECT_EQ(item.value(u"data"_s).toObject().value(u"version"_s).toInt(), m_versions[id]);
                }
            }
            if (json.value(u"next"_s).isNull()) {
                return items;
            }
            since = qint64(json.value(u"next"_s).toDouble());
        }
        ADD_FAILURE() << "the feed did not end";
        return items;
    }

    /// The statements the server ran to answer GET /changes?since=&limit=.
    quint64 statementsOf(qint64 since, int limit)
    {
        const quint64 before = storage().statementCount();
        const Reply page = feed(since, limit);
        EXPECT_EQ(page.status, 200) << page.body;
        return storage().statementCount() - before;
    }

    std::string m_token;
    std::map<QString, int> m_versions;
};

TEST_P(ChangesFeedTest, APageIsTheRecordsByteForByteInTheOrderOfTheirLatestChange)
{
    const qint64 start = lastSeq();
    const QString first = newId();
    const QString second = newId();
    // Stored JSON passed through as it is: nesting, Japanese text, escapes, numbers.
    save(first,
         {{u"company"_s, QJsonObject{{u"name"_s, u"株式会社テスト \"本社\"\n"_s}, {u"phone"_s, u"0312345678"_s}}},
          {u"supplies"_s, QJsonObject{{u"gloves"_s, true}}},
          {u"count"_s, 12}});
    save(second, {{u"venue"_s, QJsonObject{{u"name"_s, u"第二会場"_s}}}});
    const Reply status = send("PUT", "/api/v1/venue/reservation-status", m_token, R"({"status":"few_left"})",
                              {{"Idempotency-Key", newId().toStdString()}});
    ASSERT_EQ(status.status, 200) << status.body;
    save(first, {{u"company"_s, QJsonObject{{u"name"_s, u"株式会社テスト（変更後）"_s}}}});

    const Reply venue = get("/api/v1/venue", m_token);
    ASSERT_EQ(venue.status, 200);
    const std::string expected = "{\"changes\":[" + applicationItem(second) + ",{\"data\":" + venue.body + ",\"id\":\""
        + m_venueA.toStdString() + "\",\"kind\":\"venue\"}," + applicationItem(first)
        + "],\"cursor\":" + std::to_string(lastSeq()) + ",\"next\":null}";
    const Reply page = feed(start);
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(page.body, expected);

    // A page cut by its limit says where the next one starts.
    const Reply cut = feed(start, 2);
    const qint64 venueSeq
        = scalar(u"SELECT seq FROM change_log WHERE kind = 'venue' AND venue_id = :venue"_s, {{u"venue"_s, m_venueA}})
              .toLongLong();
    EXPECT_EQ(cut.body,
              "{\"changes\":[" + applicationItem(second) + ",{\"data\":" + venue.body + ",\"id\":\""
                  + m_venueA.toStdString() + "\",\"kind\":\"venue\"}],\"cursor\":" + std::to_string(venueSeq)
                  + ",\"next\":" + std::to_string(venueSeq) + "}");
    EXPECT_EQ(feed(venueSeq, 2).body,
              "{\"changes\":[" + applicationItem(first) + "],\"cursor\":" + std::to_string(lastSeq())
                  + ",\"next\":null}");
    EXPECT_EQ(feed(lastSeq()).body, "{\"changes\":[],\"cursor\":" + std::to_string(lastSeq()) + ",\"next\":null}");
}

TEST_P(ChangesFeedTest, AFullResyncSendsARecordEditedManyTimesOnceWithItsLatestState)
{
    const QString id = newId();
    for (int edit = 1; edit <= 60; ++edit) {
        save(id, {{u"edit"_s, edit}});
    }
    const Reply page = feed(0);
    ASSERT_EQ(page.status, 200);
    const QJsonArray changes = page.json().value(u"changes"_s).toArray();
    int found = 0;
    for (const QJsonValue& value : changes) {
        if (value.toObject().value(u"id"_s).toString() == id) {
            ++found;
            const QJsonObject data = value.toObject().value(u"data"_s).toObject();
            EXPECT_EQ(data.value(u"version"_s).toInt(), 60);
            EXPECT_EQ(data.value(u"content"_s).toObject(), (QJsonObject{{u"edit"_s, 60}}));
        }
    }
    EXPECT_EQ(found, 1);
    EXPECT_NE(page.body.find(applicationItem(id)), std::string::npos);
    // The log keeps the record's latest change only, so a resync reads one row, not its history.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM change_log WHERE entity_id = :id"_s, {{u"id"_s, id}}).toInt(), 1);
}

TEST_P(ChangesFeedTest, AClientResumingFromAnyCursorGetsEveryRecordChangedAfterIt)
{
    // Six records, some edited again later: after each write the cursor a client would hold.
    std::vector<QString> ids;
    for (int i = 0; i < 6; ++i) {
        ids.push_back(newId());
    }
    const std::vector<int> writes{0, 1, 2, 0, 3, 4, 1, 5, 0, 2};
    std::vector<qint64> cursors{lastSeq()};
    for (std::size_t i = 0; i < writes.size(); ++i) {
        save(ids.at(std::size_t(writes.at(i))), {{u"write"_s, int(i)}});
        cursors.push_back(lastSeq());
    }
    for (std::size_t from = 0; from < cursors.size(); ++from) {
        // Expected: each record written after the cursor, once, in the order of its last write.
        std::vector<std::string> expected;
        for (std::size_t i = from; i < writes.size(); ++i) {
            const std::string item = "application:" + ids.at(std::size_t(writes.at(i))).toStdString();
            std::erase(expected, item);
            expected.push_back(item);
        }
        for (const int limit : {1, 2, 50}) {
            EXPECT_EQ(readAll(cursors.at(from), limit), expected) << "from write " << from << ", limit " << limit;
        }
    }
}

TEST_P(ChangesFeedTest, AChangeWhileAClientPagesComesWithALaterPage)
{
    const qint64 start = lastSeq();
    std::vector<QString> ids;
    for (int i = 0; i < 4; ++i) {
        ids.push_back(newId());
        save(ids.back(), {{u"first"_s, i}});
    }
    const QJsonObject firstPage = feed(start, 2).json();
    ASSERT_EQ(firstPage.value(u"changes"_s).toArray().size(), 2);
    // The first record (already read) and the third (not yet) change between two pages.
    save(ids.at(0), {{u"second"_s, 0}});
    save(ids.at(2), {{u"second"_s, 2}});
    const std::vector<std::string> rest = readAll(qint64(firstPage.value(u"next"_s).toDouble()), 2);
    EXPECT_EQ(
        rest,
        (std::vector<std::string>{"application:" + ids.at(3).toStdString(), "application:" + ids.at(0).toStdString(),
                                  "application:" + ids.at(2).toStdString()}));
}

TEST_P(ChangesFeedTest, APageCostsTheSameStatementsWhateverItHolds)
{
    const qint64 start = lastSeq();
    // 20 drafts: the venue's cap of drafts.
    for (int i = 0; i < 20; ++i) {
        save(newId(), {{u"draft"_s, i}});
    }
    const quint64 empty = statementsOf(lastSeq(), 20);
    const quint64 one = statementsOf(start, 1);
    const quint64 twenty = statementsOf(start, 20);
    // The log, and then one statement for the applications not yet in the cache.
    EXPECT_EQ(one, empty + 1);
    EXPECT_EQ(twenty, one);
    // Sent before and unchanged since: the log alone.
    EXPECT_EQ(statementsOf(start, 20), empty);
    // One record changed: its new state is read, the others come from the cache.
    save(m_versions.begin()->first, {{u"changed"_s, true}});
    EXPECT_EQ(statementsOf(start, 20), empty + 1);
    EXPECT_EQ(readAll(start, 20).size(), 20U);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         ChangesFeedTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
