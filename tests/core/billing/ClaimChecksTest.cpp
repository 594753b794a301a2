// SPDX-License-Identifier: MIT
// 印刷前の確認: which warnings a claim gets before printing, in order, each naming its field.
#include "core/billing/ClaimChecks.h"

#include "core/address/MunicipalityDirectory.h"
#include "core/billing/ClaimDeadline.h"
#include "core/validation/Validators.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

const QString kChiyoda = u"131016"_s; // 千代田区: the venue's municipality (同一市内)
const QString kOsakaKita = u"271276"_s; // 大阪市北区

constexpr auto VA = DoseKind::Vaccination;
constexpr auto O6 = AgeBand::SixAndOver;
constexpr auto REG = TimeBand::Regular;
constexpr auto ATT = TicketSheet::Attached;
constexpr auto PRI = TicketSheet::Printed;
constexpr auto ALL = ClaimOutput::SummaryIncludingHome;

// 131000001 followed by its Luhn check digit: a code that passes every check.
QString goodInstitutionCode()
{
    return u"131000001"_s + QString::number(InstitutionCode::checkDigit(u"131000001"));
}

// 請求月 2022-01 (接種月 2021-12), complete: nothing to warn about before its deadline.
MonthlyClaim january2022()
{
    MonthlyClaim claim
        = MonthlyClaim::start(QDate(2022, 1, 5), kChiyoda,
                              {u"東京都"_s, u"東京都千代田区丸の内1-1-1"_s, u"山田 太郎"_s, u"03-1234-5678"_s,
                               u"診療所"_s, goodInstitutionCode(), u"丸の内クリニック"_s});
    claim.setCount(ATT, kChiyoda, VA, O6, REG, 40);
    claim.setCount(ATT, kOsakaKita, VA, O6, REG, 10);
    return claim;
}

QList<Error> check(const MonthlyClaim& claim, QDate today, ClaimOutput output = ALL)
{
    return ClaimChecks::beforePrinting(claim, output, today, MunicipalityDirectory::builtIn());
}

QStringList fieldsOf(const QList<Error>& warnings)
{
    QStringList fields;
    for (const Error& warning : warnings) {
        fields << warning.field;
    }
    return fields;
}

} // namespace

TEST(ClaimChecksTest, aCompleteClaimBeforeItsDeadlineHasNoWarnings)
{
    EXPECT_EQ(fieldsOf(check(january2022(), QDate(2022, 1, 5))), QStringList());
    for (ClaimOutput output :
         {ClaimOutput::SummaryIncludingHome, ClaimOutput::SummaryExcludingHome, ClaimOutput::MunicipalAttached}) {
        EXPECT_EQ(fieldsOf(check(january2022(), QDate(2022, 1, 5), output)), QStringList());
    }
}

TEST(ClaimChecksTest, blankRepresentativeAndAddress)
{
    MonthlyClaim claim = january2022();
    claim.institution.representative = u"　"_s;
    claim.institution.address.clear();
    const QList<Error> warnings = check(claim, QDate(2022, 1, 5));
    EXPECT_EQ(fieldsOf(warnings), (QStringList{u"institution.representative"_s, u"institution.address"_s}));
}

TEST(ClaimChecksTest, institutionCodeWithAWrongCheckDigitIsAWarning)
{
    ASSERT_NE(goodInstitutionCode(), u"1310000018"_s);
    MonthlyClaim claim = january2022();
    claim.institution.code = u"1310000018"_s;
    const QList<Error> warnings = check(claim, QDate(2022, 1, 5));
    ASSERT_EQ(fieldsOf(warnings), (QStringList{u"institution.code"_s}));
    // The validator's 類似コード warning, under the screen's label.
    EXPECT_EQ(
        warnings.first().message,
        InstitutionCode::validate(u"1310000018"_s, ClaimChecks::tr("Medical institution code (10 digits)")).message);
}

TEST(ClaimChecksTest, aConfirmedCheckDigitIsNotAskedAgain)
{
    MonthlyClaim claim = january2022();
    claim.institution.code = u"１３１０００００１８"_s; // as the IME typed it
    EXPECT_EQ(ClaimChecks::unconfirmedCheckDigit(claim.institution.code), u"1310000018"_s);
    const QStringList confirmed{u"1310000018"_s};
    EXPECT_TRUE(ClaimChecks::beforePrinting(claim, ClaimOutput::SummaryIncludingHome, QDate(2022, 1, 5),
                                            MunicipalityDirectory::builtIn(), confirmed)
                    .isEmpty());
    // A confirmation excuses the 検証番号 only: a wrong length is never confirmed away.
    claim.institution.code = u"131000001"_s;
    EXPECT_TRUE(ClaimChecks::unconfirmedCheckDigit(claim.institution.code).isEmpty());
    EXPECT_EQ(fieldsOf(ClaimChecks::beforePrinting(claim, ClaimOutput::SummaryIncludingHome, QDate(2022, 1, 5),
                                                   MunicipalityDirectory::builtIn(), {u"131000001"_s})),
              (QStringList{u"institution.code"_s}));
    EXPECT_TRUE(ClaimChecks::unconfirmedCheckDigit(goodInstitutionCode()).isEmpty());
}

TEST(ClaimChecksTest, institutionCodeOfTheWrongLengthOrBlank)
{
    MonthlyClaim claim = january2022();
    claim.institution.code = u"131000001"_s;
    EXPECT_EQ(fieldsOf(check(claim, QDate(2022, 1, 5))), (QStringList{u"institution.code"_s}));
    claim.institution.code.clear();
    EXPECT_EQ(fieldsOf(check(claim, QDate(2022, 1, 5))), (QStringList{u"institution.code"_s}));
    claim.institution.code = u"１３１０００００１"_s + goodInstitutionCode().right(1);
    EXPECT_EQ(fieldsOf(check(claim, QDate(2022, 1, 5))), QStringList());
}

TEST(ClaimChecksTest, municipalityWithAWrongCheckDigitNamesTheOneMeant)
{
    MonthlyClaim claim = january2022();
    claim.setCount(PRI, u"131017"_s, VA, O6, REG, 3);
    const QList<Error> warnings = check(claim, QDate(2022, 1, 5));
    ASSERT_EQ(fieldsOf(warnings), (QStringList{u"lines[2].municipality"_s}));
    EXPECT_TRUE(warnings.first().message.contains(u"131017"_s)) << qPrintable(warnings.first().message);
    EXPECT_TRUE(warnings.first().message.contains(u"131016"_s)) << qPrintable(warnings.first().message);
    EXPECT_TRUE(warnings.first().message.contains(u"東京都千代田区"_s)) << qPrintable(warnings.first().message);
}

TEST(ClaimChecksTest, municipalityNotInTheList)
{
    // 139998 has a correct check digit but is no municipality.
    ASSERT_EQ(MunicipalityCode::checkDigit(u"13999"), 8);
    MonthlyClaim claim = january2022();
    claim.homeMunicipality = u"139998"_s;
    claim.returned.append({QDate(2021, 12, 1), ATT, BillingCount{u"139998"_s, VA, O6, REG, 2}, {}});
    claim.returned.append({QDate(2021, 12, 1), ATT, BillingCount{u"999997"_s, VA, O6, REG, 1}, {}});
    const QList<Error> warnings = check(claim, QDate(2022, 1, 5));
    // Each code once, at its first use.
    ASSERT_EQ(fieldsOf(warnings), (QStringList{u"home_municipality"_s, u"returned[1].municipality"_s}));
    EXPECT_TRUE(warnings.at(0).message.contains(u"139998"_s)) << qPrintable(warnings.at(0).message);
    EXPECT_TRUE(warnings.at(1).message.contains(u"999997"_s)) << qPrintable(warnings.at(1).message);
}

TEST(ClaimChecksTest, onlyTheSheetsOfTheOutputAreChecked)
{
    MonthlyClaim claim = january2022();
    claim.setCount(PRI, u"131017"_s, VA, O6, REG, 3);
    EXPECT_EQ(fieldsOf(check(claim, QDate(2022, 1, 5), ClaimOutput::MunicipalAttached)), QStringList());
    EXPECT_EQ(fieldsOf(check(claim, QDate(2022, 1, 5), ClaimOutput::MunicipalPrinted)),
              (QStringList{u"lines[2].municipality"_s}));
}

TEST(ClaimChecksTest, allCountsZero)
{
    MonthlyClaim claim = january2022();
    claim.setCount(ATT, kChiyoda, VA, O6, REG, 0);
    claim.setCount(ATT, kOsakaKita, VA, O6, REG, 0);
    EXPECT_EQ(fieldsOf(check(claim, QDate(2022, 1, 5))), (QStringList{u"counts"_s}));
    // The printed sheet has no lines at all: its sheets would bill nothing either.
    EXPECT_EQ(fieldsOf(check(january2022(), QDate(2022, 1, 5), ClaimOutput::MunicipalPrinted)),
              (QStringList{u"counts"_s}));
}

TEST(ClaimChecksTest, deadlinePassed)
{
    // 請求月 2022-01: the 10th is 成人の日, so the deadline is Tuesday 2022-01-11.
    EXPECT_EQ(fieldsOf(check(january2022(), QDate(2022, 1, 11))), QStringList());
    const QList<Error> warnings = check(january2022(), QDate(2022, 1, 12));
    ASSERT_EQ(fieldsOf(warnings), (QStringList{u"claim_month"_s}));
    EXPECT_TRUE(warnings.first().message.contains(u"2022年01月11日"_s)) << qPrintable(warnings.first().message);
    EXPECT_TRUE(warnings.first().message.contains(u"2022年01月"_s)) << qPrintable(warnings.first().message);
}

TEST(ClaimChecksTest, vaccinationMonthNotEnded)
{
    // 月遅れ the wrong way round: 請求月 2022-01 for doses of 2022-01, checked on 2022-01-20.
    MonthlyClaim claim = january2022();
    claim.vaccinationMonth = QDate(2022, 1, 1);
    const QList<Error> warnings = check(claim, QDate(2022, 1, 20));
    ASSERT_EQ(fieldsOf(warnings), (QStringList{u"vaccination_month"_s, u"claim_month"_s}));
    EXPECT_TRUE(warnings.first().message.contains(u"2022年01月"_s)) << qPrintable(warnings.first().message);
    EXPECT_TRUE(warnings.first().message.contains(u"2022年01月31日"_s)) << qPrintable(warnings.first().message);
    EXPECT_EQ(fieldsOf(check(claim, QDate(2022, 2, 1))), (QStringList{u"claim_month"_s}));
}

TEST(ClaimChecksTest, everyWarningInOrder)
{
    MonthlyClaim claim = january2022();
    claim.institution.representative.clear();
    claim.institution.address.clear();
    claim.institution.code = u"1310000018"_s;
    claim.homeMunicipality = u"131017"_s;
    claim.lines.clear();
    claim.vaccinationMonth = QDate(2022, 1, 1);
    EXPECT_EQ(fieldsOf(check(claim, QDate(2022, 1, 20))),
              (QStringList{u"institution.representative"_s, u"institution.address"_s, u"institution.code"_s,
                           u"home_municipality"_s, u"counts"_s, u"vaccination_month"_s, u"claim_month"_s}));
}

TEST(ClaimChecksTest, deadlineOutsideTheCalendarIsReported)
{
    MonthlyClaim claim = january2022();
    claim.claimMonth = QDate(2099, 1, 1);
    claim.vaccinationMonth = QDate(2098, 12, 1);
    const QList<Error> warnings = check(claim, QDate(2099, 1, 5));
    ASSERT_EQ(fieldsOf(warnings), (QStringList{u"claim_month"_s}));
    EXPECT_EQ(warnings.first().message, claimDeadline(QDate(2099, 1, 1)).error().message);
}

TEST(ClaimChecksTest, countsThatDifferFromTheLedgerAreNamedWithBothNumbers)
{
    MonthlyClaim claim = january2022();
    claim.setCount(PRI, kChiyoda, VA, O6, TimeBand::AfterHours, 5);
    claim.setCount(ATT, kChiyoda, DoseKind::ScreeningOnly, O6, REG, 3); // 予診のみ: not a 接種
    EXPECT_EQ(ClaimChecks::vaccinations(claim), 55);
    const auto withLedger = [&](std::optional<qint64> ledger) {
        return ClaimChecks::beforePrinting(claim, ALL, QDate(2022, 1, 5), MunicipalityDirectory::builtIn(), {},
                                           HolidayCalendar::builtIn(), ledger);
    };
    EXPECT_TRUE(withLedger(55).isEmpty());
    EXPECT_TRUE(withLedger(std::nullopt).isEmpty());
    const QList<Error> warnings = withLedger(57);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).field, u"ledger"_s);
    EXPECT_EQ(warnings.at(0).message,
              u"実績と件数が違います：請求の2021年12月の接種は55件、接種台帳では57件です。件数を確認する"
              u"か、台帳から入力してください。"_s);
}
