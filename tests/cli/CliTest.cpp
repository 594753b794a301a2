// SPDX-License-Identifier: MIT
// vsysdesk-cli as scripts see it: exit codes, the exact JSON on stdout, Japanese on stderr.
#include "tests/print/support/PdfTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::print::test::pdfFonts;
using vsys::print::test::pdfText;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliResult cli(const QStringList& arguments, const QByteArray& stdinData = {})
{
    QProcess process;
    process.start(QStringLiteral(VSYSDESK_CLI), arguments);
    process.write(stdinData);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(20000));
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray compact(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact) + '\n';
}

TEST(CliCheckTest, validPostalCode)
{
    const CliResult run = cli({u"check"_s, u"postal"_s, u"１００－０００１"_s});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, compact(R"({"kind":"postal","input":"１００－０００１","result":"valid","valid":true,
                                   "normalized":"1000001"})"));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliCheckTest, invalidPhoneExitsOneWithJapaneseMessage)
{
    const CliResult run = cli({u"check"_s, u"phone"_s, u"090-1234-567"_s});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(answer.value(u"result"_s).toString(), u"invalid"_s);
    EXPECT_FALSE(answer.value(u"valid"_s).toBool());
    EXPECT_FALSE(answer.contains(u"normalized"_s));
    EXPECT_TRUE(run.err.startsWith(u"電話番号："_s)) << run.err.toStdString();
    EXPECT_EQ(run.err.trimmed(), answer.value(u"message"_s).toString());
}

TEST(CliCheckTest, phoneRefusesJapansInternationalPrefix)
{
    const CliResult run = cli({u"check"_s, u"phone"_s, u"010-1234-5678"_s});
    EXPECT_EQ(run.exitCode, 1);
    const QString message = u"電話番号：010や00で始まる番号は国際電話・電話会社の選択のために番号の前に付けるものです。"
                            u"電話番号そのものを市外局番から入力してください。"_s;
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object(),
              (QJsonObject{{u"kind"_s, u"phone"_s},
                           {u"input"_s, u"010-1234-5678"_s},
                           {u"result"_s, u"invalid"_s},
                           {u"valid"_s, false},
                           {u"message"_s, message}}));
    EXPECT_EQ(run.err, message + u'\n');
}

TEST(CliCheckTest, phone020HasElevenDigits)
{
    const CliResult run = cli({u"check"_s, u"phone"_s, u"020-1234-5678"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, compact(R"({"kind":"phone","input":"020-1234-5678","result":"valid","valid":true,
                                   "normalized":"02012345678"})"));
    EXPECT_TRUE(run.err.isEmpty());
    const CliResult ten = cli({u"check"_s, u"phone"_s, u"020-123-4567"_s});
    EXPECT_EQ(ten.exitCode, 1);
    EXPECT_EQ(ten.err, u"電話番号：020で始まる電話番号は11桁で入力してください（入力されたのは10桁です）。\n"_s);
}

TEST(CliCheckTest, municipalityCodeCheckDigit)
{
    EXPECT_EQ(cli({u"check"_s, u"municipality-code"_s, u"131016"_s}).exitCode, 0);
    const CliResult wrong = cli({u"check"_s, u"municipality-code"_s, u"131017"_s});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(u"131016"_s)) << wrong.err.toStdString();
}

TEST(CliCheckTest, institutionCodeMismatchIsAWarning)
{
    EXPECT_EQ(cli({u"check"_s, u"institution-code"_s, u"3410712362"_s}).exitCode, 0);
    const CliResult mismatch = cli({u"check"_s, u"institution-code"_s, u"3410712363"_s});
    EXPECT_EQ(mismatch.exitCode, 3);
    const QJsonObject answer = QJsonDocument::fromJson(mismatch.out).object();
    EXPECT_EQ(answer.value(u"result"_s).toString(), u"warning"_s);
    EXPECT_TRUE(answer.value(u"valid"_s).toBool());
    EXPECT_EQ(answer.value(u"normalized"_s).toString(), u"3410712363"_s);
    EXPECT_FALSE(mismatch.err.isEmpty());
}

TEST(CliCheckTest, furiganaAndEmail)
{
    const CliResult kana = cli({u"check"_s, u"furigana"_s, u"ｺｳｾｲ ﾀﾛｳ"_s});
    EXPECT_EQ(kana.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(kana.out).object().value(u"normalized"_s).toString(), u"コウセイ タロウ"_s);
    EXPECT_EQ(cli({u"check"_s, u"furigana"_s, u"厚生"_s}).exitCode, 1);
    EXPECT_EQ(cli({u"check"_s, u"email"_s, u"staff@example.co.jp"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"check"_s, u"email"_s, u"staff@@example"_s}).exitCode, 1);
}

TEST(CliCheckTest, usageErrors)
{
    const CliResult unknownKind = cli({u"check"_s, u"zip"_s, u"1000001"_s});
    EXPECT_EQ(unknownKind.exitCode, 2);
    EXPECT_TRUE(unknownKind.out.isEmpty());
    EXPECT_TRUE(unknownKind.err.contains(u"zip"_s));
    EXPECT_EQ(cli({u"check"_s, u"postal"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(cli({}).exitCode, 2);
}

TEST(CliPlanTest, briefingPlan)
{
    const CliResult run = cli({u"plan"_s, u"--boxes"_s, u"4,3,2,3,0"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, compact(R"({"rows":[
        {"vaccine_boxes":4,"doses":600,"needle_boxes":7,"needles":700},
        {"vaccine_boxes":3,"doses":450,"needle_boxes":5,"needles":500},
        {"vaccine_boxes":2,"doses":300,"needle_boxes":4,"needles":400},
        {"vaccine_boxes":3,"doses":450,"needle_boxes":5,"needles":500},
        {"vaccine_boxes":0,"doses":0,"needle_boxes":0,"needles":0}],
        "total_boxes":12,"total_doses":1800})"));
}

TEST(CliPlanTest, needlesMayOnlyBeLowered)
{
    const CliResult lowered = cli({u"plan"_s, u"--boxes"_s, u"4,3"_s, u"--needle-boxes"_s, u"6,5"_s});
    EXPECT_EQ(lowered.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(lowered.out).object().value(u"rows"_s)[0][u"needles"_s].toInt(), 600);
    const CliResult raised = cli({u"plan"_s, u"--boxes"_s, u"4,3"_s, u"--needle-boxes"_s, u"8,5"_s});
    EXPECT_EQ(raised.exitCode, 2);
    EXPECT_TRUE(raised.out.isEmpty());
    EXPECT_TRUE(raised.err.startsWith(u"1行目："_s)) << raised.err.toStdString();
    EXPECT_EQ(cli({u"plan"_s, u"--boxes"_s, u"4,x"_s}).exitCode, 2);
}

TEST(CliDeadlineTest, movesOverHolidaysAndWeekends)
{
    EXPECT_EQ(cli({u"deadline"_s, u"--claim-month"_s, u"2022-01"_s}).out, "{\"deadline\":\"2022-01-11\"}\n");
    EXPECT_EQ(cli({u"deadline"_s, u"--claim-month"_s, u"2021-04"_s}).out, "{\"deadline\":\"2021-04-12\"}\n");
    EXPECT_EQ(cli({u"deadline"_s, u"--claim-month"_s, u"2022-02"_s}).out, "{\"deadline\":\"2022-02-10\"}\n");
    const CliResult bad = cli({u"deadline"_s, u"--claim-month"_s, u"2022-13"_s});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.out.isEmpty());
}

// The briefing's old-format worked example (2021年04月請求分).
const QByteArray kSeedOldFormat = R"({"claim_month":"2021-04","vaccination_month":"2021-03","counts":[
    {"municipality":"131016","kind":"vaccination","age":"6plus","time":"regular","count":50},
    {"municipality":"131016","kind":"screening_only","age":"6plus","time":"regular","count":5}]})";

TEST(CliBillingTest, briefingOldFormatExampleFromStdin)
{
    const CliResult run = cli({u"billing"_s, u"--input"_s, u"-"_s}, kSeedOldFormat);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, compact(R"({"format":"old","municipalities":[{"code":"131016","rows":[
        {"kind":"screening_only","age":"6plus","time":"regular","count":5,"unit_price":1694,"amount":8470},
        {"kind":"vaccination","age":"6plus","time":"regular","count":50,"unit_price":2277,"amount":113850}],
        "total_count":55,"total_amount":122320}],"total_count":55,"total_amount":122320})"));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliBillingTest, newFormatFromFileWithSurcharges)
{
    QTemporaryDir dir;
    QFile input(dir.filePath(u"claim.json"_s));
    ASSERT_TRUE(input.open(QIODevice::WriteOnly));
    input.write(R"({"claim_month":"2022-02","vaccination_month":"2022-01","counts":[
        {"municipality":"271004","kind":"vaccination","age":"6plus","time":"holiday","count":5},
        {"municipality":"131016","kind":"vaccination","age":"6plus","time":"after_hours","count":50},
        {"municipality":"131016","kind":"screening_only","age":"under6","time":"regular","count":2}]})");
    input.close();
    const CliResult run = cli({u"billing"_s, u"--input"_s, input.fileName()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, compact(R"({"format":"new","municipalities":[
        {"code":"131016","rows":[
          {"kind":"screening_only","age":"under6","time":"regular","count":2,"unit_price":2420,"amount":4840},
          {"kind":"vaccination","age":"6plus","time":"after_hours","count":50,"unit_price":3080,"amount":154000}],
         "total_count":52,"total_amount":158840},
        {"code":"271004","rows":[
          {"kind":"vaccination","age":"6plus","time":"holiday","count":5,"unit_price":4620,"amount":23100}],
         "total_count":5,"total_amount":23100}],
        "total_count":57,"total_amount":181940})"));
}

TEST(CliBillingTest, pdfHoldsTheSummaryThenOneClaimPerMunicipality)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"claim.pdf"_s);
    // The seed's example with the institution's header; 千代田区 and 大阪市 each get a 市区町村別請求書.
    const QByteArray input = R"({"claim_month":"2021-04","vaccination_month":"2021-03",
        "institution":{"address":"東京都千代田区千代田1-1","representative":"山田 太郎","phone":"03-0000-0000",
                       "facility_type":"1","code":"1310000017","name":"サンプル診療所"},
        "counts":[{"municipality":"131016","kind":"vaccination","age":"6plus","count":40},
                  {"municipality":"271004","kind":"vaccination","age":"6plus","count":10},
                  {"municipality":"131016","kind":"screening_only","age":"6plus","count":5}]})";
    const CliResult run = cli({u"billing"_s, u"--input"_s, u"-"_s, u"--pdf"_s, pdf}, input);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object().value(u"total_amount"_s).toInteger(), 122320);

    const QStringList pages = pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    ASSERT_EQ(pages.size(), 3) << pdfText(pdf).toStdString();
    // The 国保連 follows from the 医療機関等番号's 都道府県番号 (13) when the input names no prefecture.
    EXPECT_TRUE(pages.at(0).contains(u"東京都"_s));
    EXPECT_TRUE(pages.at(0).contains(u"2021年04月"_s));
    EXPECT_TRUE(pages.at(0).contains(u"113,850"_s));
    EXPECT_TRUE(pages.at(0).contains(u"8,470"_s));
    EXPECT_TRUE(pages.at(0).contains(u"122,320"_s));
    EXPECT_TRUE(pages.at(0).contains(u"山田 太郎"_s));
    EXPECT_TRUE(pages.at(0).contains(u"1310000017"_s));
    EXPECT_TRUE(pages.at(1).contains(u"千代田区"_s));
    EXPECT_TRUE(pages.at(1).contains(u"99,550"_s));
    EXPECT_TRUE(pages.at(2).contains(u"大阪市"_s));
    EXPECT_TRUE(pages.at(2).contains(u"22,770"_s));

    const QStringList fonts = pdfFonts(pdf).split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString& font : fonts) {
        EXPECT_TRUE(font.startsWith(u"IPAMincho "_s) || font.startsWith(u"IPAGothic "_s)) << font.toStdString();
    }
}

TEST(CliBillingTest, pdfMarksTheInstitutionsOwnMunicipalityAsTheAppDoes)
{
    // The same assembly as the app's outputs (print::ClaimPrintouts): given the 同一市内, the 請求総括書 says it
    // includes its residents and only that municipality's 市区町村別請求書 is marked 対象.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"claim.pdf"_s);
    const QByteArray input = R"({"claim_month":"2021-04","vaccination_month":"2021-03","home_municipality":"131016",
        "counts":[{"municipality":"131016","kind":"vaccination","age":"6plus","count":40},
                  {"municipality":"271004","kind":"vaccination","age":"6plus","count":10}]})";
    const CliResult run = cli({u"billing"_s, u"--input"_s, u"-"_s, u"--pdf"_s, pdf}, input);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList pages = pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    ASSERT_EQ(pages.size(), 3) << pdfText(pdf).toStdString();
    EXPECT_TRUE(pages.at(0).contains(u"■"_s)) << pages.at(0).toStdString();
    EXPECT_TRUE(pages.at(1).contains(u"千代田区"_s));
    EXPECT_TRUE(pages.at(1).contains(u"■"_s)) << pages.at(1).toStdString();
    EXPECT_TRUE(pages.at(2).contains(u"大阪市"_s));
    EXPECT_FALSE(pages.at(2).contains(u"■"_s)) << pages.at(2).toStdString();

    // A ward is refused by the rule the app's picker uses, naming the key.
    const CliResult ward = cli({u"billing"_s, u"--input"_s, u"-"_s, u"--pdf"_s, dir.filePath(u"ward.pdf"_s)},
                               R"({"claim_month":"2021-04","vaccination_month":"2021-03",
                                   "home_municipality":"271276","counts":[]})");
    EXPECT_EQ(ward.exitCode, 2);
    EXPECT_TRUE(ward.err.contains(u"home_municipality"_s)) << ward.err.toStdString();
}

TEST(CliBillingTest, pdfRefusesUnknownInstitutionKeysWithNothingWritten)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"claim.pdf"_s);
    const CliResult run = cli({u"billing"_s, u"--input"_s, u"-"_s, u"--pdf"_s, pdf},
                              R"({"claim_month":"2021-04","vaccination_month":"2021-03",
                                  "institution":{"nmae":"サンプル診療所"},"counts":[]})");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(u"institution.nmae"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}

struct BadInput
{
    const char* json;
    const char* field;
};

class CliBillingErrorTest : public ::testing::TestWithParam<BadInput>
{
};

TEST_P(CliBillingErrorTest, exitsTwoNamingTheFieldWithNothingOnStdout)
{
    const CliResult run = cli({u"billing"_s, u"--input"_s, u"-"_s}, GetParam().json);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.startsWith(QString::fromUtf8(GetParam().field) + u"："_s)) << run.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Fields,
    CliBillingErrorTest,
    ::testing::Values(BadInput{R"({"claim_month":"2021/04","vaccination_month":"2021-03","counts":[]})", "claim_month"},
                      BadInput{R"({"claim_month":"2021-04","counts":[]})", "vaccination_month"},
                      BadInput{R"({"claim_month":"2021-04","vaccination_month":"2021-03"})", "counts"},
                      BadInput{R"({"claim_month":"2021-04","vaccination_month":"2021-03","counts":[
                   {"municipality":"131016","kind":"vaccine","age":"6plus","count":1}]})",
                               "counts[0].kind"},
                      BadInput{R"({"claim_month":"2021-04","vaccination_month":"2021-03","counts":[
                   {"municipality":"131016","kind":"vaccination","age":"6plus","count":1},
                   {"municipality":"131016","kind":"vaccination","age":"adult","count":1}]})",
                               "counts[1].age"},
                      BadInput{R"({"claim_month":"2021-04","vaccination_month":"2021-03","counts":[
                   {"municipality":"131016","kind":"vaccination","age":"6plus","count":1.5}]})",
                               "counts[0].count"},
                      BadInput{R"({"claim_month":"2021-04","vaccination_month":"2021-03","counts":[
                   {"municipality":"131016","kind":"vaccination","age":"6plus","cont":1}]})",
                               "counts[0].cont"},
                      BadInput{R"({"claim_month":"2021-04","vaccination_month":"2021-03","counts":[
                   {"municipality":"131017","kind":"vaccination","age":"6plus","count":1}]})",
                               "counts[0].municipality"},
                      BadInput{R"({"claim_month":"2021-04","vaccination_month":"2021-03","counts":[
                   {"municipality":"131016","kind":"vaccination","age":"6plus","count":-1}]})",
                               "counts[0].count"},
                      BadInput{R"({"claim_month":"2021-04","vaccination_month":"2021-03","counts":[
                   {"municipality":"131016","kind":"vaccination","age":"6plus","time":"holiday","count":1}]})",
                               "counts[0].time"},
                      BadInput{R"({"claim_month":"2021-03","vaccination_month":"2021-03","counts":[]})", "claim_month"},
                      BadInput{"[1,2]", "入力"},
                      BadInput{"{", "入力"}));

struct Unclaimable
{
    const char* code;
    const char* message; ///< after "counts[1].municipality："
};

class CliBillingUnclaimableTest : public ::testing::TestWithParam<Unclaimable>
{
};

// The app's rule (MunicipalityDirectory::claimable): the CLI prices no code that no municipality pays with.
TEST_P(CliBillingUnclaimableTest, exitsTwoNamingTheCountAndNothingIsPriced)
{
    const QByteArray input = R"({"claim_month":"2022-02","vaccination_month":"2022-01","counts":[
        {"municipality":"131016","kind":"vaccination","age":"6plus","count":3},
        {"municipality":")"
        + QByteArray(GetParam().code) + R"(","kind":"vaccination","age":"6plus","count":2}]})";
    const CliResult run = cli({u"billing"_s, u"--input"_s, u"-"_s}, input);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(run.err, u"counts[1].municipality："_s + QString::fromUtf8(GetParam().message) + u'\n');
}

INSTANTIATE_TEST_SUITE_P(
    Codes,
    CliBillingUnclaimableTest,
    ::testing::Values(Unclaimable{"999997", "999997 は全国地方公共団体コードの一覧にありません。"},
                      Unclaimable{"000001", "000001 は全国地方公共団体コードの一覧にありません。"},
                      Unclaimable{"130001",
                                  "130001（東京都）は都道府県のコードです。市区町村のコードを入力してください。"},
                      Unclaimable{"271276",
                                  "271276（大阪市北区）は政令指定都市の区です。"
                                  "請求先は市になりますので、大阪市（271004）を入力してください。"},
                      Unclaimable{"221317", "221317 は全国地方公共団体コードの一覧にありません。"}),
    [](const ::testing::TestParamInfo<Unclaimable>& test) { return std::string(test.param.code); });

TEST(CliBillingTest, aWardIsRefusedBeforeAnyPdfIsWritten)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"claim.pdf"_s);
    const CliResult run = cli({u"billing"_s, u"--input"_s, u"-"_s, u"--pdf"_s, pdf},
                              R"({"claim_month":"2022-02","vaccination_month":"2022-01","counts":[
                                  {"municipality":"271276","kind":"vaccination","age":"6plus","count":1},
                                  {"municipality":"271004","kind":"vaccination","age":"6plus","count":1}]})");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    // With --pdf, Qt may first warn that XDG_RUNTIME_DIR is not set; the refusal is the last line.
    EXPECT_EQ(run.err.split(u'\n', Qt::SkipEmptyParts).constLast(),
              u"counts[0].municipality：271276（大阪市北区）は政令指定都市の区です。"
              u"請求先は市になりますので、大阪市（271004）を入力してください。"_s);
    EXPECT_FALSE(QFile::exists(pdf));
}

} // namespace

TEST(CliAddressTest, knownPostalCode)
{
    const CliResult run = cli({u"address"_s, u"1000001"_s});
    EXPECT_EQ(run.exitCode, 0);
    // Compared as JSON: QJsonObject writes keys in alphabetical order, like every other command.
    EXPECT_EQ(run.out, compact(R"({"postal_code":"1000001","candidates":[{"pref_name":"東京都",
                                   "municipality_code":"131016","municipality_name":"千代田区","town_name":"千代田"}]})"));
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST(CliAddressTest, zenkakuHyphenatedCodeWithTwoMunicipalities)
{
    const CliResult run = cli({u"address"_s, u"０３５－００００"_s});
    EXPECT_EQ(run.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(answer.value(u"postal_code"_s).toString(), u"0350000"_s);
    const QJsonArray candidates = answer.value(u"candidates"_s).toArray();
    ASSERT_EQ(candidates.size(), 2);
    EXPECT_EQ(candidates.at(0).toObject().value(u"municipality_code"_s).toString(), u"022080"_s);
    EXPECT_EQ(candidates.at(1).toObject().value(u"municipality_code"_s).toString(), u"024244"_s);
    EXPECT_EQ(candidates.at(1).toObject().value(u"town_name"_s).toString(), QString());
}

TEST(CliAddressTest, unknownPostalCodeExitsOneWithAnEmptyList)
{
    const CliResult run = cli({u"address"_s, u"0000000"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, compact(R"({"postal_code":"0000000","candidates":[]})"));
    EXPECT_TRUE(run.err.contains(u"郵便番号"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"0000000"_s)) << run.err.toStdString();
}

TEST(CliAddressTest, malformedPostalCodeIsAUsageError)
{
    const CliResult run = cli({u"address"_s, u"10-00001"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.startsWith(u"郵便番号"_s)) << run.err.toStdString();
    EXPECT_EQ(cli({u"address"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"address"_s, u"1000001"_s, u"1000002"_s}).exitCode, 2);
}
