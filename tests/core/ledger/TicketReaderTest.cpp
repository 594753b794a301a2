// SPDX-License-Identifier: MIT
// 接種券のOCRライン as a scanner or a person types it: normalised, split, and refused with its reason.
#include "core/ledger/TicketNumber.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::TicketNumber;
using vsys::core::TicketReader;

TEST(TicketReaderTest, normalisesWhatScannersAndPeopleType)
{
    EXPECT_EQ(TicketReader::normalized(u"1-3-131016-0000000001"_s), u"131310160000000001"_s);
    EXPECT_EQ(TicketReader::normalized(u"１３　１３１０１６ー００００００００01"_s), u"131310160000000001"_s);
    EXPECT_EQ(TicketReader::normalized(u" 13 131016 0000000001\t"_s), u"131310160000000001"_s);
}

TEST(TicketReaderTest, splitsTheLine)
{
    const auto ticket = TicketReader::read(u"１－３－１３１０１６－０１２３４５６７８９"_s);
    ASSERT_TRUE(ticket.ok()) << ticket.error().message.toStdString();
    EXPECT_EQ(*ticket, (TicketNumber{u"131310160123456789"_s, 1, 3, u"131016"_s, u"131016"_s, u"0123456789"_s}));
}

TEST(TicketReaderTest, aWardsResidentsArePaidForByTheCity)
{
    const auto ward = TicketReader::read(u"132712760000000002"_s);
    ASSERT_TRUE(ward.ok()) << ward.error().message.toStdString();
    EXPECT_EQ(ward->municipality, u"271276"_s);
    EXPECT_EQ(ward->payingMunicipality, u"271004"_s);
    EXPECT_EQ(ward->doseNumber, 3);
}

TEST(TicketReaderTest, countsTheDigitsRead)
{
    const auto shortLine = TicketReader::read(u"13131016000000001"_s);
    ASSERT_FALSE(shortLine.ok());
    EXPECT_EQ(shortLine.error().field, u"ticket"_s);
    EXPECT_TRUE(shortLine.error().message.contains(u"17"_s)) << shortLine.error().message.toStdString();
    EXPECT_FALSE(TicketReader::read(u""_s).ok());
    EXPECT_FALSE(TicketReader::read(u"13131016000000000A"_s).ok());
    EXPECT_FALSE(TicketReader::read(u"1313101600000000011"_s).ok());
}

TEST(TicketReaderTest, refusesAWrongCheckDigitNamingTheRightOne)
{
    const auto wrong = TicketReader::read(u"131310170000000003"_s);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, u"ticket"_s);
    // MunicipalityCode's message offers the code with its right check digit.
    EXPECT_TRUE(wrong.error().message.contains(u"131016"_s)) << wrong.error().message.toStdString();
}

TEST(TicketReaderTest, refusesUnknownAndPrefectureCodes)
{
    // 999997 has a right check digit (9·6+9·5+9·4+9·3+9·2 = 180, 180 mod 11 = 4, 11 − 4 = 7) but is no code.
    const auto unknown = TicketReader::read(u"139999970000000001"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(u"999997"_s));
    const auto prefecture = TicketReader::read(u"131300010000000001"_s);
    ASSERT_FALSE(prefecture.ok());
    EXPECT_TRUE(prefecture.error().message.contains(u"東京都"_s)) << prefecture.error().message.toStdString();
}

TEST(TicketReaderTest, refusesDoseNumberZero)
{
    EXPECT_FALSE(TicketReader::read(u"101310160000000001"_s).ok());
}

TEST(TicketReaderTest, groupsForTables)
{
    EXPECT_EQ(TicketReader::grouped(u"131310160000000001"_s), u"1-3-131016-0000000001"_s);
    EXPECT_EQ(TicketReader::grouped(u"1313"_s), u"1313"_s);
}
