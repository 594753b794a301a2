// SPDX-License-Identifier: MIT
// 請求月ごとの入力: the table's editing rules, what each of the four outputs bills (the seed's April 2021
// example), and the stored JSON form with its errors.
#include "core/billing/MonthlyClaim.h"

#include "core/billing/BillingCalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

const QString kChiyoda = u"131016"_s; // 千代田区: the venue's municipality (同一市内)
const QString kOsakaKita = u"271276"_s; // 大阪市北区
const QString kSapporo = u"011002"_s;

constexpr auto SO = DoseKind::ScreeningOnly;
constexpr auto VA = DoseKind::Vaccination;
constexpr auto U6 = AgeBand::UnderSix;
constexpr auto O6 = AgeBand::SixAndOver;
constexpr auto REG = TimeBand::Regular;
constexpr auto HO = TimeBand::Holiday;
constexpr auto ATT = TicketSheet::Attached;
constexpr auto PRI = TicketSheet::Printed;

ClaimInstitution institution()
{
    return {u"東京都"_s,     u"東京都千代田区丸の内1-1-1"_s, u"山田 太郎"_s, u"03-1234-5678"_s, u"診療所"_s,
            u"1310000017"_s, u"丸の内クリニック"_s};
}

// The seed's 請求月 2021-04 example: 予診のみ 6歳以上 5 and 接種 6歳以上 40 for 千代田区, 接種 6歳以上 10 for
// 大阪市北区, all on the attached sheet.
MonthlyClaim april2021()
{
    MonthlyClaim claim = MonthlyClaim::start(QDate(2021, 4, 20), kChiyoda, institution());
    claim.setCount(ATT, kChiyoda, SO, O6, REG, 5);
    claim.setCount(ATT, kChiyoda, VA, O6, REG, 40);
    claim.setCount(ATT, kOsakaKita, VA, O6, REG, 10);
    return claim;
}

BillingStatement bill(const MonthlyClaim& claim, ClaimOutput output)
{
    const auto result = BillingCalculator().compute(claim.claimMonth, claim.vaccinationMonth, claim.counts(output));
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : qPrintable(result.error().message));
    return result.ok() ? *result : BillingStatement{};
}

QStringList codesOf(const BillingStatement& statement)
{
    QStringList codes;
    for (const MunicipalityClaim& municipality : statement.municipalities) {
        codes.append(municipality.code);
    }
    return codes;
}

// A small claim of the new format with one line on each sheet and one 返戻分.
MonthlyClaim january2022()
{
    MonthlyClaim claim = MonthlyClaim::start(QDate(2022, 1, 31), kChiyoda,
                                             {u"東京都"_s, {}, {}, {}, {}, u"1310000017"_s, u"丸の内クリニック"_s});
    claim.setCount(ATT, kChiyoda, VA, O6, REG, 12);
    claim.setCount(PRI, kOsakaKita, SO, U6, HO, 0);
    claim.returned.append({QDate(2021, 11, 1), PRI, {kOsakaKita, VA, O6, HO, 2}, u"住所地誤り"_s});
    return claim;
}

QJsonObject withValue(QJsonObject json, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined()) {
        json.remove(key);
    } else {
        json.insert(key, value);
    }
    return json;
}

QJsonObject withInstitutionValue(QJsonObject json, const QString& key, const QJsonValue& value)
{
    json.insert(u"institution"_s, withValue(json.value(u"institution"_s).toObject(), key, value));
    return json;
}

QJsonObject
withItemValue(QJsonObject json, const QString& list, qsizetype index, const QString& key, const QJsonValue& value)
{
    QJsonArray items = json.value(list).toArray();
    items.replace(index, withValue(items.at(index).toObject(), key, value));
    json.insert(list, items);
    return json;
}

} // namespace

TEST(MonthlyClaimTest, StartNormalisesTheClaimMonthAndTakesTheMonthBeforeAsVaccinationMonth)
{
    const MonthlyClaim april = MonthlyClaim::start(QDate(2021, 4, 20), kChiyoda, institution());
    EXPECT_EQ(april.claimMonth, QDate(2021, 4, 1));
    EXPECT_EQ(april.vaccinationMonth, QDate(2021, 3, 1));
    EXPECT_EQ(april.homeMunicipality, kChiyoda);
    EXPECT_EQ(april.institution, institution());
    EXPECT_TRUE(april.lines.isEmpty());
    EXPECT_TRUE(april.returned.isEmpty());
    EXPECT_EQ(april.format(), ClaimFormat::Old);

    const MonthlyClaim january = MonthlyClaim::start(QDate(2022, 1, 31), kChiyoda, institution());
    EXPECT_EQ(january.claimMonth, QDate(2022, 1, 1));
    EXPECT_EQ(january.vaccinationMonth, QDate(2021, 12, 1));
    EXPECT_EQ(january.format(), ClaimFormat::New);
}

TEST(MonthlyClaimTest, SetCountAddsOneLinePerCellAndKeepsZeroCounts)
{
    MonthlyClaim claim = MonthlyClaim::start(QDate(2022, 2, 1), kChiyoda, institution());
    EXPECT_EQ(claim.count(ATT, kOsakaKita, VA, O6, REG), 0);

    claim.setCount(ATT, kOsakaKita, VA, O6, REG, 7);
    claim.setCount(ATT, kOsakaKita, VA, O6, HO, 2);
    claim.setCount(ATT, kOsakaKita, VA, O6, REG, 9);
    claim.setCount(PRI, kOsakaKita, VA, O6, REG, 4);
    EXPECT_EQ(claim.count(ATT, kOsakaKita, VA, O6, REG), 9);
    EXPECT_EQ(claim.count(ATT, kOsakaKita, VA, O6, HO), 2);
    EXPECT_EQ(claim.count(PRI, kOsakaKita, VA, O6, REG), 4);
    EXPECT_EQ(claim.count(ATT, kOsakaKita, VA, U6, REG), 0);
    EXPECT_EQ(claim.lines,
              (QList<ClaimLine>{{ATT, {kOsakaKita, VA, O6, REG, 9}},
                                {ATT, {kOsakaKita, VA, O6, HO, 2}},
                                {PRI, {kOsakaKita, VA, O6, REG, 4}}}));

    claim.setCount(ATT, kOsakaKita, VA, O6, HO, 0);
    EXPECT_EQ(claim.lines.size(), 3);
    EXPECT_EQ(claim.count(ATT, kOsakaKita, VA, O6, HO), 0);
}

TEST(MonthlyClaimTest, MunicipalitiesListHomeFirstThenOthersByCode)
{
    MonthlyClaim claim = MonthlyClaim::start(QDate(2022, 2, 1), kChiyoda, institution());
    EXPECT_EQ(claim.municipalities(ATT), QStringList{kChiyoda});
    EXPECT_EQ(claim.municipalities(PRI), QStringList{kChiyoda});

    claim.setCount(ATT, kOsakaKita, VA, O6, REG, 3);
    claim.setCount(ATT, kSapporo, VA, O6, REG, 1);
    claim.setCount(ATT, kOsakaKita, SO, O6, REG, 1);
    claim.setCount(ATT, kChiyoda, VA, O6, REG, 20);
    claim.setCount(PRI, kSapporo, VA, O6, REG, 2);
    EXPECT_EQ(claim.municipalities(ATT), (QStringList{kChiyoda, kSapporo, kOsakaKita}));
    EXPECT_EQ(claim.municipalities(PRI), (QStringList{kChiyoda, kSapporo}));
}

TEST(MonthlyClaimTest, AddMunicipalityAddsAZeroLineOnceAndRemoveMunicipalityKeepsReturnedItems)
{
    MonthlyClaim claim = MonthlyClaim::start(QDate(2022, 2, 1), kChiyoda, institution());
    claim.addMunicipality(PRI, kOsakaKita);
    claim.addMunicipality(PRI, kOsakaKita);
    claim.addMunicipality(PRI, kChiyoda);
    EXPECT_EQ(claim.lines, (QList<ClaimLine>{{PRI, {kOsakaKita, VA, O6, REG, 0}}}));
    EXPECT_EQ(claim.municipalities(PRI), (QStringList{kChiyoda, kOsakaKita}));
    EXPECT_EQ(claim.municipalities(ATT), QStringList{kChiyoda});

    claim.setCount(PRI, kOsakaKita, SO, O6, REG, 3);
    claim.setCount(ATT, kOsakaKita, VA, O6, REG, 5);
    claim.returned.append({QDate(2022, 1, 1), PRI, {kOsakaKita, VA, O6, REG, 1}, {}});
    claim.removeMunicipality(PRI, kOsakaKita);
    EXPECT_EQ(claim.lines, (QList<ClaimLine>{{ATT, {kOsakaKita, VA, O6, REG, 5}}}));
    EXPECT_EQ(claim.municipalities(PRI), QStringList{kChiyoda});
    EXPECT_EQ(claim.returned.size(), 1);
}

TEST(MonthlyClaimTest, SeedApril2021SummaryIncludingHomeBillsEverything)
{
    const BillingStatement statement = bill(april2021(), ClaimOutput::SummaryIncludingHome);
    EXPECT_EQ(statement.format, ClaimFormat::Old);
    EXPECT_EQ(statement.totalCount, 55);
    EXPECT_EQ(statement.totalAmount, 122320);
    EXPECT_EQ(codesOf(statement), (QStringList{kChiyoda, kOsakaKita}));
}

TEST(MonthlyClaimTest, SeedApril2021SummaryExcludingHomeLeavesOutTheVenuesMunicipality)
{
    const MonthlyClaim claim = april2021();
    EXPECT_EQ(claim.counts(ClaimOutput::SummaryExcludingHome), (QList<BillingCount>{{kOsakaKita, VA, O6, REG, 10}}));
    const BillingStatement statement = bill(claim, ClaimOutput::SummaryExcludingHome);
    EXPECT_EQ(statement.totalCount, 10);
    EXPECT_EQ(statement.totalAmount, 22770);
    EXPECT_EQ(codesOf(statement), QStringList{kOsakaKita});
}

TEST(MonthlyClaimTest, SeedApril2021MunicipalOutputsBillTheirSheetOnly)
{
    MonthlyClaim claim = april2021();
    const BillingStatement attached = bill(claim, ClaimOutput::MunicipalAttached);
    EXPECT_EQ(codesOf(attached), (QStringList{kChiyoda, kOsakaKita}));
    EXPECT_EQ(attached.totalCount, 55);
    EXPECT_EQ(attached.totalAmount, 122320);
    EXPECT_TRUE(claim.counts(ClaimOutput::MunicipalPrinted).isEmpty());

    claim.setCount(PRI, kSapporo, VA, O6, REG, 2);
    EXPECT_EQ(claim.counts(ClaimOutput::MunicipalPrinted), (QList<BillingCount>{{kSapporo, VA, O6, REG, 2}}));
    EXPECT_EQ(codesOf(bill(claim, ClaimOutput::MunicipalAttached)), (QStringList{kChiyoda, kOsakaKita}));
    const BillingStatement summary = bill(claim, ClaimOutput::SummaryIncludingHome);
    EXPECT_EQ(summary.totalCount, 57);
    EXPECT_EQ(summary.totalAmount, 122320 + 2 * 2277);
}

TEST(MonthlyClaimTest, CountsAreLinesThenReturnedItemsWithZeroCountsKept)
{
    MonthlyClaim claim = april2021();
    claim.addMunicipality(ATT, kSapporo);
    claim.returned.append({QDate(2021, 3, 1), ATT, {kChiyoda, VA, O6, REG, 3}, u"接種日の記載漏れ"_s});
    EXPECT_EQ(claim.counts(ClaimOutput::SummaryIncludingHome),
              (QList<BillingCount>{{kChiyoda, SO, O6, REG, 5},
                                   {kChiyoda, VA, O6, REG, 40},
                                   {kOsakaKita, VA, O6, REG, 10},
                                   {kSapporo, VA, O6, REG, 0},
                                   {kChiyoda, VA, O6, REG, 3}}));
    EXPECT_EQ(claim.counts(ClaimOutput::SummaryExcludingHome),
              (QList<BillingCount>{{kOsakaKita, VA, O6, REG, 10}, {kSapporo, VA, O6, REG, 0}}));
}

TEST(MonthlyClaimTest, ReturnedItemIsAddedToTheSummaryAndItsMunicipalitysSheet)
{
    MonthlyClaim claim = april2021();
    claim.returned.append({QDate(2021, 3, 1), ATT, {kChiyoda, VA, O6, REG, 3}, u"接種日の記載漏れ"_s});

    const BillingStatement including = bill(claim, ClaimOutput::SummaryIncludingHome);
    EXPECT_EQ(including.totalCount, 58);
    EXPECT_EQ(including.totalAmount, 122320 + 3 * 2277);

    const BillingStatement attached = bill(claim, ClaimOutput::MunicipalAttached);
    ASSERT_EQ(codesOf(attached), (QStringList{kChiyoda, kOsakaKita}));
    EXPECT_EQ(attached.municipalities.at(0).totalCount, 48);
    EXPECT_EQ(attached.municipalities.at(0).totalAmount, 5 * 1694 + 43 * 2277);

    const BillingStatement excluding = bill(claim, ClaimOutput::SummaryExcludingHome);
    EXPECT_EQ(excluding.totalCount, 10);
    EXPECT_EQ(excluding.totalAmount, 22770);
    EXPECT_TRUE(claim.counts(ClaimOutput::MunicipalPrinted).isEmpty());
}

TEST(MonthlyClaimTest, KeysNameTheSheetsAndOutputs)
{
    EXPECT_EQ(MonthlyClaim::key(ATT), u"attached"_s);
    EXPECT_EQ(MonthlyClaim::key(PRI), u"printed"_s);
    EXPECT_EQ(MonthlyClaim::key(ClaimOutput::SummaryIncludingHome), u"summary_including_home"_s);
    EXPECT_EQ(MonthlyClaim::key(ClaimOutput::SummaryExcludingHome), u"summary_excluding_home"_s);
    EXPECT_EQ(MonthlyClaim::key(ClaimOutput::MunicipalAttached), u"municipal_attached"_s);
    EXPECT_EQ(MonthlyClaim::key(ClaimOutput::MunicipalPrinted), u"municipal_printed"_s);
}

TEST(MonthlyClaimTest, ToJsonWritesTheStoredForm)
{
    const QByteArray expected
        = uR"({"claim_month":"2022-01","home_municipality":"131016",)"
          uR"("institution":{"address":"","code":"1310000017","facility_type":"","name":"丸の内クリニック",)"
          uR"("phone":"","prefecture":"東京都","representative":""},)"
          uR"("lines":[{"age":"6plus","count":12,"kind":"vaccination","municipality":"131016","sheet":"attached",)"
          uR"("time":"regular"},{"age":"under6","count":0,"kind":"screening_only","municipality":"271276",)"
          uR"("sheet":"printed","time":"holiday"}],)"
          uR"("returned":[{"age":"6plus","count":2,"kind":"vaccination","municipality":"271276","note":"住所地誤り",)"
          uR"("original_claim_month":"2021-11","sheet":"printed","time":"holiday"}],"vaccination_month":"2021-12"})"_s
              .toUtf8();
    EXPECT_EQ(QJsonDocument(january2022().toJson()).toJson(QJsonDocument::Compact), expected);
}

TEST(MonthlyClaimTest, FromJsonReadsBackWhatToJsonWrote)
{
    MonthlyClaim claim = april2021();
    claim.institution = institution();
    claim.setCount(PRI, kSapporo, SO, U6, REG, 0);
    claim.returned.append({QDate(2021, 2, 1), ATT, {kOsakaKita, VA, U6, REG, 1}, u"接種券番号の誤り"_s});
    for (const MonthlyClaim& original : {claim, january2022(), MonthlyClaim::start(QDate(2023, 3, 9), {}, {})}) {
        const auto read = MonthlyClaim::fromJson(original.toJson());
        ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
        EXPECT_EQ(*read, original);
    }
}

TEST(MonthlyClaimTest, FromJsonLeavesMissingInstitutionFieldsEmpty)
{
    const QJsonObject json = withValue(january2022().toJson(), u"institution"_s, QJsonObject{{u"name"_s, u"A"_s}});
    const auto read = MonthlyClaim::fromJson(json);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    EXPECT_EQ(read->institution, (ClaimInstitution{{}, {}, {}, {}, {}, {}, u"A"_s}));
}

TEST(MonthlyClaimTest, FromJsonNamesTheFieldOfEachError)
{
    const QJsonObject valid = january2022().toJson();
    const QJsonValue missing = QJsonValue(QJsonValue::Undefined);
    QJsonArray duplicate = valid.value(u"lines"_s).toArray();
    duplicate.append(withValue(duplicate.at(0).toObject(), u"count"_s, 99));
    const struct
    {
        const char* what;
        QJsonObject json;
        QString field;
    } cases[] = {
        {"unknown top-level key", withValue(valid, u"claim_mnth"_s, u"2022-01"_s), u"claim_mnth"_s},
        {"month without leading zero", withValue(valid, u"claim_month"_s, u"2022-1"_s), u"claim_month"_s},
        {"month as a date", withValue(valid, u"claim_month"_s, u"2022-01-01"_s), u"claim_month"_s},
        {"missing vaccination month", withValue(valid, u"vaccination_month"_s, missing), u"vaccination_month"_s},
        {"home as a number", withValue(valid, u"home_municipality"_s, 131016), u"home_municipality"_s},
        {"institution as text", withValue(valid, u"institution"_s, u"丸の内"_s), u"institution"_s},
        {"missing institution", withValue(valid, u"institution"_s, missing), u"institution"_s},
        {"unknown institution key", withInstitutionValue(valid, u"fax"_s, u""_s), u"institution.fax"_s},
        {"institution phone as a number", withInstitutionValue(valid, u"phone"_s, 312345678), u"institution.phone"_s},
        {"lines as an object", withValue(valid, u"lines"_s, QJsonObject{}), u"lines"_s},
        {"missing returned", withValue(valid, u"returned"_s, missing), u"returned"_s},
        {"line as a number", withValue(valid, u"lines"_s, QJsonArray{1}), u"lines[0]"_s},
        {"unknown line key", withItemValue(valid, u"lines"_s, 1, u"price"_s, 2277), u"lines[1].price"_s},
        {"unknown sheet", withItemValue(valid, u"lines"_s, 1, u"sheet"_s, u"paper"_s), u"lines[1].sheet"_s},
        {"municipality as a number", withItemValue(valid, u"lines"_s, 0, u"municipality"_s, 131016),
         u"lines[0].municipality"_s},
        {"unknown kind", withItemValue(valid, u"lines"_s, 0, u"kind"_s, u"booster"_s), u"lines[0].kind"_s},
        {"unknown age", withItemValue(valid, u"lines"_s, 0, u"age"_s, u"6"_s), u"lines[0].age"_s},
        {"missing time", withItemValue(valid, u"lines"_s, 0, u"time"_s, missing), u"lines[0].time"_s},
        {"negative count", withItemValue(valid, u"lines"_s, 1, u"count"_s, -1), u"lines[1].count"_s},
        {"fractional count", withItemValue(valid, u"lines"_s, 0, u"count"_s, 1.5), u"lines[0].count"_s},
        {"count as text", withItemValue(valid, u"lines"_s, 0, u"count"_s, u"3"_s), u"lines[0].count"_s},
        {"duplicate cell", withValue(valid, u"lines"_s, duplicate), u"lines[2]"_s},
        {"returned month out of range", withItemValue(valid, u"returned"_s, 0, u"original_claim_month"_s, u"2021-13"_s),
         u"returned[0].original_claim_month"_s},
        {"returned without note", withItemValue(valid, u"returned"_s, 0, u"note"_s, missing), u"returned[0].note"_s},
        {"returned negative count", withItemValue(valid, u"returned"_s, 0, u"count"_s, -2), u"returned[0].count"_s},
        {"returned without sheet", withItemValue(valid, u"returned"_s, 0, u"sheet"_s, missing), u"returned[0].sheet"_s},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        const auto result = MonthlyClaim::fromJson(c.json);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().field, c.field);
        EXPECT_TRUE(result.error().message.contains(c.field)) << qPrintable(result.error().message);
    }
}

TEST(MonthlyClaimTest, FromJsonDuplicateErrorPointsAtTheFirstLine)
{
    QJsonArray lines = january2022().toJson().value(u"lines"_s).toArray();
    lines.append(lines.at(1));
    const auto result = MonthlyClaim::fromJson(withValue(january2022().toJson(), u"lines"_s, lines));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, u"lines[2]"_s);
    EXPECT_TRUE(result.error().message.contains(u"lines[1]"_s)) << qPrintable(result.error().message);

    // The same cell on the other sheet is a different cell.
    lines.replace(2, withValue(lines.at(1).toObject(), u"sheet"_s, u"attached"_s));
    EXPECT_TRUE(MonthlyClaim::fromJson(withValue(january2022().toJson(), u"lines"_s, lines)).ok());
}
