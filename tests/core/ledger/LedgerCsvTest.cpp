// SPDX-License-Identifier: MIT
// The day's list from other tools: UTF-8 with or without BOM and Shift_JIS in, every bad line reported and
// nothing taken from a file with errors; the ledger and the month's counts out for Excel.
#include "core/ledger/LedgerCsv.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::AgeBand;
using vsys::core::BillingCount;
using vsys::core::ClaimLine;
using vsys::core::DoseEntry;
using vsys::core::DoseKind;
using vsys::core::LedgerClaim;
using vsys::core::LedgerCsv;
using vsys::core::OldFormSurcharge;
using vsys::core::ScreeningForm;
using vsys::core::TicketSheet;
using vsys::core::TimeBand;

namespace {

const QString kDay = u"administered_at,ticket,kind,age\n"
                     u"2022-03-14T09:00,1-3-131016-0000000001,vaccination,6plus\n"
                     u"2022-03-14T09:05,１３２７１２７６００００００００02,screening_only,under6\r\n"
                     u"\n"_s;

} // namespace

TEST(LedgerCsvTest, readsTheFourColumns)
{
    const auto rows = LedgerCsv::read(kDay.toUtf8(), u"moderna_workplace"_s);
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 2);
    const DoseEntry& first = rows->at(0);
    EXPECT_EQ(first.date, QDate(2022, 3, 14));
    EXPECT_EQ(first.time, QTime(9, 0));
    EXPECT_EQ(first.ticket, u"131310160000000001"_s);
    EXPECT_EQ(first.kind, DoseKind::Vaccination);
    EXPECT_EQ(first.age, AgeBand::SixAndOver);
    EXPECT_EQ(first.form, ScreeningForm::New);
    EXPECT_EQ(first.sheet, TicketSheet::Attached);
    EXPECT_EQ(first.vaccine, u"moderna_workplace"_s);
    EXPECT_TRUE(first.id.isEmpty());
    EXPECT_EQ(rows->at(1).ticket, u"132712760000000002"_s);
    EXPECT_EQ(rows->at(1).kind, DoseKind::ScreeningOnly);
    EXPECT_EQ(rows->at(1).age, AgeBand::UnderSix);
}

TEST(LedgerCsvTest, readsTheOptionalColumnsAndQuotes)
{
    const auto rows
        = LedgerCsv::read("administered_at,ticket,kind,age,vaccine,sheet,form\n"
                          "2022-03-14T09:00,\"1 3 131016 0000000001\",vaccination,6plus,pfizer,printed,old\n"
                          "2022-03-14T09:01,131310160000000002,vaccination,6plus,,,\n",
                          u"moderna_workplace"_s);
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    EXPECT_EQ(rows->at(0).vaccine, u"pfizer"_s);
    EXPECT_EQ(rows->at(0).sheet, TicketSheet::Printed);
    EXPECT_EQ(rows->at(0).form, ScreeningForm::Old);
    EXPECT_EQ(rows->at(1).vaccine, u"moderna_workplace"_s);
    EXPECT_EQ(rows->at(1).sheet, TicketSheet::Attached);
    EXPECT_EQ(rows->at(1).form, ScreeningForm::New);
}

TEST(LedgerCsvTest, readsUtf8WithBomAndShiftJis)
{
    const auto bom = LedgerCsv::read("\xEF\xBB\xBF" + kDay.toUtf8(), u"moderna_workplace"_s);
    ASSERT_TRUE(bom.ok()) << bom.error().message.toStdString();
    EXPECT_EQ(bom->size(), 2);
    // Shift_JIS bytes of the full-width digits (０ = 82 4F); ー (81 5B) between them.
    QStringEncoder toShiftJis("Shift_JIS");
    const QByteArray sjis = toShiftJis.encode(kDay);
    ASSERT_FALSE(toShiftJis.hasError());
    ASSERT_TRUE(sjis.contains("\x82\x50\x82\x52")); // １３
    const auto rows = LedgerCsv::read(sjis, u"moderna_workplace"_s);
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    EXPECT_EQ(rows->at(1).ticket, u"132712760000000002"_s);
    // CP932's own characters (① 87 40, ～ 81 60) decode too: the note column of another tool's export.
    EXPECT_EQ(LedgerCsv::decode("\x87\x40\x81\x60"), u"①～"_s);
}

TEST(LedgerCsvTest, reportsEveryBadLineAndImportsNothing)
{
    const QByteArray bad = "administered_at,ticket,kind,age\n"
                           "2022-03-14T09:00,131310160000000001,vaccination,6plus\n"
                           "2022-03-14 09:01,131310170000000002,vaccination,6plus\n"
                           "2022-03-14T09:02,131310160000000003,接種,adult\n"
                           "2022-03-14T09:03,131310160000000001,vaccination,6plus\n"
                           "2022-03-14T09:04,131310160000000001,screening_only,6plus\n"
                           "2022-03-14T09:05,131310160000000004,vaccination\n"
                           "2022-03-14T09:06,131310160000000005,vaccination,6plus\n";
    QStringList errors;
    const auto rows = LedgerCsv::read(bad, u"moderna_workplace"_s, &errors);
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().field, u"line 3: administered_at"_s);
    ASSERT_EQ(errors.size(), 6) << errors.join(u'\n').toStdString();
    EXPECT_TRUE(errors.at(0).contains(u"3"_s) && errors.at(0).contains(u"administered_at"_s));
    EXPECT_TRUE(errors.at(1).startsWith(errors.at(0).left(errors.at(0).indexOf(u"administered_at"_s))));
    EXPECT_TRUE(errors.at(1).contains(u"131016"_s)) << errors.at(1).toStdString(); // the right check digit
    EXPECT_TRUE(errors.at(2).contains(u"4"_s) && errors.at(2).contains(u"kind"_s) && errors.at(2).contains(u"接種"_s));
    EXPECT_TRUE(errors.at(3).contains(u"age"_s) && errors.at(3).contains(u"adult"_s));
    // Line 5 uses line 2's ticket for a 接種; line 6's 予診のみ with it is fine.
    EXPECT_TRUE(errors.at(4).contains(u"5"_s) && errors.at(4).contains(u"1-3-131016-0000000001"_s)
                && errors.at(4).contains(u"2"_s))
        << errors.at(4).toStdString();
    EXPECT_TRUE(errors.at(5).contains(u"7"_s)) << errors.at(5).toStdString();
    EXPECT_EQ(rows.error().message, errors.join(u'\n'));
}

TEST(LedgerCsvTest, refusesAWrongHeader)
{
    EXPECT_EQ(LedgerCsv::read("date,ticket,kind,age\n", u"moderna_workplace"_s).error().field, u"line 1"_s);
    EXPECT_EQ(LedgerCsv::read("administered_at,ticket,kind,age,name\n", u"moderna_workplace"_s).error().field,
              u"line 1"_s);
    EXPECT_EQ(LedgerCsv::read("administered_at,ticket,kind,age,form,form\n", u"moderna_workplace"_s).error().field,
              u"line 1"_s);
    EXPECT_FALSE(LedgerCsv::read("", u"moderna_workplace"_s).ok());
    const auto headerOnly = LedgerCsv::read("administered_at,ticket,kind,age\r\n", u"moderna_workplace"_s);
    ASSERT_TRUE(headerOnly.ok());
    EXPECT_TRUE(headerOnly->isEmpty());
}

TEST(LedgerCsvTest, writesWhatItReads)
{
    auto rows = LedgerCsv::read("administered_at,ticket,kind,age,form,sheet,vaccine\n"
                                "2022-03-14T09:00,131310160000000001,vaccination,6plus,old,printed,pfizer\n"
                                "2022-03-14T09:05,132712760000000002,screening_only,under6,new,attached,moderna\n",
                                u"moderna_workplace"_s);
    ASSERT_TRUE(rows.ok());
    const QByteArray written = LedgerCsv::write(*rows);
    EXPECT_EQ(written,
              "\xEF\xBB\xBF"
              "administered_at,ticket,kind,age,form,sheet,vaccine\r\n"
              "2022-03-14T09:00,131310160000000001,vaccination,6plus,old,printed,pfizer\r\n"
              "2022-03-14T09:05,132712760000000002,screening_only,under6,new,attached,moderna\r\n");
    EXPECT_EQ(LedgerCsv::read(written, u"moderna_workplace"_s).value(), *rows);
}

TEST(LedgerCsvTest, writesTheMonthsCounts)
{
    const LedgerClaim claim{
        {ClaimLine{TicketSheet::Attached,
                   BillingCount{u"271004"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Holiday, 3}}},
        {OldFormSurcharge{u"131016"_s, TimeBand::AfterHours, AgeBand::SixAndOver, DoseKind::Vaccination, 2}}};
    const QByteArray written = LedgerCsv::writeClaim(claim);
    EXPECT_TRUE(written.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(QString::fromUtf8(written.sliced(3)),
              u"sheet,municipality,municipality_name,kind,age,time,count\r\n"
              u"attached,271004,大阪市,vaccination,6plus,holiday,3\r\n"
              u"old_form_surcharge,131016,千代田区,vaccination,6plus,after_hours,2\r\n"_s);
}

TEST(LedgerCsvTest, theErrorNamesTheFirstBadLineAndField)
{
    const auto twice = LedgerCsv::read("administered_at,ticket,kind,age\n"
                                       "2022-03-14T09:00,131310160000000001,vaccination,6plus\n"
                                       "2022-03-14T09:05,131310160000000001,vaccination,6plus\n",
                                       u"moderna_workplace"_s);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, u"line 3: ticket"_s);
    const auto shortLine = LedgerCsv::read("administered_at,ticket,kind,age\n"
                                           "2022-03-14T09:00,131310160000000001,vaccination\n"
                                           "2022-03-14T09:05,131310160000000002,vaccination,adult\n",
                                           u"moderna_workplace"_s);
    ASSERT_FALSE(shortLine.ok());
    EXPECT_EQ(shortLine.error().field, u"line 2"_s);
}
