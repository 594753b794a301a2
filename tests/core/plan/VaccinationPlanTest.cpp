// SPDX-License-Identifier: MIT
// 接種計画: the briefing's plan screen figures, the lower-only needle rule and the approval rule.
#include "core/plan/VaccinationPlan.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

struct SeedRow
{
    int boxes;
    int doses;
    int needleBoxes;
    int needles;
};

class SeedPlanTest : public ::testing::TestWithParam<SeedRow>
{
};

// 接種計画の登録・変更 screen in the briefing: 4, 3, 2, 3, 0 boxes.
TEST_P(SeedPlanTest, defaultRuleReproducesBriefingScreen)
{
    const SeedRow row = GetParam();
    const auto line = VaccinationPlan().line(row.boxes);
    ASSERT_TRUE(line.ok()) << line.error().message.toStdString();
    EXPECT_EQ(line->doses, row.doses);
    EXPECT_EQ(line->needleFillBoxes, row.needleBoxes);
    EXPECT_EQ(line->needleBoxes, row.needleBoxes);
    EXPECT_EQ(line->needles, row.needles);
}

INSTANTIATE_TEST_SUITE_P(Briefing,
                         SeedPlanTest,
                         ::testing::Values(SeedRow{4, 600, 7, 700},
                                           SeedRow{3, 450, 5, 500},
                                           SeedRow{2, 300, 4, 400},
                                           SeedRow{0, 0, 0, 0},
                                           SeedRow{1, 150, 2, 200},
                                           SeedRow{10, 1500, 17, 1700}));

TEST(VaccinationPlanTest, totalsOfBriefingPlan)
{
    const PlanTotals totals = VaccinationPlan().totals({4, 3, 2, 3, 0});
    EXPECT_EQ(totals, (PlanTotals{12, 1800}));
}

TEST(VaccinationPlanTest, needlesMayBeLowered)
{
    const auto line = VaccinationPlan().line(4, 5);
    ASSERT_TRUE(line.ok());
    EXPECT_EQ(line->needleFillBoxes, 7);
    EXPECT_EQ(line->needleBoxes, 5);
    EXPECT_EQ(line->needles, 500);
    EXPECT_EQ(VaccinationPlan().line(4, 0)->needles, 0);
}

TEST(VaccinationPlanTest, needlesMayNotBeRaisedAboveTheFill)
{
    const auto line = VaccinationPlan().line(4, 8, u"3/28～4/10接種"_s);
    ASSERT_FALSE(line.ok());
    EXPECT_EQ(line.error().field, u"needle_boxes"_s);
    EXPECT_EQ(
        line.error().message,
        u"3/28～4/10接種：接種用針・シリンジの箱数は自動入力された7箱から減らすことはできますが、増やすことはできません。"_s);
}

TEST(VaccinationPlanTest, negativeNeedlesRejected)
{
    const auto line = VaccinationPlan().line(4, -1);
    ASSERT_FALSE(line.ok());
    EXPECT_EQ(line.error().message, u"接種計画量：接種用針・シリンジの箱数に負の数は入力できません。"_s);
}

TEST(VaccinationPlanTest, boxesOutOfRangeRejected)
{
    for (int boxes : {-1, VaccinationPlan::kMaxBoxesPerCool + 1}) {
        const auto line = VaccinationPlan().line(boxes);
        ASSERT_FALSE(line.ok()) << boxes;
        EXPECT_EQ(line.error().field, u"vaccine_boxes"_s);
        EXPECT_EQ(line.error().message, u"接種計画量：ワクチンの箱数は0から9999までの整数で入力してください。"_s);
    }
    EXPECT_TRUE(VaccinationPlan().line(VaccinationPlan::kMaxBoxesPerCool).ok());
}

TEST(NeedleFillRuleTest, drawsPerVialAlternativeAlsoFitsBriefing)
{
    const NeedleFillRule rule(NeedleFillRule::Method::DrawsPerVial, 16, 100);
    const VaccineProduct moderna{u"m"_s, u"m"_s, 150, 10};
    EXPECT_EQ(rule.boxesFor(4, moderna), 7);
    EXPECT_EQ(rule.boxesFor(3, moderna), 5);
    EXPECT_EQ(rule.boxesFor(2, moderna), 4);
    EXPECT_EQ(rule.boxesFor(0, moderna), 0);
    EXPECT_EQ(rule.boxesFor(5, moderna), 8);
}

TEST(NeedleFillRuleTest, sparePercentIsExactAtBoxBoundaries)
{
    // 100 doses + 0 % spare is exactly one box; one more dose needs a second box.
    const VaccineProduct hundred{u"x"_s, u"x"_s, 100, 10};
    EXPECT_EQ(NeedleFillRule(NeedleFillRule::Method::SparePercent, 0, 100).boxesFor(1, hundred), 1);
    const VaccineProduct hundredOne{u"y"_s, u"y"_s, 101, 10};
    EXPECT_EQ(NeedleFillRule(NeedleFillRule::Method::SparePercent, 0, 100).boxesFor(1, hundredOne), 2);
}

TEST(NeedleFillRuleTest, sparePercentRoundsAFractionalNeedleUp)
{
    // 91 doses + 10 % = 100.1: 101 needles, which one box of 100 does not hold.
    const VaccineProduct ninetyOne{u"z"_s, u"z"_s, 91, 10};
    const NeedleFillRule rule(NeedleFillRule::Method::SparePercent, 10, 100);
    EXPECT_EQ(rule.boxesFor(1, ninetyOne), 2);
    const VaccinationPlan plan(ninetyOne, rule);
    const auto line = plan.line(1);
    ASSERT_TRUE(line.ok()) << line.error().message.toStdString();
    EXPECT_EQ(line->needleFillBoxes, 2);
    EXPECT_EQ(line->needles, 200);
}

TEST(PlanSettingsTest, builtInDefaults)
{
    const PlanSettings& settings = PlanSettings::builtIn();
    EXPECT_EQ(settings.defaultVaccine().id, u"moderna_booster"_s);
    EXPECT_EQ(settings.defaultVaccine().dosesPerBox, 150);
    EXPECT_EQ(settings.needleFill().unitsPerBox(), 100);
    EXPECT_EQ(settings.vaccine(u"nope"_s), nullptr);
}

TEST(PlanSettingsTest, settingsFileChangesTheRule)
{
    const auto settings = PlanSettings::fromJson(R"({"default_vaccine":"v","vaccines":[{"id":"v","name":"V",
        "doses_per_box":100,"vials_per_box":10},{"id":"w","name":"W","doses_per_box":150,"vials_per_box":10}],
        "needle_syringe":{"units_per_box":50,"fill":{"method":"draws_per_vial","draws":12}}})");
    ASSERT_TRUE(settings.ok()) << settings.error().message.toStdString();
    EXPECT_EQ(settings->vaccine(u"w"_s)->dosesPerBox, 150);
    const VaccinationPlan plan(settings->defaultVaccine(), settings->needleFill());
    const auto line = plan.line(2);
    ASSERT_TRUE(line.ok());
    EXPECT_EQ(line->doses, 200);
    EXPECT_EQ(line->needleBoxes, 5); // 2 boxes × 10 vials × 12 draws = 240 → 5 boxes of 50
    EXPECT_EQ(line->needles, 250);
}

TEST(PlanSettingsTest, badSettingsNameTheKey)
{
    const auto noVaccine = PlanSettings::fromJson(R"({"vaccines":[{"id":"v","doses_per_box":0,"vials_per_box":10}]})");
    ASSERT_FALSE(noVaccine.ok());
    EXPECT_EQ(noVaccine.error().field, u"vaccines[0]"_s);

    const auto badDefault = PlanSettings::fromJson(
        R"({"default_vaccine":"x","vaccines":[{"id":"v","doses_per_box":150,"vials_per_box":10}]})");
    ASSERT_FALSE(badDefault.ok());
    EXPECT_EQ(badDefault.error().field, u"default_vaccine"_s);

    const auto badFill = PlanSettings::fromJson(R"({"default_vaccine":"v","vaccines":[{"id":"v","doses_per_box":150,
        "vials_per_box":10}],"needle_syringe":{"units_per_box":100,"fill":{"method":"guess"}}})");
    ASSERT_FALSE(badFill.ok());
    EXPECT_EQ(badFill.error().field, u"needle_syringe.fill"_s);

    EXPECT_EQ(PlanSettings::fromJson("not json").error().field, u"plan_rules"_s);
}

} // namespace
