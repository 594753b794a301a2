// SPDX-License-Identifier: MIT
// 全国地方公共団体コード一覧: lookups and the 「市区町村を追加」 search over the shipped list.
#include "core/address/MunicipalityDirectory.h"

#include "core/validation/Validators.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::Municipality;
using vsys::core::MunicipalityCode;
using vsys::core::MunicipalityDirectory;

namespace {

const MunicipalityDirectory& directory()
{
    return MunicipalityDirectory::builtIn();
}

QStringList codesOf(const QList<Municipality>& entries)
{
    QStringList codes;
    for (const Municipality& entry : entries) {
        codes << entry.code;
    }
    return codes;
}

const QByteArray kHeader = "code6,pref_code,pref_name,name,name_kana\n";

} // namespace

TEST(MunicipalityDirectoryTest, shipsEveryPrefectureAndMunicipality)
{
    const QList<Municipality>& all = directory().all();
    ASSERT_EQ(all.size(), 1965);
    EXPECT_EQ(std::count_if(all.begin(), all.end(), [](const Municipality& m) { return m.isPrefecture(); }), 47);
    EXPECT_EQ(all.first(), (Municipality{u"010006"_s, u"01"_s, u"北海道"_s, u"北海道"_s, u"ホッカイドウ"_s}));
    for (qsizetype i = 1; i < all.size(); ++i) {
        EXPECT_LT(all.at(i - 1).code, all.at(i).code);
    }
    for (const Municipality& entry : all) {
        EXPECT_EQ(entry.code.right(1).toInt(), vsys::core::MunicipalityCode::checkDigit(entry.code.left(5)))
            << qPrintable(entry.code);
    }
}

TEST(MunicipalityDirectoryTest, findsByCode)
{
    const std::optional<Municipality> chiyoda = directory().find(u"131016"_s);
    ASSERT_TRUE(chiyoda.has_value());
    EXPECT_EQ(*chiyoda, (Municipality{u"131016"_s, u"13"_s, u"東京都"_s, u"千代田区"_s, u"チヨダク"_s}));
    EXPECT_FALSE(chiyoda->isPrefecture());
    EXPECT_EQ(chiyoda->fullName(), u"東京都千代田区"_s);
    EXPECT_EQ(directory().name(u"131016"_s), u"千代田区"_s);
}

TEST(MunicipalityDirectoryTest, acceptsFullWidthDigits)
{
    EXPECT_EQ(directory().find(u"１３１０１６"_s), directory().find(u"131016"_s));
    EXPECT_EQ(directory().name(u"１３１０１６"_s), u"千代田区"_s);
}

TEST(MunicipalityDirectoryTest, unknownCodes)
{
    EXPECT_EQ(directory().find(u"131017"_s), std::nullopt);
    EXPECT_EQ(directory().find(u"999999"_s), std::nullopt);
    EXPECT_EQ(directory().find(u""_s), std::nullopt);
    EXPECT_EQ(directory().name(u"131017"_s), QString());
    EXPECT_EQ(directory().prefecture(u"48"_s), QString());
}

TEST(MunicipalityDirectoryTest, prefectures)
{
    EXPECT_EQ(directory().prefecture(u"13"_s), u"東京都"_s);
    EXPECT_EQ(directory().prefecture(u"01"_s), u"北海道"_s);
    EXPECT_EQ(directory().prefecture(u"47"_s), u"沖縄県"_s);
    const std::optional<Municipality> tokyo = directory().find(u"130001"_s);
    ASSERT_TRUE(tokyo.has_value());
    EXPECT_TRUE(tokyo->isPrefecture());
    EXPECT_EQ(tokyo->fullName(), u"東京都"_s);
}

TEST(MunicipalityDirectoryTest, searchByName)
{
    EXPECT_EQ(codesOf(directory().search(u"千代田区"_s)), (QStringList{u"131016"_s}));
    // Both names start with 千代田, so the list's order decides: 群馬県千代田町 comes first.
    EXPECT_EQ(codesOf(directory().search(u"千代田"_s)), (QStringList{u"105236"_s, u"131016"_s}));
}

TEST(MunicipalityDirectoryTest, searchByCodePrefixInCodeOrder)
{
    EXPECT_EQ(codesOf(directory().search(u"1311"_s)),
              (QStringList{u"131105"_s, u"131113"_s, u"131121"_s, u"131130"_s, u"131148"_s, u"131156"_s, u"131164"_s,
                           u"131172"_s, u"131181"_s, u"131199"_s}));
    EXPECT_EQ(codesOf(directory().search(u"１３１０１"_s)), (QStringList{u"131016"_s}));
}

TEST(MunicipalityDirectoryTest, searchByHiraganaAndKatakana)
{
    EXPECT_EQ(codesOf(directory().search(u"ちよだ"_s)), (QStringList{u"105236"_s, u"131016"_s}));
    EXPECT_EQ(codesOf(directory().search(u"ﾁﾖﾀﾞｸ"_s)), (QStringList{u"131016"_s}));
    EXPECT_EQ(codesOf(directory().search(u"ちよだく"_s)), (QStringList{u"131016"_s}));
}

TEST(MunicipalityDirectoryTest, searchByPrefectureAndName)
{
    EXPECT_EQ(codesOf(directory().search(u"東京都千代"_s)), (QStringList{u"131016"_s}));
    EXPECT_EQ(codesOf(directory().search(u"東京都　千代田区"_s)), (QStringList{u"131016"_s}));
}

TEST(MunicipalityDirectoryTest, exactNamesComeBeforeMatchesInside)
{
    // Only 東京都北区: the wards of 政令指定都市 named 北区 are not offered, their residents' claims go to the city.
    EXPECT_EQ(codesOf(directory().search(u"北区"_s)), (QStringList{u"131172"_s}));
    EXPECT_EQ(codesOf(directory().search(u"東京都北区"_s)), (QStringList{u"131172"_s}));
}

TEST(MunicipalityDirectoryTest, namesStartingWithTheTextComeBeforeNamesContainingIt)
{
    // 中央区 and 中央市 start with it, 吉備中央町 and 四国中央市 contain it; the wards named 中央区 are left out.
    const QList<Municipality> found = directory().search(u"中央"_s);
    ASSERT_EQ(found.size(), 4);
    EXPECT_EQ(codesOf(found.first(2)), (QStringList{u"131024"_s, u"192147"_s}));
}

TEST(MunicipalityDirectoryTest, wardsBelongToTheirCity)
{
    EXPECT_EQ(directory().cityOfWard(u"271276"_s)->code, u"271004"_s); // 大阪市北区 → 大阪市
    EXPECT_EQ(directory().cityOfWard(u"011011"_s)->name, u"札幌市"_s);
    EXPECT_EQ(directory().cityOfWard(u"141518"_s)->name, u"相模原市"_s); // 相模原市緑区
    EXPECT_FALSE(directory().cityOfWard(u"131016"_s)); // 千代田区 is a 特別区, a municipality of its own
    EXPECT_FALSE(directory().cityOfWard(u"271004"_s));
    EXPECT_EQ(codesOf(directory().search(u"27127"_s)), QStringList());
    EXPECT_EQ(codesOf(directory().search(u"大阪市"_s)).first(), u"271004"_s);
}

TEST(MunicipalityDirectoryTest, claimableRefusesPrefecturesWardsAndUnknownCodes)
{
    const QString field = u"市区町村"_s;
    EXPECT_EQ(directory().claimable(u"１３１０１６"_s, field)->code, u"131016"_s);
    const auto ward = directory().claimable(u"271276"_s, field);
    ASSERT_FALSE(ward.ok());
    EXPECT_EQ(ward.error().field, field);
    EXPECT_EQ(ward.error().message,
              u"市区町村：271276（大阪市北区）は政令指定都市の区です。"
              u"請求先は市になりますので、大阪市（271004）を入力してください。"_s);
    EXPECT_EQ(directory().claimable(u"130001"_s, field).error().message,
              u"市区町村：130001（東京都）は都道府県のコードです。市区町村のコードを入力してください。"_s);
    const QString unknown = u"13999"_s + QString::number(MunicipalityCode::checkDigit(u"13999"));
    EXPECT_EQ(directory().claimable(unknown, field).error().message,
              u"市区町村：%1 は全国地方公共団体コードの一覧にありません。"_s.arg(unknown));
    EXPECT_EQ(directory().claimable(u"131017"_s, field).error().message,
              MunicipalityCode::validate(u"131017"_s, field).message);
}

TEST(MunicipalityDirectoryTest, neverOffersPrefectures)
{
    const QList<Municipality> found = directory().search(u"東京都"_s, 100);
    EXPECT_EQ(found.size(), 62);
    EXPECT_FALSE(codesOf(found).contains(u"130001"_s));
    EXPECT_EQ(found.first().code, u"131016"_s);
    EXPECT_EQ(codesOf(directory().search(u"13000"_s)), QStringList());
}

TEST(MunicipalityDirectoryTest, searchRespectsTheLimit)
{
    EXPECT_EQ(codesOf(directory().search(u"13"_s, 3)), (QStringList{u"131016"_s, u"131024"_s, u"131032"_s}));
    EXPECT_EQ(directory().search(u"市"_s).size(), 20);
    EXPECT_EQ(directory().search(u"市"_s, 0).size(), 0);
    EXPECT_EQ(directory().search(u"中央"_s, 2).size(), 2);
    EXPECT_EQ(codesOf(directory().search(u"中央"_s, 1)), (QStringList{u"131024"_s}));
}

TEST(MunicipalityDirectoryTest, blankOrUnmatchedSearch)
{
    EXPECT_TRUE(directory().search(u""_s).isEmpty());
    EXPECT_TRUE(directory().search(u"　 "_s).isEmpty());
    EXPECT_TRUE(directory().search(u"存在しない町"_s).isEmpty());
}

TEST(MunicipalityDirectoryTest, fromCsvParsesAList)
{
    const auto parsed = MunicipalityDirectory::fromCsv(kHeader
                                                       + "130001,13,東京都,東京都,トウキョウト\r\n"
                                                         "131016,13,東京都,千代田区,チヨダク\n");
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(codesOf(parsed->all()), (QStringList{u"130001"_s, u"131016"_s}));
    EXPECT_EQ(parsed->name(u"131016"_s), u"千代田区"_s);
    EXPECT_EQ(parsed->prefecture(u"13"_s), u"東京都"_s);
}

TEST(MunicipalityDirectoryTest, fromCsvErrorsNameTheLine)
{
    struct Case
    {
        QByteArray csv;
        int line;
    };
    const QList<Case> cases{
        {"code,name\n131016,千代田区\n", 1},
        {kHeader + "131016,13,東京都,千代田区\n", 2},
        {kHeader + "131016,13,東京都,千代田区,チヨダク\n13102,13,東京都,中央区,チュウオウク\n", 3},
        {kHeader + "131016,14,東京都,千代田区,チヨダク\n", 2},
        {kHeader + "131016,13,東京都,,チヨダク\n", 2},
        {kHeader + "\n131024,13,東京都,中央区,チュウオウク\n131016,13,東京都,千代田区,チヨダク\n", 4},
        {kHeader + "131016,13,東京都,千代田区,チヨダク\n131016,13,東京都,千代田区,チヨダク\n", 3},
    };
    for (const Case& c : cases) {
        const auto parsed = MunicipalityDirectory::fromCsv(c.csv);
        ASSERT_FALSE(parsed.ok()) << c.csv.constData();
        EXPECT_EQ(parsed.error().field, u"line %1"_s.arg(c.line)) << c.csv.constData();
        EXPECT_TRUE(parsed.error().message.contains(QString::number(c.line))) << qPrintable(parsed.error().message);
    }
}
