// SPDX-License-Identifier: MIT
// JsonNumber: whole numbers within a range, and no conversion of a double the integer cannot hold.
#include "core/JsonNumber.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <limits>

using namespace Qt::StringLiterals;
using vsys::core::JsonNumber;

namespace {

/// The member "n" of a JSON text, as a parser of outside input sees it.
QJsonValue parsed(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(R"({"n":)") + json + "}").object().value(u"n"_s);
}

TEST(JsonNumberTest, WholeNumbersWithinTheRangeAreRead)
{
    EXPECT_EQ(JsonNumber::whole(parsed("0"), 0, 10), 0);
    EXPECT_EQ(JsonNumber::whole(parsed("10"), 0, 10), 10);
    EXPECT_EQ(JsonNumber::whole(parsed("-3"), -5, 5), -3);
    EXPECT_EQ(JsonNumber::whole(parsed("1e3"), 0, 1000), 1000);
    EXPECT_EQ(JsonNumber::whole(parsed("1000000000000000"), 0, 1'000'000'000'000'000), 1'000'000'000'000'000);
}

TEST(JsonNumberTest, FractionsAndOtherValuesAreNothing)
{
    EXPECT_FALSE(JsonNumber::whole(parsed("0.5"), 0, 10));
    EXPECT_FALSE(JsonNumber::whole(parsed(R"("5")"), 0, 10));
    EXPECT_FALSE(JsonNumber::whole(parsed("true"), 0, 10));
    EXPECT_FALSE(JsonNumber::whole(parsed("null"), 0, 10));
    EXPECT_FALSE(JsonNumber::whole(QJsonValue(QJsonValue::Undefined), 0, 10));
}

TEST(JsonNumberTest, NumbersOutsideTheRangeAreNothingHoweverLarge)
{
    EXPECT_FALSE(JsonNumber::whole(parsed("11"), 0, 10));
    EXPECT_FALSE(JsonNumber::whole(parsed("-1"), 0, 10));
    EXPECT_FALSE(JsonNumber::whole(parsed("1000000000000001"), 0, 1'000'000'000'000'000));
    // The input the claim fuzzer found: converted before the range check, it was undefined behaviour.
    EXPECT_FALSE(JsonNumber::whole(parsed("3e71"), -1'000'000'000'000'000, 1'000'000'000'000'000));
    EXPECT_FALSE(JsonNumber::whole(parsed("-3e71"), -1'000'000'000'000'000, 1'000'000'000'000'000));
    EXPECT_FALSE(JsonNumber::whole(QJsonValue(std::numeric_limits<double>::infinity()), 0, 10));
}

TEST(JsonNumberTest, IntegerIsWholeWithinAnIntRange)
{
    EXPECT_EQ(JsonNumber::integer(parsed("12"), 0), 12);
    EXPECT_EQ(JsonNumber::integer(parsed("-2"), std::numeric_limits<int>::min()), -2);
    EXPECT_EQ(JsonNumber::integer(parsed("2147483647"), 0), std::numeric_limits<int>::max());
    EXPECT_FALSE(JsonNumber::integer(parsed("2147483648"), 0));
    EXPECT_FALSE(JsonNumber::integer(parsed("-1"), 0));
    EXPECT_FALSE(JsonNumber::integer(parsed("0"), 1));
    EXPECT_FALSE(JsonNumber::integer(parsed("101"), 0, 100));
    EXPECT_FALSE(JsonNumber::integer(parsed("1.5"), 0));
    EXPECT_FALSE(JsonNumber::integer(parsed(R"("12")"), 0));
}

} // namespace
