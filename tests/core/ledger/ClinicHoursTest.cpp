// SPDX-License-Identifier: MIT
// 診療時間 and the 時間帯 it gives (domain-rules.md §1): 休日 by the day, 時間外 by the time, a range's end outside it.
#include "core/ledger/ClinicHours.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ClinicHours;
using vsys::core::ClinicHoursRange;
using vsys::core::TimeBand;

namespace {

const QByteArray kHours = R"({"mon":[["09:00","12:00"],["13:00","17:00"]],"tue":[["09:00","12:00"]],"wed":[],
    "thu":[["13:00","17:00"],["09:00","12:00"]],"fri":[["09:00","12:00"],["13:00","17:00"]],"sat":[["09:00","12:00"]],
    "sun":[],"closed":["2022-03-10","2022-03-03"]})";

ClinicHours hours()
{
    auto parsed = ClinicHours::fromJson(kHours);
    EXPECT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    return *parsed;
}

} // namespace

TEST(ClinicHoursTest, readsTheHoursFile)
{
    const ClinicHours parsed = hours();
    EXPECT_EQ(parsed.weekly[0], (QList<ClinicHoursRange>{{QTime(9, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}}));
    EXPECT_EQ(parsed.weekly[3], parsed.weekly[0]); // sorted by start
    EXPECT_TRUE(parsed.weekly[2].isEmpty());
    EXPECT_EQ(parsed.closedDates, (QList<QDate>{QDate(2022, 3, 3), QDate(2022, 3, 10)}));
    EXPECT_FALSE(parsed.yearEndIsHoliday);
    EXPECT_EQ(ClinicHours::fromJson(parsed.toJson()).value(), parsed);
}

TEST(ClinicHoursTest, theStandardHours)
{
    const ClinicHours standard = ClinicHours::standard();
    EXPECT_EQ(
        standard.toJson(),
        R"({"closed":[],"fri":[["09:00","12:00"],["13:00","17:00"]],"mon":[["09:00","12:00"],["13:00","17:00"]],)"
        R"("sat":[],"sun":[],"thu":[["09:00","12:00"],["13:00","17:00"]],"tue":[["09:00","12:00"],["13:00","17:00"]],)"
        R"("wed":[["09:00","12:00"],["13:00","17:00"]],"year_end_holiday":false})");
}

TEST(ClinicHoursTest, bandsOfAWeek)
{
    const ClinicHours h = hours();
    // Monday 2022-03-14.
    EXPECT_EQ(h.band(QDate(2022, 3, 14), QTime(9, 0)), TimeBand::Regular); // a start is inside
    EXPECT_EQ(h.band(QDate(2022, 3, 14), QTime(11, 59)), TimeBand::Regular);
    EXPECT_EQ(h.band(QDate(2022, 3, 14), QTime(12, 0)), TimeBand::AfterHours); // an end is not
    EXPECT_EQ(h.band(QDate(2022, 3, 14), QTime(8, 59)), TimeBand::AfterHours);
    EXPECT_EQ(h.band(QDate(2022, 3, 14), QTime(17, 0)), TimeBand::AfterHours);
    EXPECT_EQ(h.band(QDate(2022, 3, 14), QTime(13, 0)), TimeBand::Regular);
    // Wednesday without 診療時間, Saturday with, Sunday.
    EXPECT_EQ(h.band(QDate(2022, 3, 16), QTime(10, 0)), TimeBand::Holiday);
    EXPECT_EQ(h.band(QDate(2022, 3, 19), QTime(10, 0)), TimeBand::Regular);
    EXPECT_EQ(h.band(QDate(2022, 3, 19), QTime(14, 0)), TimeBand::AfterHours);
    EXPECT_EQ(h.band(QDate(2022, 3, 20), QTime(10, 0)), TimeBand::Holiday);
    // 春分の日 (a Monday), a 振替休日 (Monday 2021-08-09), a closed Thursday and an open one.
    EXPECT_EQ(h.band(QDate(2022, 3, 21), QTime(10, 0)), TimeBand::Holiday);
    EXPECT_EQ(h.band(QDate(2021, 8, 9), QTime(10, 0)), TimeBand::Holiday);
    EXPECT_EQ(h.band(QDate(2022, 3, 10), QTime(10, 0)), TimeBand::Holiday);
    EXPECT_EQ(h.band(QDate(2022, 3, 17), QTime(10, 0)), TimeBand::Regular);
}

TEST(ClinicHoursTest, yearEndIsASettingOffByDefault)
{
    ClinicHours h = ClinicHours::standard();
    EXPECT_EQ(h.band(QDate(2021, 12, 29), QTime(10, 0)), TimeBand::Regular); // a Wednesday
    EXPECT_EQ(h.band(QDate(2022, 1, 3), QTime(10, 0)), TimeBand::Regular); // a Monday
    h.yearEndIsHoliday = true;
    EXPECT_EQ(h.band(QDate(2021, 12, 29), QTime(10, 0)), TimeBand::Holiday);
    EXPECT_EQ(h.band(QDate(2022, 1, 3), QTime(10, 0)), TimeBand::Holiday);
    EXPECT_EQ(h.band(QDate(2021, 12, 28), QTime(10, 0)), TimeBand::Regular);
    EXPECT_EQ(h.band(QDate(2022, 1, 4), QTime(10, 0)), TimeBand::Regular);
    const auto parsed = ClinicHours::fromJson(R"({"mon":[],"year_end_holiday":true})");
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed->yearEndIsHoliday);
}

TEST(ClinicHoursTest, errorsNameTheKey)
{
    const auto field = [](const QByteArray& json) {
        const auto parsed = ClinicHours::fromJson(json);
        EXPECT_FALSE(parsed.ok()) << json.toStdString();
        return parsed.ok() ? QString() : parsed.error().field;
    };
    EXPECT_EQ(field(R"({"tue":[["09:00","12:00"],["13:00","25:00"]]})"), u"tue[1]"_s);
    EXPECT_EQ(field(R"({"tue":[["09:00","12:00"],["9:00","10:00"]]})"), u"tue[1]"_s);
    EXPECT_EQ(field(R"({"tue":[["12:00","09:00"]]})"), u"tue[0]"_s);
    EXPECT_EQ(field(R"({"tue":[["09:00"]]})"), u"tue[0]"_s);
    EXPECT_EQ(field(R"({"tue":[["09:00","12:00"],["11:00","13:00"]]})"), u"tue"_s);
    EXPECT_EQ(field(R"({"tue":"09:00-12:00"})"), u"tue"_s);
    EXPECT_EQ(field(R"({"closed":["2022-01-04","2022-02-30"]})"), u"closed[1]"_s);
    EXPECT_EQ(field(R"({"closed":"2022-01-04"})"), u"closed"_s);
    EXPECT_EQ(field(R"({"tues":[]})"), u"tues"_s);
    EXPECT_EQ(field(R"({"year_end_holiday":"yes"})"), u"year_end_holiday"_s);
    EXPECT_EQ(field("[1]"), QString());
    EXPECT_EQ(field("{"), QString());
}
