// SPDX-License-Identifier: MIT
// Tests of the 接種計画 endpoints at the demo's date (2022-03-01 10:00 JST): registration, the locks of
// allocated, past-deadline and locked クール, the 国の確認 above the 初回登録時 total through
// vsysdesk-admin, If-Match, venue isolation and GET /changes; over HTTPS, on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "core/plan/PlanChange.h"
#include "server/service/OperatorService.h"
#include "server/storage/PlanRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

QDateTime jst(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2022, month, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

const QDateTime kDemoNow = jst(3, 1, 10, 0);

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonArray rowsJson(const QList<core::PlanRow>& rows)
{
    return core::PlanJson::rowsToJson(rows);
}

/// The rows of venue A as the demo data registers them: 4 and 3 boxes in the allocated クール.
const QList<core::PlanRow> kRegistered{{1, 4, 7}, {2, 3, 5}, {3, 0, 0}, {4, 0, 0}, {5, 0, 0}};
/// What the user types in on the briefing's screen: 2, 3, 0 for the open クール (total 12).
const QList<core::PlanRow> kTypedIn{{3, 2, 4}, {4, 3, 5}, {5, 0, 0}};
/// One box more than the 初回登録時 12.
const QList<core::PlanRow> kThirteen{{3, 2, 4}, {4, 4, 7}, {5, 0, 0}};

class PlanApiTest : public ApiTest
{
protected:
    ServerClock serverClock() const override { return ServerClock::startingAt(kDemoNow); }

    void SetUp() override
    {
        ApiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        // The five クール of the demo data: the first two allocated (4 and 3 boxes for A), the rest open.
        OperatorService operators(storage());
        const QList<core::CoolPeriod> cools{
            cool(1, {2022, 2, 28}, {2022, 3, 13}, {2022, 2, 21}, jst(1, 31, 23, 59),
                 core::CoolPeriod::State::Allocated),
            cool(2, {2022, 3, 14}, {2022, 3, 27}, {2022, 3, 7}, jst(2, 22, 15, 0), core::CoolPeriod::State::Allocated),
            cool(3, {2022, 3, 28}, {2022, 4, 10}, {2022, 3, 21}, jst(3, 8, 15, 0), core::CoolPeriod::State::Open),
            cool(4, {2022, 4, 11}, {2022, 4, 24}, {2022, 4, 4}, jst(3, 22, 15, 0), core::CoolPeriod::State::Open),
            cool(5, {2022, 4, 25}, {2022, 5, 8}, {2022, 4, 18}, jst(4, 5, 15, 0), core::CoolPeriod::State::Open)};
        for (const core::CoolPeriod& each : cools) {
            ASSERT_TRUE(operators.saveCool(each).ok());
        }
        ASSERT_TRUE(operators.setAllocation(m_venueA, 1, 4).ok());
        ASSERT_TRUE(operators.setAllocation(m_venueA, 2, 3).ok());
    }

    static core::CoolPeriod
    cool(int id, QDate start, QDate end, QDate week, const QDateTime& deadline, core::CoolPeriod::State state)
    {
        core::CoolPeriod made;
        made.id = id;
        made.start = start;
        made.end = end;
        made.deliveryWeek = week;
        made.changeDeadline = deadline;
        made.state = state;
        return made;
    }

    /// Venue A's plan as the demo data has it: registered once with 12 boxes in all.
    void registerVenueA()
    {
        core::VenuePlan plan;
        plan.version = 1;
        plan.initialTotalBoxes = 12;
        plan.rows = kRegistered;
        plan.updatedAt = jst(1, 14, 10, 0);
        ASSERT_EQ(PlanRepository(storage()).save(m_venueA, plan, 0).value(), true);
    }

    Reply putPlan(const std::string& token, const QJsonArray& rows, int ifMatch, bool requestApproval = false)
    {
        const QJsonObject body{{u"rows"_s, rows}, {u"request_approval"_s, requestApproval}};
        return send("PUT", "/api/v1/plan", token, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                    {{"If-Match", std::to_string(ifMatch)}});
    }

    QJsonObject planOf(const std::string& token)
    {
        const Reply reply = get("/api/v1/plan", token);
        EXPECT_EQ(reply.status, 200) << reply.body;
        return reply.json().value(u"plan"_s).toObject();
    }

    QString storedRows(const QString& venueId)
    {
        return scalar(u"SELECT rows FROM venue_plan WHERE venue_id = :venue"_s, {{u"venue"_s, venueId}}).toString();
    }

    static void
    expectRefusal(const Reply& reply, int status, const QString& error, const QString& field, const QString& message)
    {
        EXPECT_EQ(reply.status, status) << reply.body;
        const QJsonObject json = reply.json();
        EXPECT_EQ(json.value(u"error"_s).toString(), error);
        EXPECT_EQ(json.value(u"field"_s).toString(), field);
        EXPECT_EQ(json.value(u"message"_s).toString(), message);
    }
};

TEST_P(PlanApiTest, TheFirstRegistrationSetsTheInitialTotal)
{
    const std::string token = login(kVsysIdB);
    const Reply empty = get("/api/v1/plan", token);
    ASSERT_EQ(empty.status, 200) << empty.body;
    const QDateTime serverTime
        = QDateTime::fromString(empty.json().value(u"server_time"_s).toString(), Qt::ISODateWithMs);
    EXPECT_GE(serverTime, kDemoNow);
    EXPECT_LT(serverTime, kDemoNow.addSecs(60));
    EXPECT_EQ(compact(empty.json().value(u"plan"_s).toObject()),
              uR"({"approval":null,"initial_total_boxes":null,"rows":[],"updated_at":null,"version":0})"_s);

    const Reply registered = putPlan(token, rowsJson({{5, 0, 0}, {3, 2, 4}, {4, 3, 5}}), 0);
    ASSERT_EQ(registered.status, 200) << registered.body;
    const QJsonObject plan = registered.json().value(u"plan"_s).toObject();
    EXPECT_EQ(plan.value(u"version"_s).toInt(), 1);
    EXPECT_EQ(plan.value(u"initial_total_boxes"_s).toInt(), 5);
    EXPECT_EQ(plan.value(u"rows"_s).toArray(), rowsJson({{3, 2, 4}, {4, 3, 5}, {5, 0, 0}}));
    EXPECT_TRUE(plan.value(u"approval"_s).isNull());
    const QDateTime updatedAt = QDateTime::fromString(plan.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
    EXPECT_GE(updatedAt, kDemoNow);
    EXPECT_LT(updatedAt, kDemoNow.addSecs(60));
    EXPECT_EQ(planOf(token), plan);
    EXPECT_EQ(scalar(u"SELECT initial_total_boxes FROM venue_plan WHERE venue_id = :venue"_s, {{u"venue"_s, m_venueB}})
                  .toInt(),
              5);
    // The first total stays the reference: a later change to fewer boxes does not lower it.
    const Reply lowered = putPlan(token, rowsJson({{4, 1, 2}}), 1);
    ASSERT_EQ(lowered.status, 200) << lowered.body;
    EXPECT_EQ(lowered.json().value(u"plan"_s).toObject().value(u"initial_total_boxes"_s).toInt(), 5);
}

TEST_P(PlanApiTest, TheBriefingsPlanIsAccepted)
{
    registerVenueA();
    const std::string token = login(kVsysIdA);
    const Reply accepted = putPlan(token, rowsJson(kTypedIn), 1);
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    const QJsonObject plan = accepted.json().value(u"plan"_s).toObject();
    EXPECT_EQ(plan.value(u"version"_s).toInt(), 2);
    EXPECT_EQ(plan.value(u"initial_total_boxes"_s).toInt(), 12);
    EXPECT_EQ(plan.value(u"rows"_s).toArray(), rowsJson({{1, 4, 7}, {2, 3, 5}, {3, 2, 4}, {4, 3, 5}, {5, 0, 0}}));
    EXPECT_TRUE(plan.value(u"approval"_s).isNull());
    EXPECT_EQ(core::PlanJson::fromJson(plan)->totalBoxes(), 12);
    EXPECT_EQ(planOf(token), plan);
    // Sending it again changes nothing, not even the version.
    const Reply again = putPlan(token, rowsJson(kTypedIn), 2);
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.json().value(u"plan"_s).toObject(), plan);
}

TEST_P(PlanApiTest, AChangedRowOfAnAllocatedOrPastDeadlineCoolIsRefused)
{
    registerVenueA();
    const std::string token = login(kVsysIdA);
    const QString before = storedRows(m_venueA);

    expectRefusal(putPlan(token, rowsJson({{3, 2, 4}, {1, 5, 7}}), 1), 409, u"cool_locked"_s,
                  u"rows[1].vaccine_boxes"_s, u"2/28～3/13接種は分配量確定済のため変更できません。"_s);

    // クール 2 reopened by the operator is still past its 計画変更バッチ of 2/22 15:00.
    const AdminRun reopened = admin({u"set-cool"_s, u"--id"_s, u"2"_s, u"--start"_s, u"2022-03-14"_s, u"--end"_s,
                                     u"2022-03-27"_s, u"--delivery-week"_s, u"2022-03-07"_s, u"--deadline"_s,
                                     u"2022-02-22T15:00"_s, u"--state"_s, u"open"_s});
    ASSERT_EQ(reopened.exitCode, 0) << qPrintable(reopened.err);
    expectRefusal(putPlan(token, rowsJson({{2, 3, 4}}), 1), 409, u"cool_locked"_s, u"rows[0].needle_boxes"_s,
                  u"3/14～3/27接種は計画変更の締切（2022/02/22 15:00）を過ぎているため変更できません。"_s);

    EXPECT_EQ(scalar(u"SELECT version FROM venue_plan WHERE venue_id = :venue"_s, {{u"venue"_s, m_venueA}}).toInt(), 1);
    EXPECT_EQ(storedRows(m_venueA), before);
    // The locked rows sent as they are do not stop the rest.
    EXPECT_EQ(putPlan(token, rowsJson({{1, 4, 7}, {2, 3, 5}, {3, 2, 4}}), 1).status, 200);
}

TEST_P(PlanApiTest, RowsAreCheckedByTheFormsRules)
{
    registerVenueA();
    const std::string token = login(kVsysIdA);
    expectRefusal(
        putPlan(token, rowsJson({{4, 3, 5}, {3, 2, 5}}), 1), 400, u"invalid_field"_s, u"rows[1].needle_boxes"_s,
        u"3/28～4/10接種：接種用針・シリンジの箱数は自動入力された4箱から減らすことはできますが、増やすことはできません。"_s);
    expectRefusal(putPlan(token, rowsJson({{3, 10000, 0}}), 1), 400, u"invalid_field"_s, u"rows[0].vaccine_boxes"_s,
                  u"3/28～4/10接種：ワクチンの箱数は0から9999までの整数で入力してください。"_s);
    expectRefusal(putPlan(token, rowsJson({{7, 1, 2}}), 1), 400, u"invalid_field"_s, u"rows[0].cool_id"_s,
                  u"第7クールはクールの予定にありません。最新のクール情報を受信してから、もう一度登録してください。"_s);
    expectRefusal(send("PUT", "/api/v1/plan", token, R"({"rows":[{"cool_id":3,"vaccine_boxes":"2","needle_boxes":4}]})",
                       {{"If-Match", "1"}}),
                  400, u"invalid_field"_s, u"rows[0].vaccine_boxes"_s,
                  u"rows[0].vaccine_boxes：整数で指定してください。"_s);
    expectRefusal(send("PUT", "/api/v1/plan", token, R"({"rows":[],"request_approval":"yes"})", {{"If-Match", "1"}}),
                  400, u"invalid_field"_s, u"request_approval"_s,
                  u"request_approval：国の確認を依頼するときは true、そうでなければ false を指定してください。"_s);
    EXPECT_EQ(scalar(u"SELECT version FROM venue_plan WHERE venue_id = :venue"_s, {{u"venue"_s, m_venueA}}).toInt(), 1);
}

TEST_P(PlanApiTest, AboveTheInitialTotalTheGovernmentConfirmsThroughTheAdminTool)
{
    registerVenueA();
    const std::string token = login(kVsysIdA);
    expectRefusal(
        putPlan(token, rowsJson(kThirteen), 1), 409, u"approval_required"_s, u"request_approval"_s,
        u"初回登録時の総ワクチン箱数（12箱）を超える計画変更には国の確認が必要です。「国の確認を依頼する」で送信してください。"_s);

    const Reply requested = putPlan(token, rowsJson(kThirteen), 1, true);
    ASSERT_EQ(requested.status, 200) << requested.body;
    const QJsonObject pending = requested.json().value(u"plan"_s).toObject();
    EXPECT_EQ(pending.value(u"version"_s).toInt(), 2);
    EXPECT_EQ(pending.value(u"rows"_s).toArray(), rowsJson(kRegistered));
    const QJsonObject approval = pending.value(u"approval"_s).toObject();
    EXPECT_EQ(approval.value(u"state"_s).toString(), u"pending"_s);
    const QJsonArray requestedRows = rowsJson({{1, 4, 7}, {2, 3, 5}, {3, 2, 4}, {4, 4, 7}, {5, 0, 0}});
    EXPECT_EQ(approval.value(u"requested_rows"_s).toArray(), requestedRows);
    EXPECT_EQ(approval.value(u"requested_total_boxes"_s).toInt(), 13);
    EXPECT_TRUE(approval.value(u"comment"_s).isNull());
    EXPECT_EQ(approval.value(u"requested_at"_s), pending.value(u"updated_at"_s));
    EXPECT_TRUE(approval.value(u"decided_at"_s).isNull());

    const AdminRun waiting = admin({u"list-plan-requests"_s});
    ASSERT_EQ(waiting.exitCode, 0) << qPrintable(waiting.err);
    QJsonObject listed = pending;
    listed.insert(u"venue_id"_s, m_venueA);
    EXPECT_EQ(waiting.out, compact(listed) + u'\n');

    const AdminRun approved
        = admin({u"plan-approve"_s, m_venueA, u"--comment"_s, u"第4クールの増量を確認しました。"_s});
    ASSERT_EQ(approved.exitCode, 0) << qPrintable(approved.err);
    const QJsonObject plan = planOf(token);
    EXPECT_EQ(plan.value(u"version"_s).toInt(), 3);
    EXPECT_EQ(plan.value(u"rows"_s).toArray(), requestedRows);
    EXPECT_EQ(plan.value(u"initial_total_boxes"_s).toInt(), 12);
    EXPECT_EQ(plan.value(u"approval"_s).toObject().value(u"state"_s).toString(), u"approved"_s);
    EXPECT_EQ(plan.value(u"approval"_s).toObject().value(u"comment"_s).toString(),
              u"第4クールの増量を確認しました。"_s);
    EXPECT_FALSE(plan.value(u"approval"_s).toObject().value(u"decided_at"_s).isNull());
    EXPECT_EQ(approved.out.trimmed(), [&] {
        QJsonObject line = plan;
        line.insert(u"venue_id"_s, m_venueA);
        return compact(line);
    }());
    EXPECT_TRUE(admin({u"list-plan-requests"_s}).out.isEmpty());

    const AdminRun again = admin({u"plan-approve"_s, m_venueA});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.err.trimmed(),
              u"vsysdesk-admin: 接種会場 %1 には国の確認を待っている計画変更はありません。"_s.arg(m_venueA));
}

TEST_P(PlanApiTest, ADeniedRequestLeavesThePlanAsItWas)
{
    registerVenueA();
    const std::string token = login(kVsysIdA);
    ASSERT_EQ(putPlan(token, rowsJson(kThirteen), 1, true).status, 200);

    const AdminRun noComment = admin({u"plan-deny"_s, m_venueA});
    EXPECT_EQ(noComment.exitCode, 2);
    const AdminRun blank = admin({u"plan-deny"_s, m_venueA, u"--comment"_s, u"  "_s});
    EXPECT_EQ(blank.exitCode, 1);
    EXPECT_EQ(blank.err.trimmed(),
              u"vsysdesk-admin: コメント：計画変更を確認しない理由を書いてください（接種会場に表示されます）。"_s);

    const QString reason = u"第4クールは供給量の都合により増量できません。"_s;
    const AdminRun denied = admin({u"plan-deny"_s, m_venueA, u"--comment"_s, reason});
    ASSERT_EQ(denied.exitCode, 0) << qPrintable(denied.err);
    const QJsonObject plan = planOf(token);
    EXPECT_EQ(plan.value(u"version"_s).toInt(), 3);
    EXPECT_EQ(plan.value(u"rows"_s).toArray(), rowsJson(kRegistered));
    const QJsonObject approval = plan.value(u"approval"_s).toObject();
    EXPECT_EQ(approval.value(u"state"_s).toString(), u"denied"_s);
    EXPECT_EQ(approval.value(u"comment"_s).toString(), reason);
    EXPECT_EQ(approval.value(u"requested_total_boxes"_s).toInt(), 13);

    // A plan within the first total needs no one's confirmation, and keeps the decision for the record.
    const Reply within = putPlan(token, rowsJson(kTypedIn), 3);
    ASSERT_EQ(within.status, 200) << within.body;
    EXPECT_EQ(within.json().value(u"plan"_s).toObject().value(u"approval"_s).toObject(), approval);
}

TEST_P(PlanApiTest, APlanWithinTheInitialTotalWithdrawsAPendingRequest)
{
    registerVenueA();
    const std::string token = login(kVsysIdA);
    ASSERT_EQ(putPlan(token, rowsJson(kThirteen), 1, true).status, 200);
    const Reply within = putPlan(token, rowsJson(kTypedIn), 2);
    ASSERT_EQ(within.status, 200) << within.body;
    EXPECT_TRUE(within.json().value(u"plan"_s).toObject().value(u"approval"_s).isNull());
    EXPECT_TRUE(admin({u"list-plan-requests"_s}).out.isEmpty());
}

TEST_P(PlanApiTest, ALockedCoolStopsEveryChangeUntilItIsOpenedAgain)
{
    registerVenueA();
    const std::string token = login(kVsysIdA);
    const AdminRun locked = admin({u"lock-cool"_s, u"--id"_s, u"4"_s, u"--until"_s, u"2022-03-23T12:00"_s});
    ASSERT_EQ(locked.exitCode, 0) << qPrintable(locked.err);
    const QJsonObject cool4 = get("/api/v1/cools", token).json().value(u"cools"_s).toArray().at(3).toObject();
    EXPECT_EQ(cool4.value(u"state"_s).toString(), u"locked"_s);
    EXPECT_EQ(cool4.value(u"locked_until"_s).toString(), u"2022-03-23T03:00:00.000Z"_s);
    // The admin tool prints the calendar's クール, which is what the venue (without boxes in it) gets.
    EXPECT_EQ(QJsonDocument::fromJson(locked.out.toUtf8()).object(), cool4);

    const QString message = u"4/11～4/24接種の分配作業期間中のため、2022/03/23 12:00まで計画を変更できません。"_s;
    expectRefusal(putPlan(token, rowsJson({{5, 1, 2}}), 1), 409, u"plan_locked"_s, {}, message);
    expectRefusal(putPlan(token, rowsJson(kThirteen), 1, true), 409, u"plan_locked"_s, {}, message);
    EXPECT_EQ(scalar(u"SELECT version FROM venue_plan WHERE venue_id = :venue"_s, {{u"venue"_s, m_venueA}}).toInt(), 1);

    const AdminRun opened = admin({u"set-cool"_s, u"--id"_s, u"4"_s, u"--start"_s, u"2022-04-11"_s, u"--end"_s,
                                   u"2022-04-24"_s, u"--delivery-week"_s, u"2022-04-04"_s, u"--deadline"_s,
                                   u"2022-03-22T15:00"_s, u"--state"_s, u"open"_s});
    ASSERT_EQ(opened.exitCode, 0) << qPrintable(opened.err);
    EXPECT_TRUE(get("/api/v1/cools", token)
                    .json()
                    .value(u"cools"_s)
                    .toArray()
                    .at(3)
                    .toObject()
                    .value(u"locked_until"_s)
                    .isNull());
    EXPECT_EQ(putPlan(token, rowsJson({{5, 1, 2}}), 1).status, 200);

    const AdminRun badUntil = admin({u"lock-cool"_s, u"--id"_s, u"4"_s, u"--until"_s, u"next week"_s});
    EXPECT_EQ(badUntil.exitCode, 2);
}

TEST_P(PlanApiTest, AStaleVersionAnswersConflictWithThePlan)
{
    registerVenueA();
    const std::string token = login(kVsysIdA);
    ASSERT_EQ(putPlan(token, rowsJson(kTypedIn), 1).status, 200);
    const QJsonObject current = planOf(token);

    for (int stale : {1, 0}) {
        const Reply conflict = putPlan(token, rowsJson({{5, 1, 2}}), stale);
        expectRefusal(
            conflict, 409, u"version_conflict"_s, u"If-Match"_s,
            u"接種計画は別の場所で変更されています（サーバーの版は2です）。入力内容をサーバーの計画と比べてから、もう一度登録してください。"_s);
        EXPECT_EQ(conflict.json().value(u"server_copy"_s).toObject(), current);
    }
    // Without If-Match the client thinks it registers for the first time.
    const Reply noIfMatch = send("PUT", "/api/v1/plan", token, R"({"rows":[]})");
    EXPECT_EQ(noIfMatch.status, 409);
    EXPECT_EQ(noIfMatch.json().value(u"server_copy"_s).toObject(), current);
    EXPECT_EQ(planOf(token), current);
}

TEST_P(PlanApiTest, EachVenueHasItsOwnPlan)
{
    registerVenueA();
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const QJsonObject planA = planOf(tokenA);
    EXPECT_EQ(planOf(tokenB).value(u"version"_s).toInt(), 0);

    // B's first registration is B's; A's plan and its 分配実績 stay A's.
    const Reply registered = putPlan(tokenB, rowsJson({{3, 1, 2}}), 0);
    ASSERT_EQ(registered.status, 200) << registered.body;
    EXPECT_EQ(registered.json().value(u"plan"_s).toObject().value(u"initial_total_boxes"_s).toInt(), 1);
    EXPECT_EQ(planOf(tokenA), planA);
    // B changing "クール 1" is a change of B's own (empty) row of an allocated クール.
    expectRefusal(putPlan(tokenB, rowsJson({{1, 4, 7}}), 1), 409, u"cool_locked"_s, u"rows[0].vaccine_boxes"_s,
                  u"2/28～3/13接種は分配量確定済のため変更できません。"_s);
    EXPECT_TRUE(get("/api/v1/cools", tokenB)
                    .json()
                    .value(u"cools"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"allocated_boxes"_s)
                    .isNull());
    // There is no address for another venue's plan, and no token no plan.
    EXPECT_EQ(get("/api/v1/plan/" + m_venueA.toStdString(), tokenB).status, 404);
    EXPECT_EQ(send("PUT", "/api/v1/plan/" + m_venueA.toStdString(), tokenB, R"({"rows":[]})").status, 404);
    EXPECT_EQ(get("/api/v1/plan", {}).status, 401);
    EXPECT_EQ(putPlan({}, rowsJson(kTypedIn), 1).status, 401);
    EXPECT_EQ(planOf(tokenA), planA);
}

TEST_P(PlanApiTest, ChangesCarryThePlanOfTheOwnVenueOnly)
{
    registerVenueA();
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const qint64 cursorA = qint64(get("/api/v1/changes?since=0", tokenA).json().value(u"cursor"_s).toDouble());
    const qint64 cursorB = qint64(get("/api/v1/changes?since=0", tokenB).json().value(u"cursor"_s).toDouble());

    const Reply accepted = putPlan(tokenA, rowsJson(kTypedIn), 1);
    ASSERT_EQ(accepted.status, 200);
    const QJsonArray changes
        = get("/api/v1/changes?since=" + std::to_string(cursorA), tokenA).json().value(u"changes"_s).toArray();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().toObject(),
              (QJsonObject{{u"kind"_s, u"plan"_s},
                           {u"id"_s, u"plan"_s},
                           {u"data"_s, accepted.json().value(u"plan"_s).toObject()}}));
    EXPECT_TRUE(
        get("/api/v1/changes?since=" + std::to_string(cursorB), tokenB).json().value(u"changes"_s).toArray().isEmpty());

    // The reviewer's decision reaches the venue the same way.
    ASSERT_EQ(putPlan(tokenA, rowsJson({{5, 1, 2}}), 2, true).status, 200);
    const qint64 cursor = qint64(get("/api/v1/changes?since=0", tokenA).json().value(u"cursor"_s).toDouble());
    ASSERT_EQ(admin({u"plan-deny"_s, m_venueA, u"--comment"_s, u"見送り"_s}).exitCode, 0);
    const QJsonArray decided
        = get("/api/v1/changes?since=" + std::to_string(cursor), tokenA).json().value(u"changes"_s).toArray();
    ASSERT_EQ(decided.size(), 1);
    EXPECT_EQ(decided.first().toObject().value(u"data"_s).toObject().value(u"approval"_s).toObject().value(u"state"_s),
              u"denied"_s);
}

INSTANTIATE_TEST_SUITE_P(Databases, PlanApiTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace

} // namespace vsys::server::test
