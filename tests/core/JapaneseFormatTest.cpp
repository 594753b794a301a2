// SPDX-License-Identifier: MIT
// JapaneseFormat: the one way dates, times, counts and amounts are written (ui-guidelines.md), in the
// Japanese the test main installs.
#include "core/JapaneseFormat.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::JapaneseFormat;

namespace {

TEST(JapaneseFormatTest, TimesAreShownInJapanTimeWhateverTheirZone)
{
    const QDateTime utc(QDate(2022, 3, 14), QTime(0, 5), Qt::UTC);
    EXPECT_EQ(JapaneseFormat::dateTime(utc), u"2022/03/14 09:05"_s);
    // Late in the UTC evening is already the next day in Japan.
    EXPECT_EQ(JapaneseFormat::dateTime(QDateTime(QDate(2022, 3, 13), QTime(15, 0), Qt::UTC)), u"2022/03/14 00:00"_s);
    const QDateTime newYork(QDate(2022, 3, 13), QTime(20, 5), QTimeZone(-4 * 3600));
    EXPECT_EQ(JapaneseFormat::dateTime(newYork), u"2022/03/14 09:05"_s);
    EXPECT_EQ(JapaneseFormat::inJapan(utc).date(), QDate(2022, 3, 14));
    EXPECT_EQ(JapaneseFormat::inJapan(utc).offsetFromUtc(), 9 * 3600);
}

TEST(JapaneseFormatTest, ATimeWithoutOffsetIsReadAsJapanTime)
{
    QDateTime deadline(QDate(2022, 3, 8), QTime(15, 0));
    deadline.setTimeZone(JapaneseFormat::timeZone());
    EXPECT_EQ(deadline.toUTC(), QDateTime(QDate(2022, 3, 8), QTime(6, 0), Qt::UTC));
}

TEST(JapaneseFormatTest, DaysAndMonthsAsTheFormsWriteThem)
{
    EXPECT_EQ(JapaneseFormat::date(QDate(2021, 4, 12)), u"2021年04月12日"_s);
    EXPECT_EQ(JapaneseFormat::month(QDate(2021, 4, 30)), u"2021年04月"_s);
    EXPECT_EQ(JapaneseFormat::month(QDate(2022, 12, 1)), u"2022年12月"_s);
}

TEST(JapaneseFormatTest, CountsAndAmountsHaveThousandsSeparators)
{
    EXPECT_EQ(JapaneseFormat::number(0), u"0"_s);
    EXPECT_EQ(JapaneseFormat::number(999), u"999"_s);
    EXPECT_EQ(JapaneseFormat::number(122320), u"122,320"_s);
    EXPECT_EQ(JapaneseFormat::number(-1800), u"-1,800"_s);
    EXPECT_EQ(JapaneseFormat::doses(1800), u"1,800回"_s);
    EXPECT_EQ(JapaneseFormat::cases(12), u"12件"_s);
    EXPECT_EQ(JapaneseFormat::yen(122320), u"122,320円"_s);
}

} // namespace
