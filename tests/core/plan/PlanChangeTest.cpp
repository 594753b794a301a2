// SPDX-License-Identifier: MIT
// 計画の登録・変更: the クール labels of the briefing's plan screen, the lock rules, the wire forms, and
// PlanChange::check with the briefing's figures (4, 3 allocated; 2, 3, 0 typed in) and each refusal.
#include "core/plan/PlanChange.h"

#include "core/plan/CoolPeriod.h"
#include "tests/support/BriefingCalendar.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

/// A moment given in Japan time, held as UTC like the server sends it.
QDateTime jst(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

const QDateTime kNow = vsys::test::briefing::kServerNow;

/// Venue A of the demo data: 4 and 3 boxes registered for the allocated クール, 12 at first.
VenuePlan registeredPlan()
{
    VenuePlan plan;
    plan.version = 1;
    plan.initialTotalBoxes = 12;
    plan.rows = {{1, 4, 7}, {2, 3, 5}, {3, 0, 0}, {4, 0, 0}, {5, 0, 0}};
    return plan;
}

const QList<PlanRow> kTypedIn{{3, 2, 4}, {4, 3, 5}, {5, 0, 0}};

TEST(CoolRulesTest, labelsOfTheBriefingsPlanScreen)
{
    const QList<CoolPeriod> cools = vsys::test::briefing::calendar();
    EXPECT_EQ(CoolRules::periodLabel(cools.at(0)), u"2/28～3/13接種"_s);
    EXPECT_EQ(CoolRules::deliveryLabel(cools.at(0)), u"2/21週配送"_s);
    EXPECT_EQ(CoolRules::batchLabel(cools.at(0)), u"2022/01/31 23:59（分配量確定済）"_s);
    EXPECT_EQ(CoolRules::periodLabel(cools.at(4)), u"4/25～5/8接種"_s);
    EXPECT_EQ(CoolRules::deliveryLabel(cools.at(1)), u"3/7週配送"_s);
    EXPECT_EQ(CoolRules::batchLabel(cools.at(2)), u"2022/03/08 15:00"_s);
    CoolPeriod locked = cools.at(2);
    locked.state = CoolPeriod::State::Locked;
    EXPECT_EQ(CoolRules::batchLabel(locked), u"2022/03/08 15:00（分配作業中）"_s);
}

TEST(CoolRulesTest, theJapanTimeDoesNotDependOnHowTheDeadlineIsHeld)
{
    CoolPeriod first = vsys::test::briefing::calendar().at(0);
    for (const QDateTime& deadline :
         {QDateTime(QDate(2022, 1, 31), QTime(23, 59), QTimeZone(9 * 3600)),
          QDateTime(QDate(2022, 1, 31), QTime(15, 59), QTimeZone(3600)), jst(2022, 1, 31, 23, 59).toLocalTime()}) {
        first.changeDeadline = deadline;
        EXPECT_EQ(CoolRules::batchLabel(first), u"2022/01/31 23:59（分配量確定済）"_s);
    }
}

TEST(CoolRulesTest, allocatedAndPastDeadlineRowsAreLockedForGood)
{
    const QList<CoolPeriod> cools = vsys::test::briefing::calendar();
    EXPECT_EQ(CoolRules::rowLockReason(cools.at(0), kNow), u"2/28～3/13接種は分配量確定済のため変更できません。"_s);
    EXPECT_EQ(CoolRules::rowLockReason(cools.at(1), kNow), u"3/14～3/27接種は分配量確定済のため変更できません。"_s);
    EXPECT_EQ(CoolRules::rowLockReason(cools.at(2), kNow), QString());
    EXPECT_EQ(CoolRules::rowLockReason(cools.at(2), jst(2022, 3, 8, 14, 59)), QString());
    const QString pastDeadline
        = u"3/28～4/10接種は計画変更の締切（2022/03/08 15:00）を過ぎているため変更できません。"_s;
    EXPECT_EQ(CoolRules::rowLockReason(cools.at(2), jst(2022, 3, 8, 15, 0)), pastDeadline);
    EXPECT_EQ(CoolRules::rowLockReason(cools.at(2), jst(2022, 3, 20, 9, 0)), pastDeadline);
}

TEST(CoolRulesTest, aLockedCoolLocksEveryPlan)
{
    QList<CoolPeriod> cools = vsys::test::briefing::calendar();
    EXPECT_EQ(CoolRules::planLockReason(cools), QString());
    cools[2].state = CoolPeriod::State::Locked;
    EXPECT_EQ(CoolRules::planLockReason(cools), u"3/28～4/10接種の分配作業期間中のため、計画を変更できません。"_s);
    cools[2].lockedUntil = jst(2022, 3, 9, 12, 0);
    EXPECT_EQ(CoolRules::planLockReason(cools),
              u"3/28～4/10接種の分配作業期間中のため、2022/03/09 12:00まで計画を変更できません。"_s);
    // The row itself is not past its deadline: only the 分配作業期間 holds it.
    EXPECT_EQ(CoolRules::rowLockReason(cools.at(2), kNow), QString());
}

TEST(CoolJsonTest, wireFormAndRoundTrip)
{
    CoolPeriod locked = vsys::test::briefing::calendar().at(2);
    locked.state = CoolPeriod::State::Locked;
    locked.lockedUntil = jst(2022, 3, 9, 12, 0);
    locked.allocatedBoxes = 2;
    locked.allocatedNeedleBoxes = 4;
    locked.deliveryDate = QDate(2022, 3, 22);
    const QJsonObject json = CoolJson::toJson(locked);
    EXPECT_EQ(QJsonDocument(json).toJson(QJsonDocument::Compact),
              R"({"allocated_boxes":2,"allocated_needle_boxes":4,"change_deadline":"2022-03-08T06:00:00.000Z",)"
              R"("delivery_date":"2022-03-22","delivery_week":"2022-03-21","end":"2022-04-10","id":3,)"
              R"("locked_until":"2022-03-09T03:00:00.000Z","start":"2022-03-28","state":"locked"})");
    EXPECT_EQ(CoolJson::fromJson(json), locked);

    const CoolPeriod open = vsys::test::briefing::calendar().at(4);
    const QJsonObject openJson = CoolJson::toJson(open);
    EXPECT_TRUE(openJson.value(u"locked_until"_s).isNull());
    EXPECT_TRUE(openJson.value(u"allocated_boxes"_s).isNull());
    EXPECT_TRUE(openJson.value(u"allocated_needle_boxes"_s).isNull());
    EXPECT_TRUE(openJson.value(u"delivery_date"_s).isNull());
    EXPECT_EQ(CoolJson::fromJson(openJson), open);

    // A calendar cached before the needle boxes and the 配送予定日 came reads them as 未定.
    QJsonObject older = json;
    older.remove(u"allocated_needle_boxes"_s);
    older.remove(u"delivery_date"_s);
    const auto read = CoolJson::fromJson(older);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->allocatedBoxes, 2);
    EXPECT_EQ(read->allocatedNeedleBoxes, std::nullopt);
    EXPECT_FALSE(read->deliveryDate.isValid());
}

TEST(CoolJsonTest, aDamagedCoolIsNotHalfRead)
{
    const QJsonObject good = CoolJson::toJson(vsys::test::briefing::calendar().at(0));
    for (const auto& [key, value] :
         std::initializer_list<std::pair<QString, QJsonValue>>{{u"id"_s, 0},
                                                               {u"state"_s, u"closed"_s},
                                                               {u"start"_s, u"2022-02-30"_s},
                                                               {u"change_deadline"_s, QJsonValue::Null},
                                                               {u"locked_until"_s, u"soon"_s},
                                                               {u"allocated_boxes"_s, -1},
                                                               {u"allocated_boxes"_s, 1.5},
                                                               {u"allocated_needle_boxes"_s, -1},
                                                               {u"allocated_needle_boxes"_s, u"7"_s},
                                                               {u"delivery_date"_s, u"2022-02-30"_s}}) {
        QJsonObject damaged = good;
        damaged.insert(key, value);
        EXPECT_EQ(CoolJson::fromJson(damaged), std::nullopt) << qPrintable(key);
    }
    EXPECT_EQ(CoolPeriod::stateFromKey(u"allocated"_s), CoolPeriod::State::Allocated);
    EXPECT_EQ(CoolPeriod::stateKey(CoolPeriod::State::Locked), u"locked"_s);
}

TEST(PlanJsonTest, wireFormAndRoundTripWithAPendingApproval)
{
    VenuePlan plan = registeredPlan();
    plan.version = 3;
    plan.updatedAt = jst(2022, 3, 1, 10, 5);
    PlanApproval approval;
    approval.requestedRows = PlanChange::merged(plan, {{3, 3, 5}, {4, 3, 5}});
    approval.requestedTotalBoxes = 13;
    approval.requestedAt = plan.updatedAt;
    plan.approval = approval;
    const QJsonObject json = PlanJson::toJson(plan);
    EXPECT_EQ(QJsonDocument(json).toJson(QJsonDocument::Compact),
              R"({"approval":{"comment":null,"decided_at":null,"requested_at":"2022-03-01T01:05:00.000Z",)"
              R"("requested_rows":[{"cool_id":1,"needle_boxes":7,"vaccine_boxes":4},)"
              R"({"cool_id":2,"needle_boxes":5,"vaccine_boxes":3},{"cool_id":3,"needle_boxes":5,"vaccine_boxes":3},)"
              R"({"cool_id":4,"needle_boxes":5,"vaccine_boxes":3},{"cool_id":5,"needle_boxes":0,"vaccine_boxes":0}],)"
              R"("requested_total_boxes":13,"state":"pending"},"initial_total_boxes":12,)"
              R"("rows":[{"cool_id":1,"needle_boxes":7,"vaccine_boxes":4},{"cool_id":2,"needle_boxes":5,)"
              R"("vaccine_boxes":3},{"cool_id":3,"needle_boxes":0,"vaccine_boxes":0},{"cool_id":4,)"
              R"("needle_boxes":0,"vaccine_boxes":0},{"cool_id":5,"needle_boxes":0,"vaccine_boxes":0}],)"
              R"("updated_at":"2022-03-01T01:05:00.000Z","version":3})");
    const auto read = PlanJson::fromJson(json);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    EXPECT_EQ(*read, plan);

    plan.approval->state = PlanApproval::State::Denied;
    plan.approval->comment = u"第4クールの増量は認められません。"_s;
    plan.approval->decidedAt = jst(2022, 3, 2, 9, 0);
    EXPECT_EQ(PlanJson::fromJson(PlanJson::toJson(plan)).value(), plan);
}

TEST(PlanJsonTest, aNeverRegisteredPlan)
{
    const QJsonObject json = PlanJson::toJson(VenuePlan());
    EXPECT_EQ(QJsonDocument(json).toJson(QJsonDocument::Compact),
              R"({"approval":null,"initial_total_boxes":null,"rows":[],"updated_at":null,"version":0})");
    EXPECT_EQ(PlanJson::fromJson(json).value(), VenuePlan());
}

TEST(PlanJsonTest, errorsNameTheField)
{
    const auto needles = PlanJson::fromJson(
        QJsonDocument::fromJson(R"({"version":1,"rows":[{"cool_id":3,"vaccine_boxes":2,"needle_boxes":4},)"
                                R"({"cool_id":4,"vaccine_boxes":3,"needle_boxes":2.5}]})")
            .object());
    ASSERT_FALSE(needles.ok());
    EXPECT_EQ(needles.error().field, u"rows[1].needle_boxes"_s);
    EXPECT_EQ(needles.error().message, u"rows[1].needle_boxes：整数で指定してください。"_s);

    const auto state = PlanJson::fromJson(
        QJsonDocument::fromJson(R"({"version":2,"rows":[],"approval":{"state":"maybe","requested_rows":[],)"
                                R"("requested_total_boxes":13}})")
            .object());
    ASSERT_FALSE(state.ok());
    EXPECT_EQ(state.error().field, u"approval.state"_s);
    EXPECT_EQ(state.error().message, u"approval.state：pending、approved、denied のいずれかを指定してください。"_s);

    const auto rows = PlanJson::rowsFromJson(QJsonValue(u"4,3"_s), u"rows"_s);
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().field, u"rows"_s);
    EXPECT_EQ(rows.error().message, u"rows：行のリストで指定してください。"_s);
}

TEST(PlanApprovalTest, stateKeys)
{
    EXPECT_EQ(PlanApproval::stateKey(PlanApproval::State::Pending), u"pending"_s);
    EXPECT_EQ(PlanApproval::stateFromKey(u"denied"_s), PlanApproval::State::Denied);
    EXPECT_EQ(PlanApproval::stateFromKey(u"cancelled"_s), std::nullopt);
}

TEST(VenuePlanTest, rowsAndTotal)
{
    const VenuePlan plan = registeredPlan();
    EXPECT_EQ(plan.row(2), (PlanRow{2, 3, 5}));
    EXPECT_EQ(plan.row(9), (PlanRow{9, 0, 0}));
    EXPECT_EQ(plan.totalBoxes(), 7);
    EXPECT_EQ(VenuePlan().totalBoxes(), 0);
}

TEST(PlanChangeTest, theBriefingsPlanIsAccepted)
{
    const VenuePlan stored = registeredPlan();
    const PlanVerdict verdict = PlanChange::check(stored, kTypedIn, vsys::test::briefing::calendar(), kNow, false);
    EXPECT_TRUE(verdict.accepted());
    EXPECT_EQ(verdict.outcome, PlanOutcome::Apply);
    const QList<PlanRow> merged = PlanChange::merged(stored, kTypedIn);
    EXPECT_EQ(merged, (QList<PlanRow>{{1, 4, 7}, {2, 3, 5}, {3, 2, 4}, {4, 3, 5}, {5, 0, 0}}));
    VenuePlan after;
    after.rows = merged;
    EXPECT_EQ(after.totalBoxes(), 12);
}

TEST(PlanChangeTest, aChangeIsARowThatDiffersFromTheStoredOne)
{
    const VenuePlan stored = registeredPlan();
    EXPECT_TRUE(PlanChange::changes(stored, kTypedIn));
    EXPECT_FALSE(PlanChange::changes(stored, stored.rows));
    EXPECT_FALSE(PlanChange::changes(stored, {}));
    // A クール without a stored row has 0 boxes: a zero row for it changes nothing.
    EXPECT_FALSE(PlanChange::changes(stored, {{9, 0, 0}}));
    EXPECT_TRUE(PlanChange::changes(stored, {{3, 0, 0}, {5, 0, 1}}));
}

TEST(PlanChangeTest, approvalNeededOnlyForAChangeAboveTheInitialTotal)
{
    const VenuePlan stored = registeredPlan();
    EXPECT_FALSE(PlanChange::needsNationalApproval(stored, kTypedIn)); // 12 of 12
    EXPECT_FALSE(PlanChange::needsNationalApproval(stored, {{3, 0, 0}})); // 7
    EXPECT_TRUE(PlanChange::needsNationalApproval(stored, {{3, 2, 4}, {4, 4, 7}})); // 13
    // After an approved increase the plan is above the first total: sent as it is, it needs nothing.
    VenuePlan approved = stored;
    approved.rows = {{1, 4, 7}, {2, 3, 5}, {3, 2, 4}, {4, 4, 7}, {5, 0, 0}};
    EXPECT_FALSE(PlanChange::needsNationalApproval(approved, approved.rows));
    EXPECT_TRUE(PlanChange::needsNationalApproval(approved, {{5, 0, 1}}));
    // Before the first registration there is no first total to exceed.
    EXPECT_FALSE(PlanChange::needsNationalApproval(VenuePlan(), {{3, 20, 30}}));
}

TEST(PlanChangeTest, theFirstRegistrationSetsTheInitialTotal)
{
    const QList<PlanRow> all{{1, 4, 7}, {2, 3, 5}, {3, 2, 4}, {4, 3, 5}, {5, 0, 0}};
    // On 2022-01-14 every クール was still open.
    QList<CoolPeriod> cools = vsys::test::briefing::calendar();
    for (CoolPeriod& cool : cools) {
        cool.state = CoolPeriod::State::Open;
    }
    const QDateTime january = jst(2022, 1, 14, 10, 0);
    const PlanVerdict verdict = PlanChange::check(VenuePlan(), all, cools, january, false);
    EXPECT_TRUE(verdict.accepted());
    EXPECT_EQ(verdict.outcome, PlanOutcome::FirstRegistration);
    // Asking for a confirmation makes no difference: there is no 初回登録時 total yet.
    EXPECT_EQ(PlanChange::check(VenuePlan(), all, cools, january, true).outcome, PlanOutcome::FirstRegistration);
    // The rules of a change hold for the first registration too.
    EXPECT_EQ(PlanChange::check(VenuePlan(), all, vsys::test::briefing::calendar(), kNow, false).refusal,
              ErrorCode::CoolLocked);
}

TEST(PlanChangeTest, rowsOfUnknownOrRepeatedCoolsAreInvalid)
{
    const PlanVerdict unknown
        = PlanChange::check(registeredPlan(), {{3, 2, 4}, {6, 1, 2}}, vsys::test::briefing::calendar(), kNow, false);
    EXPECT_EQ(unknown.refusal, ErrorCode::Invalid);
    EXPECT_EQ(unknown.error.field, u"rows[1].cool_id"_s);
    EXPECT_EQ(unknown.error.message,
              u"第6クールはクールの予定にありません。最新のクール情報を受信してから、もう一度登録してください。"_s);

    const PlanVerdict twice
        = PlanChange::check(registeredPlan(), {{3, 2, 4}, {3, 1, 2}}, vsys::test::briefing::calendar(), kNow, false);
    EXPECT_EQ(twice.refusal, ErrorCode::Invalid);
    EXPECT_EQ(twice.error.field, u"rows[1].cool_id"_s);
    EXPECT_EQ(twice.error.message, u"3/28～4/10接種の行が2回あります。クールごとに1行だけ送ってください。"_s);
}

TEST(PlanChangeTest, countsOutOfRangeAndNeedlesAboveTheFillAreInvalid)
{
    const PlanVerdict needles
        = PlanChange::check(registeredPlan(), {{4, 3, 5}, {3, 2, 5}}, vsys::test::briefing::calendar(), kNow, false);
    EXPECT_EQ(needles.refusal, ErrorCode::Invalid);
    EXPECT_EQ(needles.error.field, u"rows[1].needle_boxes"_s);
    EXPECT_EQ(
        needles.error.message,
        u"3/28～4/10接種：接種用針・シリンジの箱数は自動入力された4箱から減らすことはできますが、増やすことはできません。"_s);

    const PlanVerdict tooMany
        = PlanChange::check(registeredPlan(), {{5, 10000, 0}}, vsys::test::briefing::calendar(), kNow, false);
    EXPECT_EQ(tooMany.refusal, ErrorCode::Invalid);
    EXPECT_EQ(tooMany.error.field, u"rows[0].vaccine_boxes"_s);
    EXPECT_EQ(tooMany.error.message, u"4/25～5/8接種：ワクチンの箱数は0から9999までの整数で入力してください。"_s);

    const PlanVerdict negative
        = PlanChange::check(registeredPlan(), {{4, 1, -1}}, vsys::test::briefing::calendar(), kNow, false);
    EXPECT_EQ(negative.refusal, ErrorCode::Invalid);
    EXPECT_EQ(negative.error.field, u"rows[0].needle_boxes"_s);
    EXPECT_EQ(negative.error.message, u"4/11～4/24接種：接種用針・シリンジの箱数に負の数は入力できません。"_s);

    // Needles may be lowered.
    EXPECT_TRUE(
        PlanChange::check(registeredPlan(), {{3, 2, 1}}, vsys::test::briefing::calendar(), kNow, false).accepted());
}

TEST(PlanChangeTest, aChangedRowOfAnAllocatedOrPastDeadlineCoolIsRefused)
{
    const PlanVerdict allocated
        = PlanChange::check(registeredPlan(), {{3, 2, 4}, {1, 5, 7}}, vsys::test::briefing::calendar(), kNow, false);
    EXPECT_EQ(allocated.refusal, ErrorCode::CoolLocked);
    // The error carries the kind, so the server answers with it as it is.
    EXPECT_EQ(allocated.error.code, ErrorCode::CoolLocked);
    EXPECT_EQ(allocated.error.field, u"rows[1].vaccine_boxes"_s);
    EXPECT_EQ(allocated.error.message, u"2/28～3/13接種は分配量確定済のため変更できません。"_s);

    // Only the needles of a past-deadline row differ: the field says so.
    const PlanVerdict past = PlanChange::check(registeredPlan(), {{3, 0, 0}, {4, 0, 0}},
                                               vsys::test::briefing::calendar(), jst(2022, 3, 8, 15, 0), false);
    EXPECT_TRUE(past.accepted());
    VenuePlan stored = registeredPlan();
    stored.rows[2] = {3, 2, 4};
    const PlanVerdict needles
        = PlanChange::check(stored, {{3, 2, 3}}, vsys::test::briefing::calendar(), jst(2022, 3, 8, 15, 0), false);
    EXPECT_EQ(needles.refusal, ErrorCode::CoolLocked);
    EXPECT_EQ(needles.error.field, u"rows[0].needle_boxes"_s);
    EXPECT_EQ(needles.error.message,
              u"3/28～4/10接種は計画変更の締切（2022/03/08 15:00）を過ぎているため変更できません。"_s);

    // Sending a locked row unchanged is fine: the client sends the whole plan.
    const QList<PlanRow> whole{{1, 4, 7}, {2, 3, 5}, {3, 2, 4}, {4, 3, 5}, {5, 0, 0}};
    EXPECT_EQ(PlanChange::check(registeredPlan(), whole, vsys::test::briefing::calendar(), kNow, false).outcome,
              PlanOutcome::Apply);
}

TEST(PlanChangeTest, aLockedCoolRefusesEveryChangeButNotAnUnchangedPlan)
{
    QList<CoolPeriod> cools = vsys::test::briefing::calendar();
    cools[3].state = CoolPeriod::State::Locked;
    cools[3].lockedUntil = jst(2022, 3, 23, 12, 0);
    const PlanVerdict locked = PlanChange::check(registeredPlan(), kTypedIn, cools, kNow, false);
    EXPECT_EQ(locked.refusal, ErrorCode::PlanLocked);
    EXPECT_EQ(locked.error.field, QString());
    EXPECT_EQ(locked.error.message,
              u"4/11～4/24接種の分配作業期間中のため、2022/03/23 12:00まで計画を変更できません。"_s);
    // The plan lock comes before the row's own: the user learns when to try again.
    const PlanVerdict allocatedToo = PlanChange::check(registeredPlan(), {{1, 5, 7}}, cools, kNow, false);
    EXPECT_EQ(allocatedToo.refusal, ErrorCode::PlanLocked);

    const PlanVerdict unchanged = PlanChange::check(registeredPlan(), {{3, 0, 0}}, cools, kNow, false);
    EXPECT_TRUE(unchanged.accepted());
}

TEST(PlanChangeTest, aTotalAboveTheInitialOneNeedsTheGovernmentsConfirmation)
{
    const QList<PlanRow> thirteen{{3, 2, 4}, {4, 4, 7}, {5, 0, 0}};
    const PlanVerdict refused
        = PlanChange::check(registeredPlan(), thirteen, vsys::test::briefing::calendar(), kNow, false);
    EXPECT_EQ(refused.refusal, ErrorCode::ApprovalRequired);
    EXPECT_EQ(refused.error.field, u"request_approval"_s);
    EXPECT_EQ(
        refused.error.message,
        u"初回登録時の総ワクチン箱数（12箱）を超える計画変更には国の確認が必要です。「国の確認を依頼する」で送信してください。"_s);

    const PlanVerdict asked
        = PlanChange::check(registeredPlan(), thirteen, vsys::test::briefing::calendar(), kNow, true);
    EXPECT_TRUE(asked.accepted());
    EXPECT_EQ(asked.outcome, PlanOutcome::RequestApproval);

    // After an approved increase the plan stands as it is; only a further change needs the 国 again.
    VenuePlan approved = registeredPlan();
    approved.rows = PlanChange::merged(approved, thirteen);
    EXPECT_EQ(PlanChange::check(approved, thirteen, vsys::test::briefing::calendar(), kNow, false).outcome,
              PlanOutcome::Apply);
    EXPECT_EQ(PlanChange::check(approved, {{5, 1, 2}}, vsys::test::briefing::calendar(), kNow, false).refusal,
              ErrorCode::ApprovalRequired);
    EXPECT_EQ(PlanChange::check(approved, {{4, 3, 5}}, vsys::test::briefing::calendar(), kNow, false).outcome,
              PlanOutcome::Apply);
}

} // namespace
