// SPDX-License-Identifier: MIT
// 郵便番号 → 住所 lookup against the shipped Japan Post data (resources/address/).
#include "core/address/PostalDirectory.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>
#include <thread>

using namespace Qt::StringLiterals;
using vsys::core::AddressCandidate;
using vsys::core::PostalDirectory;

namespace {

const PostalDirectory& directory()
{
    return PostalDirectory::builtIn();
}

QStringList townsOf(const QList<AddressCandidate>& candidates)
{
    QStringList towns;
    for (const AddressCandidate& candidate : candidates) {
        towns << candidate.townName;
    }
    return towns;
}

} // namespace

TEST(AddressLookupTest, chiyoda)
{
    const QList<AddressCandidate> candidates = directory().lookup(u"1000001"_s);
    ASSERT_EQ(candidates.size(), 1);
    EXPECT_EQ(candidates.first(),
              (AddressCandidate{u"1000001"_s, u"東京都"_s, u"131016"_s, u"千代田区"_s, u"千代田"_s}));
}

TEST(AddressLookupTest, severalTownsInJapanPostOrder)
{
    const QList<AddressCandidate> candidates = directory().lookup(u"0287302"_s);
    EXPECT_EQ(townsOf(candidates), (QStringList{u"八幡平温泉郷"_s, u"松尾寄木"_s, u"松川温泉"_s}));
    for (const AddressCandidate& candidate : candidates) {
        EXPECT_EQ(candidate.prefName, u"岩手県"_s);
        EXPECT_EQ(candidate.municipalityCode, u"032140"_s);
        EXPECT_EQ(candidate.municipalityName, u"八幡平市"_s);
    }
}

TEST(AddressLookupTest, codeSpanningTwoMunicipalitiesGivesBothWithTheirOwnCodes)
{
    const QList<AddressCandidate> candidates = directory().lookup(u"0350000"_s);
    ASSERT_EQ(candidates.size(), 2);
    EXPECT_EQ(candidates.at(0), (AddressCandidate{u"0350000"_s, u"青森県"_s, u"022080"_s, u"むつ市"_s, {}}));
    EXPECT_EQ(candidates.at(1), (AddressCandidate{u"0350000"_s, u"青森県"_s, u"024244"_s, u"下北郡東通村"_s, {}}));

    // Same 町域 name in two wards of 岡山市.
    const QList<AddressCandidate> aoe = directory().lookup(u"7000941"_s);
    ASSERT_EQ(aoe.size(), 2);
    EXPECT_EQ(aoe.at(0).municipalityCode, u"331015"_s);
    EXPECT_EQ(aoe.at(0).municipalityName, u"岡山市北区"_s);
    EXPECT_EQ(aoe.at(1).municipalityCode, u"331040"_s);
    EXPECT_EQ(aoe.at(1).municipalityName, u"岡山市南区"_s);
    EXPECT_EQ(townsOf(aoe), (QStringList{u"青江"_s, u"青江"_s}));
}

TEST(AddressLookupTest, acceptsZenkakuAndHyphen)
{
    const QList<AddressCandidate> expected = directory().lookup(u"1000001"_s);
    EXPECT_EQ(directory().lookup(u"100-0001"_s), expected);
    EXPECT_EQ(directory().lookup(u"１０００００１"_s), expected);
    EXPECT_EQ(directory().lookup(u"１００－０００１"_s), expected);
    EXPECT_EQ(directory().lookup(u" 100 0001 "_s), expected);
}

TEST(AddressLookupTest, unknownOrInvalidGivesNothing)
{
    EXPECT_TRUE(directory().lookup(u"0000000"_s).isEmpty());
    EXPECT_TRUE(directory().lookup(u"9999999"_s).isEmpty());
    EXPECT_TRUE(directory().lookup(u"10-00001"_s).isEmpty());
    EXPECT_TRUE(directory().lookup(u"100000"_s).isEmpty());
    EXPECT_TRUE(directory().lookup({}).isEmpty());
}

TEST(AddressLookupTest, firstAndLastRowsOfTheTable)
{
    // The binary search must reach both ends of the table.
    const QList<AddressCandidate> first = directory().lookup(u"0010000"_s);
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first.first().municipalityName, u"札幌市北区"_s);
    EXPECT_TRUE(first.first().townName.isEmpty());
    const QList<AddressCandidate> last = directory().lookup(u"9998531"_s);
    ASSERT_EQ(last.size(), 1);
    EXPECT_EQ(last.first().townName, u"菅里（その他）"_s); // Japan Post's note is kept
}

TEST(AddressLookupTest, loadsEveryRow)
{
    EXPECT_EQ(directory().rowCount(), 124510);
    EXPECT_EQ(directory().municipalityCodes().size(), 1892);
}

TEST(AddressLookupTest, everyMunicipalityIsInTheShippedList)
{
    QFile file(u":/data/address/municipalities.csv"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QSet<QString> listed;
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_EQ(lines.first(), "code6,pref_code,pref_name,name,name_kana");
    for (const QByteArray& line : lines.mid(1)) {
        if (!line.isEmpty()) {
            listed.insert(QString::fromLatin1(line.left(6)));
        }
    }
    EXPECT_EQ(listed.size(), 1965);
    for (const QString& code : directory().municipalityCodes()) {
        EXPECT_TRUE(listed.contains(code)) << code.toStdString();
    }
}

TEST(AddressLookupTest, lookupsFromSeveralThreadsAgree)
{
    QList<AddressCandidate> results[4];
    std::vector<std::thread> threads;
    for (auto& result : results) {
        threads.emplace_back([&result] { result = PostalDirectory::builtIn().lookup(u"0287302"_s); });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (const auto& result : results) {
        EXPECT_EQ(result.size(), 3);
    }
}

TEST(AddressLookupTest, malformedDataIsRefused)
{
    const QByteArray cities = "13101\t東京都\t千代田区\n";
    EXPECT_TRUE(PostalDirectory::fromData("1000001\t13101\t千代田\n", cities));
    EXPECT_FALSE(PostalDirectory::fromData("1000001\t13102\t中央\n", cities)); // municipality not listed
    EXPECT_FALSE(PostalDirectory::fromData("1000002\t13101\tA\n1000001\t13101\tB\n", cities)); // unsorted
    EXPECT_FALSE(PostalDirectory::fromData("100001\t13101\tA\n", cities));
    EXPECT_FALSE(PostalDirectory::fromData("1000001\t13101\tA\n", "1310\t東京都\t千代田区\n"));
}
