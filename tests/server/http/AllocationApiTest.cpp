// SPDX-License-Identifier: MIT
// 分配量の確認 and 配送予定日の確認 on the server: vsysdesk-admin set-allocation with needle boxes and a 配送予定日,
// what GET /cools and GET /changes then bring to the venue (and never to another), what the admin tool
// refuses and leaves untouched, list-allocations, and the bounds the database itself keeps; on SQLite and
// PostgreSQL.
#include "ServerTestSupport.h"
#include "server/admin/AdminTool.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

class AllocationApiTest : public ApiTest
{
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        // The briefing's first クール: 2/28～3/13接種 (2/21週配送).
        const AdminRun cool = admin({u"set-cool"_s, u"--id"_s, u"1"_s, u"--start"_s, u"2022-02-28"_s, u"--end"_s,
                                     u"2022-03-13"_s, u"--delivery-week"_s, u"2022-02-21"_s, u"--deadline"_s,
                                     u"2022-01-31T23:59"_s, u"--state"_s, u"allocated"_s});
        ASSERT_EQ(cool.exitCode, AdminTool::Done) << qPrintable(cool.err);
    }

    AdminRun setAllocation(const QString& venue, const QStringList& options)
    {
        return admin(QStringList{u"set-allocation"_s, u"--venue"_s, venue, u"--cool"_s, u"1"_s} + options);
    }

    QJsonObject coolOf(const std::string& token)
    {
        const Reply reply = get("/api/v1/cools", token);
        EXPECT_EQ(reply.status, 200) << reply.body;
        return reply.json().value(u"cools"_s).toArray().at(0).toObject();
    }

    /// The `cool` changes of the feed after `since`, and the feed's cursor.
    std::pair<QJsonArray, qint64> coolChanges(const std::string& token, qint64 since)
    {
        const Reply reply = get("/api/v1/changes?since=" + std::to_string(since), token);
        EXPECT_EQ(reply.status, 200) << reply.body;
        QJsonArray cools;
        for (const QJsonValue& change : reply.json().value(u"changes"_s).toArray()) {
            if (change.toObject().value(u"kind"_s).toString() == u"cool"_s) {
                cools.append(change.toObject().value(u"data"_s));
            }
        }
        return {cools, static_cast<qint64>(reply.json().value(u"cursor"_s).toDouble())};
    }

    /// The stored row as text, so a refused change is seen to leave it exactly as it was.
    QString storedRow(const QString& venue)
    {
        return scalar(u"SELECT boxes || '/' || COALESCE(CAST(needle_boxes AS TEXT), '-') || '/' || "
                      "COALESCE(delivery_date, '-') FROM allocation WHERE venue_id = :venue AND cool_id = 1"_s,
                      {{u"venue"_s, venue}})
            .toString();
    }
};

TEST_P(AllocationApiTest, TheVenueSeesItsAllocationAndDeliveryDateAndNoOtherVenueDoes)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const qint64 cursorA = coolChanges(tokenA, 0).second;
    const qint64 cursorB = coolChanges(tokenB, 0).second;

    const AdminRun set = setAllocation(
        m_venueA, {u"--boxes"_s, u"4"_s, u"--needle-boxes"_s, u"7"_s, u"--delivery-date"_s, u"2022-02-22"_s});
    ASSERT_EQ(set.exitCode, AdminTool::Done) << qPrintable(set.err);
    EXPECT_EQ(set.out,
              u"{\"boxes\":4,\"cool\":1,\"delivery_date\":\"2022-02-22\",\"needle_boxes\":7,\"venue\":\"%1\"}\n"_s.arg(
                  m_venueA));

    const QJsonObject expectedA{{u"id"_s, 1},
                                {u"start"_s, u"2022-02-28"_s},
                                {u"end"_s, u"2022-03-13"_s},
                                {u"delivery_week"_s, u"2022-02-21"_s},
                                {u"change_deadline"_s, u"2022-01-31T14:59:00.000Z"_s},
                                {u"state"_s, u"allocated"_s},
                                {u"locked_until"_s, QJsonValue::Null},
                                {u"allocated_boxes"_s, 4},
                                {u"allocated_needle_boxes"_s, 7},
                                {u"delivery_date"_s, u"2022-02-22"_s}};
    EXPECT_EQ(coolOf(tokenA), expectedA);
    const auto [changedA, nextA] = coolChanges(tokenA, cursorA);
    EXPECT_EQ(changedA, QJsonArray{expectedA});
    EXPECT_GT(nextA, cursorA);

    // B's calendar stays 未定 in every field, and A's change is not in B's feed at all.
    QJsonObject expectedB = expectedA;
    expectedB.insert(u"allocated_boxes"_s, QJsonValue::Null);
    expectedB.insert(u"allocated_needle_boxes"_s, QJsonValue::Null);
    expectedB.insert(u"delivery_date"_s, QJsonValue::Null);
    EXPECT_EQ(coolOf(tokenB), expectedB);
    EXPECT_EQ(coolChanges(tokenB, cursorB).first, QJsonArray());
    const Reply raw = get("/api/v1/changes?since=" + std::to_string(cursorB), tokenB);
    EXPECT_EQ(raw.body.find("2022-02-22"), std::string::npos) << raw.body;
}

TEST_P(AllocationApiTest, OptionsNotGivenKeepWhatIsStoredAndNoneMakesItUndecidedAgain)
{
    const AdminRun first = setAllocation(m_venueA, {u"--delivery-date"_s, u"2022-02-22"_s});
    EXPECT_EQ(first.exitCode, AdminTool::BadArguments);
    EXPECT_EQ(first.err,
              u"vsysdesk-admin: --boxesがありません。クールの最初の分配量にはワクチンの箱数が必要です。\n"_s);

    ASSERT_EQ(setAllocation(m_venueA, {u"--boxes"_s, u"4"_s}).exitCode, AdminTool::Done);
    EXPECT_EQ(storedRow(m_venueA), u"4/-/-"_s);
    ASSERT_EQ(setAllocation(m_venueA, {u"--delivery-date"_s, u"2022-02-24"_s}).exitCode, AdminTool::Done);
    ASSERT_EQ(setAllocation(m_venueA, {u"--needle-boxes"_s, u"7"_s}).exitCode, AdminTool::Done);
    EXPECT_EQ(storedRow(m_venueA), u"4/7/2022-02-24"_s);
    // Today's form of the command changes the boxes only.
    ASSERT_EQ(setAllocation(m_venueA, {u"--boxes"_s, u"5"_s}).exitCode, AdminTool::Done);
    EXPECT_EQ(storedRow(m_venueA), u"5/7/2022-02-24"_s);
    ASSERT_EQ(setAllocation(m_venueA, {u"--delivery-date"_s, u"none"_s, u"--needle-boxes"_s, u"none"_s}).exitCode,
              AdminTool::Done);
    EXPECT_EQ(storedRow(m_venueA), u"5/-/-"_s);
    const QJsonObject cool = coolOf(login(kVsysIdA));
    EXPECT_EQ(cool.value(u"allocated_boxes"_s), QJsonValue(5));
    EXPECT_TRUE(cool.value(u"allocated_needle_boxes"_s).isNull());
    EXPECT_TRUE(cool.value(u"delivery_date"_s).isNull());
}

TEST_P(AllocationApiTest, BadInputIsRefusedWithTheFieldAndNothingChanges)
{
    ASSERT_EQ(setAllocation(m_venueA,
                            {u"--boxes"_s, u"4"_s, u"--needle-boxes"_s, u"7"_s, u"--delivery-date"_s, u"2022-02-22"_s})
                  .exitCode,
              AdminTool::Done);
    const std::string tokenA = login(kVsysIdA);
    const qint64 cursor = coolChanges(tokenA, 0).second;

    struct Case
    {
        QStringList options;
        int exitCode;
        QString message;
    };
    const QList<Case> cases{
        {{u"--delivery-date"_s, u"2022-02-28"_s},
         AdminTool::Failed,
         u"配送予定日：2/28～3/13接種（2/21週配送）は2022/02/21から2022/02/27までの日付を入力してください。"_s},
        {{u"--delivery-date"_s, u"2022-02-20"_s},
         AdminTool::Failed,
         u"配送予定日：2/28～3/13接種（2/21週配送）は2022/02/21から2022/02/27までの日付を入力してください。"_s},
        {{u"--delivery-date"_s, u"22/02/2022"_s},
         AdminTool::BadArguments,
         u"--delivery-date：日付をYYYY-MM-DDで指定してください（未定にするときはnone）。"_s},
        {{u"--needle-boxes"_s, u"-1"_s},
         AdminTool::Failed,
         u"分配量（針・シリンジ）：0から9,999までの箱数を入力してください。"_s},
        {{u"--needle-boxes"_s, u"seven"_s},
         AdminTool::BadArguments,
         u"--needle-boxes：整数で指定してください（未定にするときはnone）。"_s},
        {{u"--boxes"_s, u"10000"_s},
         AdminTool::Failed,
         u"分配量（ワクチン）：0から9,999までの箱数を入力してください。"_s},
        {{u"--boxes"_s, u"0"_s},
         AdminTool::Failed,
         u"配送予定日：2/28～3/13接種はワクチンの分配がないため配送されません。先に箱数を設定してください。"_s},
    };
    for (const Case& each : cases) {
        const AdminRun run = setAllocation(m_venueA, each.options);
        EXPECT_EQ(run.exitCode, each.exitCode) << qPrintable(each.options.join(u' '));
        EXPECT_EQ(run.err, u"vsysdesk-admin: "_s + each.message + u'\n') << qPrintable(each.options.join(u' '));
        EXPECT_EQ(storedRow(m_venueA), u"4/7/2022-02-22"_s) << qPrintable(each.options.join(u' '));
    }
    const AdminRun unknownCool
        = admin({u"set-allocation"_s, u"--venue"_s, m_venueA, u"--cool"_s, u"9"_s, u"--boxes"_s, u"1"_s});
    EXPECT_EQ(unknownCool.exitCode, AdminTool::Failed);
    EXPECT_EQ(unknownCool.err, u"vsysdesk-admin: クール 9 はありません。\n"_s);
    const AdminRun unknownVenue = setAllocation(u"00000000-0000-0000-0000-000000000000"_s, {u"--boxes"_s, u"1"_s});
    EXPECT_EQ(unknownVenue.exitCode, AdminTool::Failed);
    // Nothing refused reached the venue's feed.
    EXPECT_EQ(coolChanges(tokenA, cursor).first, QJsonArray());
}

TEST_P(AllocationApiTest, ListAllocationsShowsOneVenueOrAll)
{
    ASSERT_EQ(setAllocation(m_venueA,
                            {u"--boxes"_s, u"4"_s, u"--needle-boxes"_s, u"7"_s, u"--delivery-date"_s, u"2022-02-22"_s})
                  .exitCode,
              AdminTool::Done);
    ASSERT_EQ(setAllocation(m_venueB, {u"--boxes"_s, u"2"_s}).exitCode, AdminTool::Done);
    const QString lineA
        = u"{\"boxes\":4,\"cool\":1,\"delivery_date\":\"2022-02-22\",\"needle_boxes\":7,\"venue\":\"%1\"}\n"_s.arg(
            m_venueA);
    const QString lineB
        = u"{\"boxes\":2,\"cool\":1,\"delivery_date\":null,\"needle_boxes\":null,\"venue\":\"%1\"}\n"_s.arg(m_venueB);
    const AdminRun ofA = admin({u"list-allocations"_s, u"--venue"_s, m_venueA});
    EXPECT_EQ(ofA.exitCode, AdminTool::Done);
    EXPECT_EQ(ofA.out, lineA);
    const AdminRun all = admin({u"list-allocations"_s});
    EXPECT_EQ(all.out, m_venueA < m_venueB ? lineA + lineB : lineB + lineA);
}

TEST_P(AllocationApiTest, TheDatabaseKeepsTheBoundsWhateverWritesIt)
{
    ASSERT_EQ(setAllocation(m_venueA, {u"--boxes"_s, u"4"_s}).exitCode, AdminTool::Done);
    EXPECT_FALSE(
        storage()
            .run(u"UPDATE allocation SET needle_boxes = 10000 WHERE venue_id = :venue"_s, {{u"venue"_s, m_venueA}})
            .ok());
    EXPECT_FALSE(storage()
                     .run(u"UPDATE allocation SET delivery_date = '2022-02-22T00:00' WHERE venue_id = :venue"_s,
                          {{u"venue"_s, m_venueA}})
                     .ok());
    EXPECT_EQ(storedRow(m_venueA), u"4/-/-"_s);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         AllocationApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
