// SPDX-License-Identifier: MIT
#include "core/navi/ReceiptNumber.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ReceiptNumber;

TEST(ReceiptNumberTest, FormatsTheBriefingsNumber)
{
    const ReceiptNumber number{3, u"131032"_s, QDate(2021, 11, 10), 1};
    EXPECT_EQ(number.format(), u"3-131032-20211110-0000001"_s);
    EXPECT_EQ((ReceiptNumber{3, u"131032"_s, QDate(2021, 11, 10), 9'999'999}.format()), u"3-131032-20211110-9999999"_s);
}

TEST(ReceiptNumberTest, ParsesWhatItFormatsAndWhatResidentsType)
{
    const ReceiptNumber number{3, u"131032"_s, QDate(2021, 11, 10), 1};
    EXPECT_EQ(ReceiptNumber::parse(u"3-131032-20211110-0000001"_s), number);
    // 全角 digits and hyphens, spaces around.
    EXPECT_EQ(ReceiptNumber::parse(u" ３－１３１０３２－２０２１１１１０－００００００１ "_s), number);
}

TEST(ReceiptNumberTest, RefusesWrongShapesDatesAndSerials)
{
    for (const QString& text :
         {u""_s, u"3-131032-20211110-000001"_s, u"3-13103-20211110-0000001"_s, u"3-131032-20211131-0000001"_s,
          u"3-131032-20211110-0000000"_s, u"0-131032-20211110-0000001"_s, u"3131032202111100000001"_s,
          u"3-131032-20211110-0000001x"_s}) {
        EXPECT_FALSE(ReceiptNumber::parse(text)) << text.toStdString();
    }
    EXPECT_EQ((ReceiptNumber{3, u"131032"_s, QDate(2021, 11, 10), 10'000'000}.format()), QString());
    EXPECT_EQ((ReceiptNumber{3, u"13103"_s, QDate(2021, 11, 10), 1}.format()), QString());
}
