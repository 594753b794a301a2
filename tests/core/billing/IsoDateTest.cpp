// SPDX-License-Identifier: MIT
// Strict dates and months: hand-edited data and claim input must not be read loosely.
#include "core/billing/IsoDate.h"

#include <QDate>
#include <QString>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

TEST(BillingIsoDateTest, DatesAreExactlyYearMonthDay)
{
    EXPECT_EQ(parseIsoDate(u"2021-02-17"_s), QDate(2021, 2, 17));
    EXPECT_EQ(parseIsoDate(u"2024-02-29"_s), QDate(2024, 2, 29));
    for (const QString& bad : {u"2023-02-29"_s, u"2021-2-17"_s, u"2021/02/17"_s, u"2021-02-17T00:00"_s,
                               u" 2021-02-17"_s, u"+021-02-17"_s, u"２０２１-02-17"_s, u""_s}) {
        EXPECT_FALSE(parseIsoDate(bad).isValid()) << qPrintable(bad);
    }
}

TEST(BillingIsoDateTest, MonthsAreExactlyYearMonth)
{
    EXPECT_EQ(parseYearMonth(u"2022-01"_s), QDate(2022, 1, 1));
    EXPECT_EQ(parseYearMonth(u"2021-12"_s), QDate(2021, 12, 1));
    for (const QString& bad :
         {u"2022-13"_s, u"2022-00"_s, u"2022-1"_s, u"2022-01-10"_s, u"202201"_s, u"2022/01"_s, u""_s}) {
        EXPECT_FALSE(parseYearMonth(bad).isValid()) << qPrintable(bad);
    }
}
