// SPDX-License-Identifier: MIT
// 祝日（行政機関の休日）: the shipped 2021–2026 data and the loader's checks.
#include "core/billing/HolidayCalendar.h"

#include <QDate>
#include <QString>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

int holidaysIn(const HolidayCalendar& calendar, int year)
{
    int n = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        n += calendar.isHoliday(d) ? 1 : 0;
    }
    return n;
}

Error parseError(const QByteArray& json)
{
    const auto parsed = HolidayCalendar::fromJson(json);
    EXPECT_FALSE(parsed.ok());
    return parsed.ok() ? Error{} : parsed.error();
}

} // namespace

TEST(BillingHolidayCalendarTest, CountsPerYear)
{
    const HolidayCalendar& calendar = HolidayCalendar::builtIn();
    EXPECT_EQ(holidaysIn(calendar, 2021), 17);
    EXPECT_EQ(holidaysIn(calendar, 2022), 16);
    EXPECT_EQ(holidaysIn(calendar, 2023), 17);
    EXPECT_EQ(holidaysIn(calendar, 2024), 21);
    EXPECT_EQ(holidaysIn(calendar, 2025), 19);
    EXPECT_EQ(holidaysIn(calendar, 2026), 18);
}

TEST(BillingHolidayCalendarTest, CoversTwentyTwentyOneToTwentyTwentySix)
{
    const HolidayCalendar& calendar = HolidayCalendar::builtIn();
    EXPECT_TRUE(calendar.covers(QDate(2021, 1, 1)));
    EXPECT_TRUE(calendar.covers(QDate(2026, 12, 31)));
    EXPECT_FALSE(calendar.covers(QDate(2020, 12, 31)));
    EXPECT_FALSE(calendar.covers(QDate(2027, 1, 1)));
    EXPECT_FALSE(calendar.covers(QDate()));
}

TEST(BillingHolidayCalendarTest, NamesIncludingSubstituteAndCitizensHolidays)
{
    const HolidayCalendar& calendar = HolidayCalendar::builtIn();
    EXPECT_EQ(calendar.holidayName(QDate(2021, 1, 1)), u"元日"_s);
    EXPECT_EQ(calendar.holidayName(QDate(2022, 1, 10)), u"成人の日"_s);
    // 2021: the Olympic year moved 海の日, スポーツの日 and 山の日.
    EXPECT_EQ(calendar.holidayName(QDate(2021, 7, 22)), u"海の日"_s);
    EXPECT_EQ(calendar.holidayName(QDate(2021, 7, 23)), u"スポーツの日"_s);
    EXPECT_EQ(calendar.holidayName(QDate(2021, 8, 8)), u"山の日"_s);
    EXPECT_EQ(calendar.holidayName(QDate(2021, 10, 11)), QString()) << "no スポーツの日 in October 2021";

    const QString substitute = u"休日（振替休日）"_s;
    for (const QDate d : {QDate(2021, 8, 9), QDate(2023, 1, 2), QDate(2024, 2, 12), QDate(2024, 5, 6),
                          QDate(2024, 8, 12), QDate(2024, 9, 23), QDate(2024, 11, 4), QDate(2025, 2, 24),
                          QDate(2025, 5, 6), QDate(2025, 11, 24), QDate(2026, 5, 6)}) {
        EXPECT_EQ(calendar.holidayName(d), substitute) << qPrintable(d.toString(Qt::ISODate));
    }
    EXPECT_EQ(calendar.holidayName(QDate(2026, 9, 22)), u"休日（国民の休日）"_s);
    EXPECT_EQ(calendar.holidayName(QDate(2023, 3, 21)), u"春分の日"_s);
    EXPECT_EQ(calendar.holidayName(QDate(2024, 9, 22)), u"秋分の日"_s);
}

TEST(BillingHolidayCalendarTest, EverySundayHolidayHasItsSubstitute)
{
    // 国民の祝日に関する法律 第3条2項: the next day that is not a holiday becomes a 振替休日.
    const HolidayCalendar& calendar = HolidayCalendar::builtIn();
    for (QDate d(2021, 1, 1); d.year() <= 2026; d = d.addDays(1)) {
        if (!calendar.isHoliday(d) || d.dayOfWeek() != Qt::Sunday) {
            continue;
        }
        QDate next = d.addDays(1);
        while (calendar.isHoliday(next) && calendar.holidayName(next) != u"休日（振替休日）"_s) {
            next = next.addDays(1);
        }
        EXPECT_EQ(calendar.holidayName(next), u"休日（振替休日）"_s) << qPrintable(d.toString(Qt::ISODate));
    }
}

TEST(BillingHolidayCalendarTest, BusinessDays)
{
    const HolidayCalendar& calendar = HolidayCalendar::builtIn();
    EXPECT_TRUE(calendar.isBusinessDay(QDate(2022, 1, 11))); // Tuesday
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2022, 1, 10))); // 成人の日 (Monday)
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2021, 4, 10))); // Saturday
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2021, 4, 11))); // Sunday
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2024, 2, 12))); // 振替休日
    EXPECT_FALSE(calendar.isHoliday(QDate(2021, 12, 29)));
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2021, 12, 29))); // 年末年始 (Wednesday)
    EXPECT_FALSE(calendar.isBusinessDay(QDate(2024, 1, 3))); // 年末年始 (Wednesday)
    EXPECT_TRUE(calendar.isBusinessDay(QDate(2024, 1, 4)));
    EXPECT_TRUE(calendar.isBusinessDay(QDate(2021, 12, 28)));
}

TEST(BillingHolidayCalendarTest, LoaderChecksDatesRangeAndNames)
{
    const auto ok = HolidayCalendar::fromJson(R"({"source": "t", "covers": {"from": "2030-01-01", "to": "2030-12-31"},
        "holidays": [{"date": "2030-01-01", "name": "元日"}]})");
    ASSERT_TRUE(ok.ok()) << qPrintable(ok.error().message);
    EXPECT_TRUE(ok->isHoliday(QDate(2030, 1, 1)));
    EXPECT_EQ(ok->lastCoveredDay(), QDate(2030, 12, 31));

    const Error badDate = parseError(R"({"covers": {"from": "2030-01-01", "to": "2030-12-31"},
        "holidays": [{"date": "2030-01-01", "name": "元日"}, {"date": "2030-02-30", "name": "x"}]})");
    EXPECT_EQ(badDate.field, u"holidays[1].date"_s);
    EXPECT_EQ(badDate.message, u"holidays[1].date：日付は YYYY-MM-DD の形式で指定してください。"_s);

    const Error outside = parseError(R"({"covers": {"from": "2030-01-01", "to": "2030-12-31"},
        "holidays": [{"date": "2031-01-01", "name": "元日"}]})");
    EXPECT_EQ(outside.field, u"holidays[0].date"_s);
    EXPECT_EQ(outside.message, u"holidays[0].date：日付が対象期間（covers）の範囲外です。"_s);

    const Error twice = parseError(R"({"covers": {"from": "2030-01-01", "to": "2030-12-31"},
        "holidays": [{"date": "2030-01-01", "name": "元日"}, {"date": "2030-01-01", "name": "元日"}]})");
    EXPECT_EQ(twice.field, u"holidays[1].date"_s);
    EXPECT_EQ(twice.message, u"holidays[1].date：この日付は2回載っています。1つにしてください。"_s);

    const Error noName = parseError(R"({"covers": {"from": "2030-01-01", "to": "2030-12-31"},
        "holidays": [{"date": "2030-01-01"}]})");
    EXPECT_EQ(noName.field, u"holidays[0].name"_s);
    EXPECT_EQ(noName.message, u"holidays[0].name：祝日の名前を指定してください。"_s);

    EXPECT_EQ(parseError(R"({"covers": {"from": "2030-01-01"}, "holidays": []})").field, u"covers.to"_s);
    const Error reversed = parseError(R"({"covers": {"from": "2030-12-31", "to": "2030-01-01"}, "holidays": []})");
    EXPECT_EQ(reversed.field, u"covers.to"_s);
    EXPECT_EQ(reversed.message, u"covers.to：対象期間の終わりが始まりより前になっています。日付を確認してください。"_s);
    const Error noList = parseError(R"({"covers": {"from": "2030-01-01", "to": "2030-12-31"}})");
    EXPECT_EQ(noList.field, u"holidays"_s);
    EXPECT_EQ(noList.message, u"holidays：祝日は {\"date\", \"name\"} の配列で指定してください。"_s);
    EXPECT_EQ(parseError("not json").field, u"holidays.json"_s);
}
