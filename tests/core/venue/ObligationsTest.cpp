// SPDX-License-Identifier: MIT
// ホーム画面の「対応が必要なこと」: the briefing's calendar at the demo server's clock (2022-03-01 10:00), with the
// dates each obligation names and how 土日・祝日 (春分の日 3/21) move the deadlines.
#include "core/venue/Obligations.h"

#include "tests/support/BriefingCalendar.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;
using vsys::test::briefing::japanTime;

namespace {

ObligationInput atDemoClock()
{
    ObligationInput input;
    input.undownloadedDelegations = {japanTime(2, 25, 9, 0), japanTime(2, 28, 23, 30)};
    input.cools = vsys::test::briefing::calendar();
    input.lastReportAsOf = QDate(2022, 2, 28);
    input.vaccinationDays = {QDate(2022, 2, 28), QDate(2022, 3, 1)};
    input.now = vsys::test::briefing::kServerNow;
    return input;
}

TEST(ObligationsTest, eachObligationWithItsDateInTheIssuesOrder)
{
    const QList<Obligation> obligations = Obligations::list(atDemoClock());
    ASSERT_EQ(obligations.size(), 4);
    EXPECT_EQ(obligations.at(0),
              (Obligation{Obligation::Kind::Delegation, QDate(2022, 2, 28), u"委任状のダウンロード（2件）"_s,
                          u"2022/02/28発行"_s, false}));
    EXPECT_EQ(obligations.at(1),
              (Obligation{Obligation::Kind::PlanChange, QDate(2022, 3, 8), u"3/28～4/10接種の計画変更締切"_s,
                          u"2022/03/08 15:00まで"_s, false}));
    EXPECT_EQ(obligations.at(2),
              (Obligation{Obligation::Kind::Report, QDate(2022, 3, 2),
                          u"接種実績・廃棄の報告（2022/03/01接種分から）"_s, u"2022/03/02まで"_s, false}));
    EXPECT_EQ(obligations.at(3),
              (Obligation{Obligation::Kind::Claim, QDate(2022, 3, 10), u"2022年02月接種分の請求（2022年03月請求分）"_s,
                          u"2022/03/10まで"_s, false}));
}

TEST(ObligationsTest, nothingToDoIsLeftOut)
{
    ObligationInput input = atDemoClock();
    input.undownloadedDelegations.clear();
    input.lastReportAsOf = QDate(2022, 3, 1); // every dose reported
    for (CoolPeriod& cool : input.cools) {
        cool.state = CoolPeriod::State::Allocated;
    }
    const QList<Obligation> obligations = Obligations::list(input);
    ASSERT_EQ(obligations.size(), 1);
    EXPECT_EQ(obligations.at(0).kind, Obligation::Kind::Claim);
}

TEST(ObligationsTest, theReportIsDueTheNextBusinessDayAndOverdueAfterIt)
{
    // Friday 3/18: Saturday, Sunday and 春分の日 (Monday 3/21) pass, so Tuesday 3/22.
    EXPECT_EQ(Obligations::reportDue(QDate(2022, 3, 18)), QDate(2022, 3, 22));
    EXPECT_EQ(Obligations::reportDue(QDate(2022, 3, 1)), QDate(2022, 3, 2));

    ObligationInput input = atDemoClock();
    input.lastReportAsOf.reset(); // never reported: from the first dose
    input.now = japanTime(3, 3, 9, 0);
    const auto obligations = Obligations::list(input);
    const auto report = std::find_if(obligations.cbegin(), obligations.cend(),
                                     [](const Obligation& o) { return o.kind == Obligation::Kind::Report; });
    ASSERT_NE(report, obligations.cend());
    EXPECT_EQ(report->date, QDate(2022, 3, 1));
    EXPECT_EQ(report->title, u"接種実績・廃棄の報告（2022/02/28接種分から）"_s);
    EXPECT_TRUE(report->overdue);
}

TEST(ObligationsTest, afterTheClaimDeadlineTheNextMonthsIsShownMovedPastASunday)
{
    ObligationInput input = atDemoClock();
    input.now = japanTime(3, 11, 9, 0);
    const auto obligations = Obligations::list(input);
    // 2022-04-10 is a Sunday: Monday 4/11.
    EXPECT_EQ(obligations.constLast(),
              (Obligation{Obligation::Kind::Claim, QDate(2022, 4, 11), u"2022年03月接種分の請求（2022年04月請求分）"_s,
                          u"2022/04/11まで"_s, false}));
    // The plan deadline of 3/8 has passed: the next open クール's (3/22 15:00).
    EXPECT_EQ(obligations.at(1).when, u"2022/03/22 15:00まで"_s);
}

} // namespace
