// SPDX-License-Identifier: MIT
// Tests of the per-venue quotas (record size, open drafts) and of the pages of GET /applications and
// GET /changes (server/service/VenueLimits.h); over HTTPS, on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ApplicationRepository.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/SqlTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <latch>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Content whose compact JSON is exactly `bytes` long: {"note":"xxx…"}.
QJsonObject contentOfSize(qsizetype bytes)
{
    const qsizetype framing = qsizetype(std::string_view(R"({"note":""})").size());
    return {{u"note"_s, QString(bytes - framing, u'x')}};
}

class QuotaAndPagingTest : public ApiTest
{
protected:
    /// Venue A's session, signed in on first use.
    const std::string& token()
    {
        if (m_token.empty()) {
            m_token = login(kVsysIdA);
        }
        return m_token;
    }

    /// Every page of GET `path`: each with `query` and `nextParam` set to the previous page's
    /// "next" (to `start` for the first, when given), until "next" is null.
    std::vector<QJsonObject> pages(const std::string& path,
                                   const std::string& nextParam,
                                   const std::string& query,
                                   std::optional<qint64> start = std::nullopt)
    {
        std::vector<QJsonObject> answers;
        std::string target = path + "?" + query;
        if (start) {
            target += (query.empty() ? "" : "&") + nextParam + "=" + std::to_string(*start);
        }
        for (int guard = 0; guard < 100; ++guard) {
            const Reply reply = get(target, token());
            EXPECT_EQ(reply.status, 200) << reply.body;
            EXPECT_LE(qsizetype(reply.body.size()), venueLimits::kMaxPageBytes + 4096);
            answers.push_back(reply.json());
            const QJsonValue next = answers.back().value(u"next"_s);
            if (next.isNull()) {
                return answers;
            }
            EXPECT_FALSE(next.isUndefined());
            target = path + "?" + query + (query.empty() ? "" : "&") + nextParam + "="
                + (next.isDouble() ? std::to_string(next.toInteger()) : next.toString().toStdString());
        }
        ADD_FAILURE() << "the pages never end";
        return answers;
    }

    /// The cursor after every change so far.
    qint64 currentCursor()
    {
        const auto all = pages("/api/v1/changes", "since", "");
        return all.empty() ? 0 : all.back().value(u"cursor"_s).toInteger();
    }

    /// `count` drafts of venue A written in ONE transaction, as a reviewer's batch would, with
    /// created_at shared by groups of seven so that the list's tie-break on id is crossed by pages.
    /// Returns their ids in the order of their changes.
    QStringList insertInOneTransaction(int count)
    {
        QStringList ids;
        SqlTransaction transaction(storage());
        EXPECT_TRUE(transaction.begin());
        const QDateTime base = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < count; ++i) {
            core::ApplicationRecord record;
            record.id = newId();
            record.status = core::ApplicationStatus::Draft;
            record.version = 1;
            record.content = {{u"index"_s, i}};
            record.createdAt = base.addMSecs(i / 7);
            record.updatedAt = record.createdAt;
            EXPECT_TRUE(ApplicationRepository(storage()).insert(m_venueA, record));
            EXPECT_TRUE(ChangeLog(storage()).record(m_venueA, ChangeKind::Application, record.id, record.updatedAt));
            ids.append(record.id);
            m_createdAt.insert(record.id, record.createdAt);
        }
        EXPECT_TRUE(transaction.commit());
        return ids;
    }

    /// What a run of pages held: the number of records in each, and their ids in order.
    struct Paged
    {
        std::vector<qsizetype> sizes;
        QStringList ids;
    };
    static Paged contentsOf(const std::vector<QJsonObject>& answers, const QString& listKey)
    {
        Paged paged;
        for (const QJsonObject& answer : answers) {
            const QJsonArray items = answer.value(listKey).toArray();
            paged.sizes.push_back(items.size());
            for (const QJsonValue& item : items) {
                paged.ids.append(item.toObject().value(u"id"_s).toString());
            }
        }
        return paged;
    }

    std::string m_token;
    QHash<QString, QDateTime> m_createdAt;
};

TEST_P(QuotaAndPagingTest, ContentOverTheRecordLimitIs413WithAJapaneseMessage)
{
    const QString id = newId();
    const Reply atLimit = putApplication(token(), id, contentOfSize(venueLimits::kMaxRecordBytes));
    ASSERT_EQ(atLimit.status, 201) << atLimit.body.substr(0, 200);

    const Reply over = putApplication(token(), id, contentOfSize(venueLimits::kMaxRecordBytes + 1), 1);
    EXPECT_EQ(over.status, 413);
    EXPECT_EQ(over.json(),
              (QJsonObject{{u"error"_s, u"record_too_large"_s},
                           {u"field"_s, u"content"_s},
                           {u"message"_s,
                            u"申込の内容が大きすぎるため保存できません（入力内容が 257 KB あり、上限は "
                            u"256 KB です）。入力内容を短くしてください。"_s}}));
    const Reply created = putApplication(token(), newId(), contentOfSize(venueLimits::kMaxRecordBytes + 1));
    EXPECT_EQ(created.status, 413);
    EXPECT_EQ(created.body, over.body);

    // Nothing was stored: the record is still at version 1, and no second record exists.
    EXPECT_EQ(get("/api/v1/applications/" + id.toStdString(), token()).json().value(u"version"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM application WHERE venue_id = :venue"_s, {{u"venue"_s, m_venueA}}).toInt(),
              1);
}

TEST_P(QuotaAndPagingTest, TheDraftAfterTheLastAllowedIs409UntilOneIsSubmittedOrWithdrawn)
{
    QStringList drafts;
    for (int i = 0; i < venueLimits::kMaxOpenDrafts; ++i) {
        drafts.append(newId());
        ASSERT_EQ(putApplication(token(), drafts.constLast(), {{u"index"_s, i}}).status, 201) << i;
    }
    const Reply refused = putApplication(token(), newId(), {});
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(refused.json(),
              (QJsonObject{{u"error"_s, u"too_many_drafts"_s},
                           {u"message"_s,
                            u"この会場には一時保存中の申込が既に 20 件あり、上限（20 件）に達しています。新しい"
                            u"申込を作成する前に、一時保存中の申込のいずれかを取下げるか、申込してください。"_s}}));

    // Editing a draft is no new draft; another venue has its own quota.
    EXPECT_EQ(putApplication(token(), drafts.constFirst(), {{u"edited"_s, true}}, 1).status, 200);
    EXPECT_EQ(putApplication(login(kVsysIdB), newId(), {}).status, 201);

    ASSERT_EQ(act(token(), drafts.constFirst(), "withdraw", "w-1").status, 200);
    EXPECT_EQ(putApplication(token(), newId(), {}).status, 201);
    EXPECT_EQ(putApplication(token(), newId(), {}).status, 409);
}

TEST_P(QuotaAndPagingTest, ConcurrentCreationsCannotPassTheDraftLimit)
{
    for (int i = 0; i < venueLimits::kMaxOpenDrafts - 1; ++i) {
        ASSERT_EQ(putApplication(token(), newId(), {}).status, 201) << i;
    }
    constexpr int kRacers = 8;
    std::latch start(kRacers);
    std::vector<int> statuses(kRacers);
    std::vector<std::thread> racers;
    for (int i = 0; i < kRacers; ++i) {
        racers.emplace_back([&, i, session = token()] {
            const QString id = newId();
            start.arrive_and_wait();
            statuses[size_t(i)] = putApplication(session, id, {{u"racer"_s, i}}).status;
        });
    }
    for (std::thread& racer : racers) {
        racer.join();
    }
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 201), 1);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 409), kRacers - 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM application WHERE venue_id = :venue AND status = 'draft'"_s,
                     {{u"venue"_s, m_venueA}})
                  .toInt(),
              venueLimits::kMaxOpenDrafts);
}

TEST_P(QuotaAndPagingTest, ChangesOfOneTransactionArePagedEachExactlyOnceInOrder)
{
    const qint64 before = currentCursor();
    const QStringList ids = insertInOneTransaction(120);

    const auto answers = pages("/api/v1/changes", "since", {}, before);
    ASSERT_EQ(answers.size(), 3u);
    for (const QJsonObject& answer : answers) {
        if (!answer.value(u"next"_s).isNull()) {
            EXPECT_EQ(answer.value(u"next"_s), answer.value(u"cursor"_s));
        }
    }
    const Paged paged = contentsOf(answers, u"changes"_s);
    EXPECT_EQ(paged.sizes, (std::vector<qsizetype>{50, 50, 20}));
    EXPECT_EQ(paged.ids, ids);
    // The last page's cursor is where the next sync starts: nothing new there.
    const Reply after
        = get("/api/v1/changes?since=" + std::to_string(answers.back().value(u"cursor"_s).toInteger()), token());
    EXPECT_EQ(after.json().value(u"changes"_s).toArray().size(), 0);
    EXPECT_TRUE(after.json().value(u"next"_s).isNull());
}

TEST_P(QuotaAndPagingTest, TheApplicationListIsPagedNewestFirstEachExactlyOnce)
{
    QStringList ids = insertInOneTransaction(120);
    std::stable_sort(ids.begin(), ids.end(), [this](const QString& a, const QString& b) {
        return m_createdAt.value(a) != m_createdAt.value(b) ? m_createdAt.value(a) > m_createdAt.value(b) : a < b;
    });

    const Paged paged = contentsOf(pages("/api/v1/applications", "after", ""), u"applications"_s);
    EXPECT_EQ(paged.sizes, (std::vector<qsizetype>{50, 50, 20}));
    EXPECT_EQ(paged.ids, ids);

    // A smaller page when asked; never a larger one.
    const auto small = pages("/api/v1/applications", "after", "limit=7");
    EXPECT_EQ(small.size(), 18u);
    EXPECT_EQ(get("/api/v1/applications?limit=500", token()).json().value(u"applications"_s).toArray().size(), 50);
}

TEST_P(QuotaAndPagingTest, LargeRecordsMakeShorterPages)
{
    const qint64 before = currentCursor();
    // 200 KiB each: five fit in the 1 MiB a page holds, a sixth does not.
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        ids.prepend(newId());
        ASSERT_EQ(putApplication(token(), ids.constFirst(), contentOfSize(200 * 1024)).status, 201);
    }
    const Paged list = contentsOf(pages("/api/v1/applications", "after", ""), u"applications"_s);
    EXPECT_EQ(list.sizes, (std::vector<qsizetype>{5, 1}));
    EXPECT_EQ(list.ids, ids);

    const Paged changes = contentsOf(pages("/api/v1/changes", "since", {}, before), u"changes"_s);
    EXPECT_EQ(changes.sizes, (std::vector<qsizetype>{5, 1}));
    std::reverse(ids.begin(), ids.end());
    EXPECT_EQ(changes.ids, ids);
}

TEST_P(QuotaAndPagingTest, UnreadablePageParametersAre400)
{
    for (const std::string path : {"/api/v1/applications?limit=0", "/api/v1/changes?since=0&limit=x"}) {
        const Reply reply = get(path, token());
        EXPECT_EQ(reply.status, 400) << path;
        EXPECT_EQ(reply.json().value(u"error"_s).toString(), u"invalid_field"_s);
        EXPECT_EQ(reply.json().value(u"field"_s).toString(), u"limit"_s);
    }
    const Reply after = get("/api/v1/applications?after=not-a-cursor", token());
    EXPECT_EQ(after.status, 400);
    EXPECT_EQ(after.json().value(u"field"_s).toString(), u"after"_s);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         QuotaAndPagingTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
