// SPDX-License-Identifier: MIT
// 実績・廃棄の報告: the shipped vaccine list (doses per vial), the wire form, and the rules the page and the
// server share: bounds, the day, a lower total only with a reason, and what V-SYS asks to confirm.
#include "core/report/ReportRules.h"

#include "core/report/PerformanceReport.h"
#include "core/report/VaccineCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

const QDate kToday(2022, 3, 1);

PerformanceReport report(int third, int second, int wasted)
{
    PerformanceReport made;
    made.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    made.vaccine = u"moderna_workplace"_s;
    made.asOf = kToday;
    made.thirdDoses = third;
    made.secondDoses = second;
    made.wastedVials = wasted;
    return made;
}

TEST(VaccineCatalogTest, TheShippedListStartsWithTheWorkplaceModernaAt15DosesPerVial)
{
    const VaccineCatalog& catalog = VaccineCatalog::builtIn();
    EXPECT_EQ(catalog.defaultVaccine().key, u"moderna_workplace"_s);
    EXPECT_EQ(catalog.defaultVaccine().name, u"武田/モデルナ(職域接種)"_s);
    EXPECT_EQ(catalog.defaultVaccine().product, u"モデルナワクチン"_s);
    EXPECT_EQ(catalog.defaultVaccine().dosesPerVial, 15);
    ASSERT_NE(catalog.find(u"pfizer"_s), nullptr);
    EXPECT_EQ(catalog.find(u"pfizer"_s)->dosesPerVial, 6);
    EXPECT_EQ(catalog.find(u"sputnik"_s), nullptr);
}

TEST(VaccineCatalogTest, WorkplaceVaccinesComeFirstAndBrokenFilesNameTheEntry)
{
    const auto catalog = VaccineCatalog::fromJson(
        R"({"vaccines":[{"key":"a","name":"A","product":"Aワクチン","doses_per_vial":6},
                        {"key":"b","name":"B","product":"Bワクチン","doses_per_vial":15,"workplace":true}]})");
    ASSERT_TRUE(catalog.ok());
    EXPECT_EQ(catalog->defaultVaccine().key, u"b"_s);
    const auto zero
        = VaccineCatalog::fromJson(R"({"vaccines":[{"key":"a","name":"A","product":"P","doses_per_vial":0}]})");
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().field, u"vaccines[0]"_s);
    const auto twice = VaccineCatalog::fromJson(
        R"({"vaccines":[{"key":"a","name":"A","product":"P","doses_per_vial":6},
                        {"key":"a","name":"A2","product":"P","doses_per_vial":6}]})");
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, u"vaccines[1]"_s);
    EXPECT_FALSE(VaccineCatalog::fromJson(R"({"vaccines":[]})").ok());
}

TEST(ReportJsonTest, RoundTripsAndRefusesWhatCannotBeAReport)
{
    PerformanceReport sent = report(80, 10, 1);
    sent.correctionReason = u"訂正"_s;
    sent.reportedBy = u"1310000025"_s;
    sent.reportedAt = QDateTime(QDate(2022, 3, 1), QTime(1, 0), Qt::UTC);
    const QJsonObject json = ReportJson::toJson(sent);
    EXPECT_EQ(json.value(u"as_of"_s).toString(), u"2022-03-01"_s);
    EXPECT_EQ(json.value(u"wasted_vials"_s).toInt(), 1);
    EXPECT_EQ(json.value(u"reported_at"_s).toString(), u"2022-03-01T01:00:00.000Z"_s);
    const auto back = ReportJson::fromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, sent);

    const auto refusedField = [&](const QString& key, const QJsonValue& value) {
        QJsonObject changed = json;
        changed.insert(key, value);
        const auto read = ReportJson::fromJson(changed);
        return read.ok() ? QString() : read.error().field;
    };
    EXPECT_EQ(refusedField(u"third_doses"_s, -1), u"third_doses"_s);
    EXPECT_EQ(refusedField(u"first_doses"_s, 2.5), u"first_doses"_s);
    EXPECT_EQ(refusedField(u"wasted_vials"_s, ReportRules::kMaxWastedVials + 1), u"wasted_vials"_s);
    EXPECT_EQ(refusedField(u"vaccine"_s, u"x"_s), u"vaccine"_s);
    EXPECT_EQ(refusedField(u"as_of"_s, u"2022-3-1"_s), u"as_of"_s);
    EXPECT_EQ(refusedField(u"as_of"_s, u"2022/03/01"_s), u"as_of"_s);
    EXPECT_EQ(refusedField(u"id"_s, u"0F8FAD5B-D9CB-469F-A165-70867728950E"_s), u"id"_s);
    EXPECT_EQ(refusedField(u"correction_reason"_s, QJsonArray()), u"correction_reason"_s);
    EXPECT_EQ(refusedField(u"third_doses"_s, ReportRules::kMaxDoses), QString());
}

TEST(ReportRulesTest, TypedFiguresTakeZenkakuDigitsAndSeparators)
{
    EXPECT_EQ(*ReportRules::count(u"１，２００"_s, ReportFigure::FirstDoses), 1200);
    EXPECT_EQ(*ReportRules::count(u" 48 "_s, ReportFigure::ThirdDoses), 48);
    EXPECT_EQ(*ReportRules::count(u"0"_s, ReportFigure::WastedVials), 0);
    for (const QString& bad : {u""_s, u"-1"_s, u"1.5"_s, u"+3"_s, u"十"_s, u"10000000"_s}) {
        const auto refused = ReportRules::count(bad, ReportFigure::ThirdDoses);
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_EQ(refused.error().field, u"third_doses"_s);
        EXPECT_TRUE(refused.error().message.startsWith(ReportRules::label(ReportFigure::ThirdDoses)));
    }
    EXPECT_FALSE(ReportRules::count(u"1000000"_s, ReportFigure::WastedVials).ok());
}

TEST(ReportRulesTest, ALowerTotalNeedsAReasonAndTheErrorNamesTheFirstLowerFigure)
{
    PerformanceReport previous = report(80, 10, 3);
    previous.asOf = QDate(2022, 2, 28);
    EXPECT_FALSE(ReportRules::check(report(80, 10, 3), previous, kToday));
    EXPECT_FALSE(ReportRules::check(report(1, 0, 0), std::nullopt, kToday));

    const auto lower = ReportRules::check(report(70, 9, 3), previous, kToday);
    ASSERT_TRUE(lower);
    EXPECT_EQ(lower->field, u"third_doses"_s);
    EXPECT_TRUE(lower->message.contains(u"2022/02/28"_s));
    EXPECT_EQ(ReportRules::check(report(80, 10, 2), previous, kToday)->field, u"wasted_vials"_s);
    EXPECT_EQ(ReportRules::lowered(report(70, 9, 3), previous),
              (QList<ReportFigure>{ReportFigure::ThirdDoses, ReportFigure::SecondDoses}));

    PerformanceReport corrected = report(70, 9, 3);
    corrected.correctionReason = u"二重計上"_s;
    EXPECT_FALSE(ReportRules::check(corrected, previous, kToday));
    corrected.correctionReason = QString(ReportRules::kMaxReasonLength + 1, u'訂');
    EXPECT_EQ(ReportRules::check(corrected, previous, kToday)->field, u"correction_reason"_s);
}

TEST(ReportRulesTest, TheDayLiesBetweenTheFirstVaccinationsAndToday)
{
    PerformanceReport made = report(1, 0, 0);
    made.asOf = kToday.addDays(1);
    EXPECT_EQ(ReportRules::check(made, std::nullopt, kToday)->field, u"as_of"_s);
    made.asOf = QDate(2021, 2, 16);
    EXPECT_EQ(ReportRules::check(made, std::nullopt, kToday)->field, u"as_of"_s);
    made.asOf = QDate(2021, 2, 17);
    EXPECT_FALSE(ReportRules::check(made, std::nullopt, kToday));
}

TEST(ReportRulesTest, VsysConfirmsThirdDosesAndWasteEqualOrLowerAndAnyLowerFigure)
{
    const PerformanceReport previous = report(80, 10, 3);
    EXPECT_TRUE(ReportRules::toConfirm(report(90, 10, 4), previous).isEmpty());
    EXPECT_TRUE(ReportRules::toConfirm(report(1, 0, 0), std::nullopt).isEmpty());
    EXPECT_EQ(ReportRules::toConfirm(report(80, 10, 4), previous), QList<ReportFigure>{ReportFigure::ThirdDoses});
    EXPECT_EQ(ReportRules::toConfirm(report(90, 10, 3), previous), QList<ReportFigure>{ReportFigure::WastedVials});
    EXPECT_EQ(ReportRules::toConfirm(report(90, 9, 4), previous), QList<ReportFigure>{ReportFigure::SecondDoses});
}

} // namespace
