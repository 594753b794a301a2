// SPDX-License-Identifier: MIT
// 接種台帳: corrections supersede, duplicates are found, and the 実績 totals and claim counts follow from the rows.
#include "core/ledger/DoseLedger.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::AgeBand;
using vsys::core::BillingCount;
using vsys::core::ClaimLine;
using vsys::core::ClinicHours;
using vsys::core::DoseEntry;
using vsys::core::DoseKind;
using vsys::core::DoseLedger;
using vsys::core::DoseTotals;
using vsys::core::OldFormSurcharge;
using vsys::core::ScreeningForm;
using vsys::core::TicketSheet;
using vsys::core::TimeBand;

namespace {

const QString kChiyoda1 = u"131310160000000001"_s; // 3回目, 千代田区
const QString kChiyoda2 = u"131310160000000002"_s;
const QString kKitaWard = u"132712760000000003"_s; // 3回目, 大阪市北区 → 大阪市 pays
const QString kSecondDose = u"121310160000000004"_s; // 2回目

QString uuid(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
}

DoseEntry dose(int n, QDate date, QTime time, const QString& ticket, DoseKind kind = DoseKind::Vaccination)
{
    DoseEntry entry;
    entry.id = uuid(n);
    entry.date = date;
    entry.time = time;
    entry.ticket = ticket;
    entry.kind = kind;
    entry.vaccine = u"moderna_workplace"_s;
    entry.desk = u"desk-a"_s;
    entry.enteredAt = QDateTime(date, time, QTimeZone(9 * 3600)).toUTC();
    return entry;
}

DoseEntry correct(const DoseEntry& earlier, int n, int minutesLater)
{
    DoseEntry entry = earlier;
    entry.id = uuid(n);
    entry.supersedes = earlier.id;
    entry.reason = u"入力誤り"_s;
    entry.enteredAt = earlier.enteredAt.addSecs(60 * minutesLater);
    return entry;
}

QStringList idsOf(const QList<DoseEntry>& rows)
{
    QStringList ids;
    for (const DoseEntry& row : rows) {
        ids << row.id;
    }
    return ids;
}

const QDate kMonday(2022, 3, 14);

} // namespace

TEST(DoseLedgerTest, correctionsSupersedeAndWithdrawalsLeave)
{
    const DoseEntry a = dose(1, kMonday, QTime(10, 0), kChiyoda1);
    const DoseEntry b = dose(2, kMonday, QTime(9, 0), kChiyoda2);
    const DoseEntry c = dose(3, kMonday, QTime(9, 30), kKitaWard);
    DoseEntry aFixed = correct(a, 4, 5);
    aFixed.age = AgeBand::UnderSix;
    DoseEntry cVoided = correct(c, 5, 1);
    cVoided.voided = true;
    // Any order: a correction received before its original still supersedes it.
    const DoseLedger ledger({aFixed, cVoided, b, a, c});
    EXPECT_EQ(idsOf(ledger.current()), (QStringList{uuid(2), uuid(4)}));
    EXPECT_EQ(ledger.current().at(1).age, AgeBand::UnderSix);
    EXPECT_EQ(idsOf(ledger.history(uuid(1))), (QStringList{uuid(1), uuid(4)}));
    EXPECT_EQ(idsOf(ledger.history(uuid(4))), (QStringList{uuid(1), uuid(4)}));
    EXPECT_EQ(idsOf(ledger.history(uuid(3))), (QStringList{uuid(3), uuid(5)}));
    EXPECT_EQ(ledger.records().size(), 5);
}

TEST(DoseLedgerTest, aCorrectionOfACorrectionAndBranchesPickTheLatest)
{
    const DoseEntry a = dose(1, kMonday, QTime(10, 0), kChiyoda1);
    DoseEntry second = correct(a, 2, 5);
    second.time = QTime(10, 5);
    DoseEntry third = correct(second, 3, 10);
    third.time = QTime(10, 10);
    EXPECT_EQ(idsOf(DoseLedger({third, a, second}).current()), QStringList{uuid(3)});
    EXPECT_EQ(idsOf(DoseLedger({third, a, second}).history(uuid(2))), (QStringList{uuid(1), uuid(2), uuid(3)}));
    // Two desks corrected the same version before a sync: the later entry stands on both.
    DoseEntry otherDesk = correct(a, 4, 7);
    otherDesk.desk = u"desk-b"_s;
    EXPECT_EQ(idsOf(DoseLedger({a, second, otherDesk}).current()), QStringList{uuid(4)});
    EXPECT_EQ(idsOf(DoseLedger({otherDesk, second, a}).current()), QStringList{uuid(4)});
    // A desk whose clock is behind corrects a row: the correction stands though it was "entered" earlier.
    const DoseEntry skewed = correct(a, 5, -30);
    EXPECT_EQ(idsOf(DoseLedger({a, skewed}).current()), QStringList{uuid(5)});
}

TEST(DoseLedgerTest, earlierUseNamesTheFirstVaccinationWithTheTicket)
{
    const DoseEntry screening = dose(1, kMonday, QTime(9, 0), kChiyoda1, DoseKind::ScreeningOnly);
    const DoseEntry first = dose(2, kMonday, QTime(9, 10), kChiyoda1);
    const DoseLedger ledger({screening, first});
    const auto earlier = ledger.earlierUse(u"1-3-131016-0000000001"_s);
    ASSERT_TRUE(earlier.has_value());
    EXPECT_EQ(earlier->id, uuid(2));
    EXPECT_FALSE(ledger.earlierUse(kChiyoda1, uuid(2)).has_value()); // correcting the row itself
    EXPECT_FALSE(ledger.earlierUse(kChiyoda2).has_value());
    // Correcting the row through a later version of it still leaves it out.
    const DoseEntry fixed = correct(first, 3, 1);
    EXPECT_FALSE(DoseLedger({first, fixed}).earlierUse(kChiyoda1, uuid(1 + 1)).has_value());
    EXPECT_FALSE(DoseLedger({first, fixed}).earlierUse(kChiyoda1, uuid(3)).has_value());
}

TEST(DoseLedgerTest, duplicatesAreTheCurrentVaccinationsSharingATicket)
{
    const DoseEntry deskA = dose(1, kMonday, QTime(9, 0), kChiyoda1);
    DoseEntry deskB = dose(2, kMonday, QTime(9, 1), kChiyoda1);
    deskB.desk = u"desk-b"_s;
    const DoseEntry screening = dose(3, kMonday, QTime(9, 2), kChiyoda2, DoseKind::ScreeningOnly);
    const DoseEntry vaccination = dose(4, kMonday, QTime(9, 3), kChiyoda2);
    EXPECT_EQ(DoseLedger({deskA, deskB, screening, vaccination}).duplicateIds(), (QSet<QString>{uuid(1), uuid(2)}));
    DoseEntry withdrawn = correct(deskB, 5, 1);
    withdrawn.voided = true;
    EXPECT_TRUE(DoseLedger({deskA, deskB, withdrawn, screening, vaccination}).duplicateIds().isEmpty());
}

TEST(DoseLedgerTest, totalsByDoseNumberUpToTheDay)
{
    DoseEntry pfizer = dose(5, kMonday, QTime(9, 0), u"131310160000000009"_s);
    pfizer.vaccine = u"pfizer"_s;
    const DoseLedger ledger({
        dose(1, kMonday, QTime(9, 0), kChiyoda1),
        dose(2, kMonday, QTime(9, 5), kKitaWard),
        dose(3, kMonday.addDays(1), QTime(9, 0), kSecondDose),
        dose(4, kMonday, QTime(9, 10), kChiyoda2, DoseKind::ScreeningOnly),
        dose(6, kMonday, QTime(9, 20), u"111310160000000006"_s),
        dose(7, kMonday, QTime(9, 30), u"141310160000000007"_s), // 4回目: not among the three
        pfizer,
    });
    EXPECT_EQ(ledger.totals(u"moderna_workplace"_s, kMonday), (DoseTotals{1, 0, 2}));
    EXPECT_EQ(ledger.totals(u"moderna_workplace"_s, kMonday.addDays(1)), (DoseTotals{1, 1, 2}));
    EXPECT_EQ(ledger.totals(u"moderna_workplace"_s, kMonday.addDays(-1)), (DoseTotals{0, 0, 0}));
    EXPECT_EQ(ledger.totals(u"pfizer"_s, kMonday), (DoseTotals{0, 0, 1}));
    EXPECT_EQ(ledger.dailyVaccinations(kMonday, kMonday.addDays(6)),
              (QMap<QDate, int>{{kMonday, 5}, {kMonday.addDays(1), 1}}));
}

TEST(DoseLedgerTest, theMonthsClaim)
{
    const ClinicHours hours = ClinicHours::standard();
    DoseEntry oldForm = dose(6, kMonday, QTime(18, 0), kChiyoda2); // 時間外 on an old-format 予診票
    oldForm.form = ScreeningForm::Old;
    DoseEntry printed = dose(7, kMonday, QTime(9, 0), u"131310160000000010"_s);
    printed.sheet = TicketSheet::Printed;
    DoseEntry under6 = dose(8, QDate(2022, 3, 21), QTime(10, 0), u"131310160000000011"_s, DoseKind::ScreeningOnly);
    under6.age = AgeBand::UnderSix;
    const DoseLedger ledger({
        dose(1, kMonday, QTime(9, 0), kChiyoda1), // 通常
        dose(2, kMonday, QTime(12, 0), kKitaWard), // 時間外: a range's end is outside it
        dose(3, QDate(2022, 3, 21), QTime(10, 0), u"131310160000000003"_s), // 休日: 春分の日
        dose(4, QDate(2022, 3, 19), QTime(10, 0), u"132712760000000005"_s), // 休日: a Saturday without hours
        dose(5, QDate(2022, 4, 1), QTime(10, 0), u"131310160000000012"_s), // another month
        dose(9, QDate(2022, 2, 28), QTime(10, 0), u"131310160000000013"_s), // another month
        oldForm,
        printed,
        under6,
    });
    const auto line
        = [](TicketSheet sheet, const QString& code, DoseKind kind, AgeBand age, TimeBand time, qint64 count) {
              return ClaimLine{sheet, BillingCount{code, kind, age, time, count}};
          };
    const auto claim = ledger.claim(QDate(2022, 3, 31), hours);
    EXPECT_EQ(
        claim.lines,
        (QList<ClaimLine>{
            line(TicketSheet::Attached, u"131016"_s, DoseKind::ScreeningOnly, AgeBand::UnderSix, TimeBand::Holiday, 1),
            line(TicketSheet::Attached, u"131016"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 2),
            line(TicketSheet::Attached, u"131016"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Holiday, 1),
            line(TicketSheet::Attached, u"271004"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours,
                 1),
            line(TicketSheet::Attached, u"271004"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Holiday, 1),
            line(TicketSheet::Printed, u"131016"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 1),
        }));
    EXPECT_EQ(
        claim.separateSurcharges,
        (QList<OldFormSurcharge>{{u"131016"_s, TimeBand::AfterHours, AgeBand::SixAndOver, DoseKind::Vaccination, 1}}));
}

TEST(DoseLedgerTest, beforeDecember2021EverySurchargeIsSeparate)
{
    const ClinicHours hours = ClinicHours::standard();
    const DoseLedger ledger({
        dose(1, QDate(2021, 11, 30), QTime(18, 0), kChiyoda1), // a Tuesday evening
        dose(2, QDate(2021, 11, 23), QTime(10, 0), kChiyoda2), // 勤労感謝の日
        dose(3, QDate(2021, 12, 1), QTime(18, 0), kKitaWard),
    });
    const auto november = ledger.claim(QDate(2021, 11, 1), hours);
    EXPECT_EQ(november.lines,
              (QList<ClaimLine>{{TicketSheet::Attached,
                                 {u"131016"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 2}}}));
    EXPECT_EQ(
        november.separateSurcharges,
        (QList<OldFormSurcharge>{{u"131016"_s, TimeBand::AfterHours, AgeBand::SixAndOver, DoseKind::Vaccination, 1},
                                 {u"131016"_s, TimeBand::Holiday, AgeBand::SixAndOver, DoseKind::Vaccination, 1}}));
    const auto december = ledger.claim(QDate(2021, 12, 1), hours);
    EXPECT_EQ(december.lines,
              (QList<ClaimLine>{{TicketSheet::Attached,
                                 {u"271004"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours, 1}}}));
    EXPECT_TRUE(december.separateSurcharges.isEmpty());
}
