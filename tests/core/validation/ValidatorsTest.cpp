// SPDX-License-Identifier: MIT
// Field validators against domain-rules.md §3 and §8, checking the Japanese messages users see.
#include "core/validation/Validators.h"

#include <QString>

#include <gtest/gtest.h>
#include <ostream>
#include <string>

using namespace Qt::StringLiterals;
using vsys::core::EmailAddress;
using vsys::core::Furigana;
using vsys::core::InstitutionCode;
using vsys::core::MunicipalityCode;
using vsys::core::PhoneNumber;
using vsys::core::PostalCode;
using vsys::core::ValidationResult;
using vsys::core::Verdict;
using vsys::core::VsysId;

// GoogleTest finds these by argument-dependent lookup, so they live in the types' namespaces.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace vsys::core {
inline void PrintTo(Verdict v, std::ostream* os)
{
    *os << (v == Verdict::Valid ? "Valid" : v == Verdict::Invalid ? "Invalid" : "ValidWithWarning");
}
} // namespace vsys::core

namespace {

struct Case
{
    const char* name;
    QString input;
    Verdict verdict;
    QString normalized; ///< empty when Invalid: there is nothing to store
    QString message; ///< the exact Japanese text; empty when Valid
};

void PrintTo(const Case& c, std::ostream* os)
{
    *os << c.name << ' ' << '"' << c.input.toStdString() << '"';
}

// Names each instantiated test after its case, so a failure says which row broke.
template <typename T> std::string caseName(const testing::TestParamInfo<T>& info)
{
    return info.param.name;
}

Case valid(const char* name, const QString& input, const QString& normalized)
{
    return {name, input, Verdict::Valid, normalized, {}};
}

Case invalid(const char* name, const QString& input, const QString& message)
{
    return {name, input, Verdict::Invalid, {}, message};
}

void expectResult(const ValidationResult& result, const Case& c)
{
    EXPECT_EQ(result.verdict, c.verdict);
    EXPECT_EQ(result.normalized, c.normalized);
    EXPECT_EQ(result.message, c.message);
    EXPECT_EQ(result.acceptable(), c.verdict != Verdict::Invalid);
}

// Everything a user may type between digit groups (ui-guidelines.md "Input").
struct Separator
{
    const char* name;
    QString text;
};

const Separator kSeparators[] = {
    {"HyphenMinus", u"-"_s},
    {"FullWidthHyphenMinus", u"－"_s},
    {"KatakanaProlongedMark", u"ー"_s},
    {"HalfWidthProlongedMark", u"ｰ"_s},
    {"Hyphen", u"‐"_s},
    {"NonBreakingHyphen", u"‑"_s},
    {"EnDash", u"–"_s},
    {"EmDash", u"—"_s},
    {"HorizontalBar", u"―"_s},
    {"MinusSign", u"−"_s},
    {"Space", u" "_s},
    {"IdeographicSpace", u"　"_s},
};

// ---- 郵便番号 (§8.2) ----

const QString kPostalFormat = u"郵便番号：7桁の数字を「100-0001」または「1000001」の形で入力してください。"_s;

class PostalCodeTest : public testing::TestWithParam<Case>
{
};

TEST_P(PostalCodeTest, Validates)
{
    expectResult(PostalCode::validate(GetParam().input), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Table,
                         PostalCodeTest,
                         testing::Values(valid("Plain", u"1000001"_s, u"1000001"_s),
                                         valid("Hyphenated", u"100-0001"_s, u"1000001"_s),
                                         valid("FullWidthPlain", u"１０００００１"_s, u"1000001"_s),
                                         valid("FullWidthHyphenated", u"１００－０００１"_s, u"1000001"_s),
                                         valid("SurroundingSpaces", u"　100-0001 "_s, u"1000001"_s),
                                         invalid("HyphenAfterFour", u"1000-001"_s, kPostalFormat),
                                         invalid("HyphenAfterTwo", u"10-00001"_s, kPostalFormat),
                                         invalid("TwoHyphens", u"100--0001"_s, kPostalFormat),
                                         invalid("LeadingHyphen", u"-1000001"_s, kPostalFormat),
                                         invalid("SixDigits", u"100001"_s, kPostalFormat),
                                         invalid("SixDigitsHyphenated", u"100-001"_s, kPostalFormat),
                                         invalid("EightDigits", u"10000011"_s, kPostalFormat),
                                         invalid("EightDigitsHyphenated", u"100-00011"_s, kPostalFormat),
                                         invalid("Letter", u"100-000A"_s, kPostalFormat),
                                         invalid("ArabicIndicDigits", u"١٠٠٠٠٠١"_s, kPostalFormat),
                                         invalid("Empty", u""_s, u"郵便番号を入力してください。"_s),
                                         invalid("OnlySpaces", u" 　 "_s, u"郵便番号を入力してください。"_s)),
                         caseName<Case>);

class PostalCodeSeparatorTest : public testing::TestWithParam<Separator>
{
};

TEST_P(PostalCodeSeparatorTest, AcceptedAfterThirdDigitOnly)
{
    expectResult(PostalCode::validate(u"100"_s + GetParam().text + u"0001"_s), valid("", {}, u"1000001"_s));
    expectResult(PostalCode::validate(u"１０００"_s + GetParam().text + u"００１"_s), invalid("", {}, kPostalFormat));
}

INSTANTIATE_TEST_SUITE_P(All, PostalCodeSeparatorTest, testing::ValuesIn(kSeparators), caseName<Separator>);

TEST(PostalCode, NamesTheCallersField)
{
    EXPECT_EQ(PostalCode::validate(u"12345"_s, u"所在地郵便番号"_s).message,
              u"所在地郵便番号：7桁の数字を「100-0001」または「1000001」の形で入力してください。"_s);
}

// ---- 電話番号 (§8.1) ----

const QString kPhoneGeneric = u"電話番号：電話番号は10桁または11桁の数字で入力してください。"_s;
const QString kPhoneLeadingZero = u"電話番号：市外局番の「0」から入力してください。"_s;
const QString kPhoneDiallingPrefix
    = u"電話番号：010や00で始まる番号は国際電話・電話会社の選択のために番号の前に付けるものです。"
      u"電話番号そのものを市外局番から入力してください。"_s;

QString phoneLength(const QString& prefix, int expected, int entered)
{
    return u"電話番号：%1で始まる電話番号は%2桁で入力してください（入力されたのは%3桁です）。"_s.arg(prefix)
        .arg(expected)
        .arg(entered);
}

QString fixedLength(int entered)
{
    return u"電話番号：市外局番を含めて10桁で入力してください（入力されたのは%1桁です）。"_s.arg(entered);
}

class PhoneNumberTest : public testing::TestWithParam<Case>
{
};

TEST_P(PhoneNumberTest, Validates)
{
    expectResult(PhoneNumber::validate(GetParam().input), GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table,
    PhoneNumberTest,
    testing::Values(valid("Tokyo", u"03-1234-5678"_s, u"0312345678"_s),
                    valid("FourDigitAreaCode", u"0995-12-3456"_s, u"0995123456"_s),
                    invalid("FixedTooLong", u"03-1234-56789"_s, fixedLength(11)),
                    invalid("FixedTooShort", u"03-1234-567"_s, fixedLength(9)),
                    valid("Navi0570", u"0570-123-456"_s, u"0570123456"_s),
                    invalid("Navi0570Long", u"0570-1234-5678"_s, fixedLength(12)),
                    valid("Mobile090", u"090-1234-5678"_s, u"09012345678"_s),
                    invalid("Mobile090Short", u"090-1234-567"_s, phoneLength(u"090"_s, 11, 10)),
                    valid("Mobile080", u"080-1234-5678"_s, u"08012345678"_s),
                    invalid("Mobile080Long", u"080-1234-56789"_s, phoneLength(u"080"_s, 11, 12)),
                    valid("Mobile070", u"070-1234-5678"_s, u"07012345678"_s),
                    invalid("Mobile070Short", u"070-123-4567"_s, phoneLength(u"070"_s, 11, 10)),
                    valid("Mobile060", u"060-1234-5678"_s, u"06012345678"_s),
                    invalid("Mobile060Short", u"060-1234-567"_s, phoneLength(u"060"_s, 11, 10)),
                    valid("Osaka06", u"06-1234-5678"_s, u"0612345678"_s),
                    valid("IpPhone050", u"050-1234-5678"_s, u"05012345678"_s),
                    invalid("IpPhone050Short", u"050-1234-567"_s, phoneLength(u"050"_s, 11, 10)),
                    valid("FreeDial0120", u"0120-123-456"_s, u"0120123456"_s),
                    invalid("FreeDial0120Long", u"0120-1234-567"_s, phoneLength(u"0120"_s, 10, 11)),
                    valid("FreeDial0800", u"0800-123-4567"_s, u"08001234567"_s),
                    invalid("FreeDial0800Short", u"0800-123-456"_s, phoneLength(u"0800"_s, 11, 10)),
                    valid("FullWidthMobile", u"０９０－１２３４－５６７８"_s, u"09012345678"_s),
                    valid("FullWidthFixedProlongedMark", u"０３ー１２３４ー５６７８"_s, u"0312345678"_s),
                    valid("FullWidthFreeDial", u"０１２０－１２３－４５６"_s, u"0120123456"_s),
                    invalid("FullWidthMobileShort", u"０８０－１２３４－５６７"_s, phoneLength(u"080"_s, 11, 10)),
                    invalid("NoLeadingZero", u"3-1234-5678"_s, kPhoneLeadingZero),
                    invalid("CountryCode", u"+81-3-1234-5678"_s, kPhoneGeneric),
                    invalid("InternationalPrefix", u"0012345678"_s, kPhoneDiallingPrefix),
                    invalid("CarrierPrefix", u"0033-03-1234-5678"_s, kPhoneDiallingPrefix),
                    invalid("JapansInternationalPrefix", u"010-1234-5678"_s, kPhoneDiallingPrefix),
                    invalid("JapansInternationalPrefixTenDigits", u"010-123-4567"_s, kPhoneDiallingPrefix),
                    invalid("InternationalCallToTokyo", u"010-81-3-1234-5678"_s, kPhoneDiallingPrefix),
                    valid("Sapporo011", u"011-123-4567"_s, u"0111234567"_s),
                    valid("M2M020", u"020-1234-5678"_s, u"02012345678"_s),
                    invalid("M2M020Short", u"020-123-4567"_s, phoneLength(u"020"_s, 11, 10)),
                    valid("DummyTokyoNumber", u"03-0000-0000"_s, u"0300000000"_s),
                    valid("Chiba043", u"043-123-4567"_s, u"0431234567"_s),
                    invalid("Letters", u"03-1234-ABCD"_s, kPhoneGeneric),
                    invalid("Parentheses", u"03(1234)5678"_s, kPhoneGeneric),
                    invalid("Empty", u""_s, u"電話番号を入力してください。"_s),
                    invalid("OnlyHyphens", u"－－"_s, u"電話番号を入力してください。"_s)),
    caseName<Case>);

class PhoneNumberSeparatorTest : public testing::TestWithParam<Separator>
{
};

TEST_P(PhoneNumberSeparatorTest, IsStripped)
{
    const QString& s = GetParam().text;
    expectResult(PhoneNumber::validate(u"03"_s + s + u"1234"_s + s + u"5678"_s), valid("", {}, u"0312345678"_s));
    expectResult(PhoneNumber::validate(u"０９０"_s + s + u"１２３４"_s + s + u"５６７８"_s),
                 valid("", {}, u"09012345678"_s));
}

INSTANTIATE_TEST_SUITE_P(All, PhoneNumberSeparatorTest, testing::ValuesIn(kSeparators), caseName<Separator>);

TEST(PhoneNumber, NamesTheCallersField)
{
    // The example message of ui-guidelines.md "Words".
    EXPECT_EQ(PhoneNumber::validate(u"03-1234-ABCD"_s, u"代表電話番号"_s).message,
              u"代表電話番号：電話番号は10桁または11桁の数字で入力してください。"_s);
}

// ---- 全国地方公共団体コード (§3) ----

struct Municipality
{
    const char* name;
    QString code;
    int checkDigit;
};

class MunicipalityCodeExampleTest : public testing::TestWithParam<Municipality>
{
};

TEST_P(MunicipalityCodeExampleTest, CheckDigitAndValidation)
{
    const Municipality& m = GetParam();
    const QString firstFive = m.code.first(5);
    EXPECT_EQ(MunicipalityCode::checkDigit(firstFive), m.checkDigit);
    expectResult(MunicipalityCode::validate(m.code), valid("", {}, m.code));
    for (int digit = 0; digit <= 9; ++digit) {
        if (digit == m.checkDigit) {
            continue;
        }
        SCOPED_TRACE(digit);
        expectResult(
            MunicipalityCode::validate(firstFive + QString::number(digit)),
            invalid("", {}, u"市町村コード：検査数字（6桁目）が正しくありません。%1 ではありませんか。"_s.arg(m.code)));
    }
}

// The worked examples of §3.2, including remainder 0 (新宿区 → 1) and remainder 1 (渋谷区 → 0).
INSTANTIATE_TEST_SUITE_P(Section3_2,
                         MunicipalityCodeExampleTest,
                         testing::Values(Municipality{"Chiyoda", u"131016"_s, 6},
                                         Municipality{"Sapporo", u"011002"_s, 2},
                                         Municipality{"Minato", u"131032"_s, 2},
                                         Municipality{"Shinjuku", u"131041"_s, 1},
                                         Municipality{"Shibuya", u"131130"_s, 0},
                                         Municipality{"Osaka", u"271004"_s, 4},
                                         Municipality{"Yokohama", u"141003"_s, 3}),
                         caseName<Municipality>);

const QString kMunicipalityFormat = u"市町村コード：6桁の数字で入力してください。"_s;

class MunicipalityCodeTest : public testing::TestWithParam<Case>
{
};

TEST_P(MunicipalityCodeTest, Validates)
{
    expectResult(MunicipalityCode::validate(GetParam().input), GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table,
    MunicipalityCodeTest,
    testing::Values(valid("FullWidth", u"１３１０１６"_s, u"131016"_s),
                    valid("FullWidthWithHyphen", u"１３１０１－６"_s, u"131016"_s),
                    invalid("WrongCheckDigit",
                            u"131017"_s,
                            u"市町村コード：検査数字（6桁目）が正しくありません。131016 ではありませんか。"_s),
                    invalid("FiveDigits",
                            u"13101"_s,
                            u"市町村コード：検査数字を含めて6桁で入力してください。131016 ではありませんか。"_s),
                    invalid("FiveFullWidthDigits",
                            u"１３１１３"_s,
                            u"市町村コード：検査数字を含めて6桁で入力してください。131130 ではありませんか。"_s),
                    invalid("FourDigits", u"1310"_s, kMunicipalityFormat),
                    invalid("SevenDigits", u"1310160"_s, kMunicipalityFormat),
                    invalid("Letter", u"13101X"_s, kMunicipalityFormat),
                    invalid("Empty", u""_s, u"市町村コードを入力してください。"_s)),
    caseName<Case>);

TEST(MunicipalityCode, NamesTheCallersField)
{
    EXPECT_EQ(MunicipalityCode::validate(u"131017"_s, u"住所地の市町村コード"_s).message,
              u"住所地の市町村コード：検査数字（6桁目）が正しくありません。131016 ではありませんか。"_s);
}

// ---- 保険医療機関コード (§8.5) ----

QString institutionMismatch(int expected)
{
    return u"医療機関コード：検証番号（10桁目）が計算と一致しません（計算上は%1）。類似コードの場合はそのままで構いません。番号をもう一度ご確認ください。"_s
        .arg(expected);
}

const QString kInstitutionFormat = u"医療機関コード：都道府県番号から始まる10桁の数字で入力してください。"_s;

TEST(InstitutionCode, CheckDigitOfSection8_5Examples)
{
    EXPECT_EQ(InstitutionCode::checkDigit(u"341071236"), 2); // official example, sum 28
    EXPECT_EQ(InstitutionCode::checkDigit(u"011011371"), 9); // Wikipedia example, sum 21
    EXPECT_EQ(InstitutionCode::checkDigit(u"131012345"), 8);
    EXPECT_EQ(InstitutionCode::checkDigit(u"401099999"), 5);
}

class InstitutionCodeTest : public testing::TestWithParam<Case>
{
};

TEST_P(InstitutionCodeTest, Validates)
{
    expectResult(InstitutionCode::validate(GetParam().input), GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table,
    InstitutionCodeTest,
    testing::Values(
        valid("OfficialExample", u"3410712362"_s, u"3410712362"_s),
        valid("WikipediaExample", u"0110113719"_s, u"0110113719"_s),
        valid("FullWidthWithHyphens", u"３４－１－０７－１２３６－２"_s, u"3410712362"_s),
        valid("SpacesAround", u" 2712345673 "_s, u"2712345673"_s),
        Case{"MismatchIsWarning", u"3410712363"_s, Verdict::ValidWithWarning, u"3410712363"_s, institutionMismatch(2)},
        Case{"WikipediaMismatch", u"0110113710"_s, Verdict::ValidWithWarning, u"0110113710"_s, institutionMismatch(9)},
        invalid("NineDigits", u"341071236"_s, kInstitutionFormat),
        invalid("ElevenDigits", u"34107123620"_s, kInstitutionFormat),
        invalid("SevenDigitCode", u"0712362"_s, kInstitutionFormat),
        invalid("Letter", u"341071236A"_s, kInstitutionFormat),
        invalid("Empty", u""_s, u"医療機関コードを入力してください。"_s)),
    caseName<Case>);

// ---- V-SYS ID: the login dialog's and the server's one rule ----

const QString kVsysIdFormat = u"V-SYS ID：都道府県番号から始まる10桁の数字で入力してください。"_s;

class VsysIdTest : public testing::TestWithParam<Case>
{
};

TEST_P(VsysIdTest, Validates)
{
    expectResult(VsysId::validate(GetParam().input), GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table,
    VsysIdTest,
    testing::Values(valid("Demo", u"1310000017"_s, u"1310000017"_s),
                    // A 類似コード: its check digit need not follow the 保険医療機関コード rule, and is no warning.
                    valid("CheckDigitNotFollowed", u"1310000025"_s, u"1310000025"_s),
                    valid("FullWidth", u"１３１０００００１７"_s, u"1310000017"_s),
                    valid("FullWidthWithHyphensAndSpaces", u" １３１０－０００－０１７ "_s, u"1310000017"_s),
                    invalid("NineDigits", u"131000001"_s, kVsysIdFormat),
                    invalid("ElevenDigits", u"13100000170"_s, kVsysIdFormat),
                    invalid("Letter", u"131000001A"_s, kVsysIdFormat),
                    invalid("ArabicIndicDigits", u"١٣١٠٠٠٠٠١٧"_s, kVsysIdFormat),
                    invalid("Empty", u""_s, u"V-SYS IDを入力してください。"_s)),
    caseName<Case>);

TEST(VsysId, WellFormedIsTheStoredFormOnly)
{
    EXPECT_TRUE(VsysId::isWellFormed(u"1310000017"));
    EXPECT_TRUE(VsysId::isWellFormed(u"0000000000"));
    // The server takes what validate() normalised, never the typed form.
    EXPECT_FALSE(VsysId::isWellFormed(u"１３１０００００１７"));
    EXPECT_FALSE(VsysId::isWellFormed(u"1310-000017"));
    EXPECT_FALSE(VsysId::isWellFormed(u" 1310000017"));
    EXPECT_FALSE(VsysId::isWellFormed(u"131000001"));
    EXPECT_FALSE(VsysId::isWellFormed(u""));
}

// ---- メールアドレス ----

const QString kEmailFormat
    = u"メールアドレス：形式が正しくありません。name@example.co.jp のような形で入力してください。"_s;

class EmailAddressTest : public testing::TestWithParam<Case>
{
};

TEST_P(EmailAddressTest, Validates)
{
    expectResult(EmailAddress::validate(GetParam().input), GetParam());
}

Case badEmail(const char* name, const QString& input)
{
    return invalid(name, input, kEmailFormat);
}

// Older Japanese mobile addresses break the dot rule but receive mail: accepted with a warning.
Case oddDotsEmail(const char* name, const QString& input)
{
    return {name, input, Verdict::ValidWithWarning, input,
            u"メールアドレス：このアドレスは「.」の位置がメールの規格に沿っていないため（古い携帯電話のアドレスなど）、"
            u"一部の送信元からは届きません。メールが届くことをご確認ください。"_s};
}

INSTANTIATE_TEST_SUITE_P(
    Table,
    EmailAddressTest,
    testing::Values(
        valid("Simple", u"taro@example.co.jp"_s, u"taro@example.co.jp"_s),
        valid("DomainLowerCasedLocalKept", u"Taro.Yamada@Example.CO.JP"_s, u"Taro.Yamada@example.co.jp"_s),
        valid("FullWidth", u"ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ"_s, u"taro@example.co.jp"_s),
        valid("Trimmed", u"　taro@example.jp "_s, u"taro@example.jp"_s),
        valid("AllAtextCharacters", u"a+b!#$%&'*/=?^_`{|}~-1@example.com"_s, u"a+b!#$%&'*/=?^_`{|}~-1@example.com"_s),
        valid("HyphenAndDigitsInDomain", u"info@clinic-1.sub.example.jp"_s, u"info@clinic-1.sub.example.jp"_s),
        badEmail("NoAt", u"taro.example.jp"_s),
        badEmail("TwoAts", u"taro@@example.jp"_s),
        badEmail("AtInLocalPart", u"ta@ro@example.jp"_s),
        badEmail("EmptyLocalPart", u"@example.jp"_s),
        oddDotsEmail("LeadingDot", u".taro@example.jp"_s),
        oddDotsEmail("TrailingDot", u"taro.@docomo.ne.jp"_s),
        oddDotsEmail("DoubleDot", u"ta..ro@ezweb.ne.jp"_s),
        badEmail("OnlyADot", u".@example.jp"_s),
        badEmail("SpaceInLocalPart", u"ta ro@example.jp"_s),
        badEmail("ParenthesisInLocalPart", u"taro(x)@example.jp"_s),
        badEmail("KanaLocalPart", u"たろう@example.jp"_s),
        badEmail("NoDomain", u"taro@"_s),
        badEmail("DomainWithoutDot", u"taro@localhost"_s),
        badEmail("LabelStartsWithHyphen", u"taro@-example.jp"_s),
        badEmail("LabelEndsWithHyphen", u"taro@example-.jp"_s),
        badEmail("EmptyLabel", u"taro@example..jp"_s),
        badEmail("TrailingDotInDomain", u"taro@example.jp."_s),
        badEmail("UnderscoreInDomain", u"taro@exam_ple.jp"_s),
        badEmail("OneLetterTld", u"taro@example.j"_s),
        badEmail("NumericTld", u"taro@example.123"_s),
        badEmail("JapaneseDomain", u"taro@例え.jp"_s),
        invalid("Empty", u""_s, u"メールアドレスを入力してください。"_s)),
    caseName<Case>);

TEST(EmailAddress, AtMost254Characters)
{
    // 64 + 1 + 189 = 254, with every domain label within the usual 63.
    const QString local(64, u'a');
    const QString domain = QString(63, u'b') + u'.' + QString(63, u'c') + u'.' + QString(58, u'd') + u".jp"_s;
    const QString longest = local + u'@' + domain;
    ASSERT_EQ(longest.size(), 254);
    expectResult(EmailAddress::validate(longest), valid("", {}, longest));
    expectResult(EmailAddress::validate(u"a"_s + longest),
                 invalid("", {}, u"メールアドレス：254文字以内で入力してください。"_s));
}

// ---- フリガナ (§8.3) ----

using Script = Furigana::Script;

struct FuriganaCase
{
    const char* name;
    QString input;
    Script script;
    Verdict verdict;
    QString normalized;
    QString message;
};

void PrintTo(const FuriganaCase& c, std::ostream* os)
{
    *os << c.name << ' ' << '"' << c.input.toStdString() << '"';
}

FuriganaCase kana(const char* name, const QString& input, Script script, const QString& normalized)
{
    return {name, input, script, Verdict::Valid, normalized, {}};
}

FuriganaCase notKana(const char* name, const QString& input, Script script, const QString& message)
{
    return {name, input, script, Verdict::Invalid, {}, message};
}

const QString kNotKatakana = u"フリガナ：カタカナで入力してください。"_s;
const QString kNotHiragana = u"フリガナ：ひらがなで入力してください。"_s;

class FuriganaTest : public testing::TestWithParam<FuriganaCase>
{
};

TEST_P(FuriganaTest, Validates)
{
    const FuriganaCase& c = GetParam();
    expectResult(Furigana::validate(c.input, c.script), {c.name, c.input, c.verdict, c.normalized, c.message});
}

INSTANTIATE_TEST_SUITE_P(
    Table,
    FuriganaTest,
    testing::Values(kana("Katakana", u"コウセイ タロウ"_s, Script::Katakana, u"コウセイ タロウ"_s),
                    kana("HiraganaToKatakana", u"こうせい たろう"_s, Script::Katakana, u"コウセイ タロウ"_s),
                    kana("KatakanaToHiragana", u"コウセイ タロウ"_s, Script::Hiragana, u"こうせい たろう"_s),
                    kana("Hiragana", u"こうせい たろう"_s, Script::Hiragana, u"こうせい たろう"_s),
                    kana("MixedToKatakana", u"こうせいタロウ"_s, Script::Katakana, u"コウセイタロウ"_s),
                    kana("HalfWidth", u"ｺｳｾｲ ﾀﾛｳ"_s, Script::Katakana, u"コウセイ タロウ"_s),
                    kana("HalfWidthDakutenComposed", u"ｶﾞｯｺｳ ﾊﾟﾝ"_s, Script::Katakana, u"ガッコウ パン"_s),
                    kana("HalfWidthToHiragana", u"ｺｳｾｲ ﾀﾛｳ"_s, Script::Hiragana, u"こうせい たろう"_s),
                    kana("CombiningDakutenComposed", u"か\u3099き"_s, Script::Katakana, u"ガキ"_s),
                    kana("ProlongedSoundMark", u"サトー ユーコ"_s, Script::Katakana, u"サトー ユーコ"_s),
                    kana("ProlongedSoundMarkKeptInHiragana", u"サトー"_s, Script::Hiragana, u"さとー"_s),
                    kana("HalfWidthProlongedSoundMark", u"ｻﾄｰ"_s, Script::Katakana, u"サトー"_s),
                    kana("VuToHiragana", u"ヴァイオリン"_s, Script::Hiragana, u"ゔぁいおりん"_s),
                    kana("VuToKatakana", u"ゔぁいおりん"_s, Script::Katakana, u"ヴァイオリン"_s),
                    kana("BlockEdgesToKatakana", u"ぁゖ"_s, Script::Katakana, u"ァヶ"_s),
                    kana("BlockEdgesToHiragana", u"ァヶ"_s, Script::Hiragana, u"ぁゖ"_s),
                    kana("IterationMarksToKatakana", u"いすゞ こゝろ"_s, Script::Katakana, u"イスヾ コヽロ"_s),
                    kana("IterationMarksToHiragana", u"イスヾ コヽロ"_s, Script::Hiragana, u"いすゞ こゝろ"_s),
                    kana("MiddleDot", u"ジョン・スミス"_s, Script::Katakana, u"ジョン・スミス"_s),
                    kana("IdeographicSpaceCollapsed", u"コウセイ　タロウ"_s, Script::Katakana, u"コウセイ タロウ"_s),
                    kana("SpaceRunCollapsed", u"コウセイ 　  タロウ"_s, Script::Katakana, u"コウセイ タロウ"_s),
                    kana("Trimmed", u"　コウセイ タロウ "_s, Script::Katakana, u"コウセイ タロウ"_s),
                    notKana("Kanji", u"厚生 太郎"_s, Script::Katakana, kNotKatakana),
                    notKana("KanjiForHiragana", u"厚生 太郎"_s, Script::Hiragana, kNotHiragana),
                    notKana("KanaWithOneKanji", u"コウセイ 太郎"_s, Script::Katakana, kNotKatakana),
                    notKana("Latin", u"Kosei Taro"_s, Script::Katakana, kNotKatakana),
                    notKana("FullWidthDigit", u"タロウ３"_s, Script::Katakana, kNotKatakana),
                    notKana("KatakanaVa", u"ヷ"_s, Script::Katakana, kNotKatakana),
                    notKana("WaveDash", u"タロウ〜"_s, Script::Katakana, kNotKatakana),
                    notKana("TwoSpaces",
                            u"コウセイ タロウ ジロウ"_s,
                            Script::Katakana,
                            u"フリガナ：スペースは姓と名の間に1つだけ入れてください。"_s),
                    notKana("Empty", u""_s, Script::Katakana, u"フリガナを入力してください。"_s),
                    notKana("OnlyIdeographicSpaces", u"　　"_s, Script::Hiragana, u"フリガナを入力してください。"_s)),
    caseName<FuriganaCase>);

TEST(Furigana, NamesTheCallersField)
{
    EXPECT_EQ(Furigana::validate(u"厚生 太郎"_s, Script::Hiragana, u"ふりがな"_s).message,
              u"ふりがな：ひらがなで入力してください。"_s);
    EXPECT_EQ(Furigana::validate(u""_s, Script::Hiragana, u"ふりがな"_s).message, u"ふりがなを入力してください。"_s);
}

} // namespace
