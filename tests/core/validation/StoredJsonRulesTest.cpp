// SPDX-License-Identifier: MIT
// StoredJsonRules: the nesting limit and the characters that would not come back as stored, with the
// JSON path and the Japanese message a venue sees.
#include "core/validation/StoredJsonRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <gtest/gtest.h>
#include <ostream>

using namespace Qt::StringLiterals;
using vsys::core::StoredJsonRules;

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

/// `levels` objects inside each other, the innermost {"name": "x"}.
QJsonObject nestedObjects(int levels)
{
    QJsonObject value{{u"name"_s, u"x"_s}};
    for (int level = 1; level < levels; ++level) {
        value = QJsonObject{{u"a"_s, value}};
    }
    return value;
}

/// `levels` arrays inside each other, the innermost [1].
QJsonArray nestedArrays(int levels)
{
    QJsonArray value{1};
    for (int level = 1; level < levels; ++level) {
        // Not QJsonArray{value}: clang reads that as a copy, gcc as a one-element list.
        QJsonArray outer;
        outer.append(value);
        value = outer;
    }
    return value;
}

QString repeated(const QString& step, int times, const QString& separator)
{
    QStringList steps;
    for (int i = 0; i < times; ++i) {
        steps.append(step);
    }
    return steps.join(separator);
}

/// {"content": {"company": {"name": text}}}, the shape of an application body.
QJsonObject companyName(const QString& text)
{
    return QJsonObject{{u"content"_s, QJsonObject{{u"company"_s, QJsonObject{{u"name"_s, text}}}}}};
}

TEST(StoredJsonRulesTest, ThirtyTwoLevelsAreAllowed)
{
    EXPECT_EQ(StoredJsonRules::kMaxDepth, 32);
    EXPECT_FALSE(StoredJsonRules::check(nestedObjects(32)));
    EXPECT_FALSE(StoredJsonRules::check(nestedArrays(32)));
    EXPECT_FALSE(StoredJsonRules::check(QJsonObject{{u"rows"_s, nestedArrays(31)}}));
}

TEST(StoredJsonRulesTest, TheThirtyThirdLevelIsRefusedWithItsPath)
{
    const auto objects = StoredJsonRules::check(nestedObjects(33));
    ASSERT_TRUE(objects);
    const QString objectPath = repeated(u"a"_s, 32, u"."_s);
    EXPECT_EQ(objects->field, objectPath);
    EXPECT_EQ(objects->message, objectPath + u" の入れ子が 32 階層を超えています。"_s);

    const auto arrays = StoredJsonRules::check(QJsonObject{{u"rows"_s, nestedArrays(32)}});
    ASSERT_TRUE(arrays);
    EXPECT_EQ(arrays->field, u"rows"_s + repeated(u"[0]"_s, 31, {}));

    // Scalars are no level: 32 containers with a string at the bottom stay allowed.
    EXPECT_FALSE(StoredJsonRules::check(QJsonObject{{u"rows"_s, QJsonArray{nestedObjects(30)}}}));
    EXPECT_TRUE(StoredJsonRules::check(QJsonObject{{u"rows"_s, QJsonArray{nestedObjects(31)}}}));
}

struct CharacterCase
{
    const char* name;
    QString text;
    QString message;
};

class RefusedCharacterTest : public ::testing::TestWithParam<CharacterCase>
{
};

TEST_P(RefusedCharacterTest, IsNamedWithTheFieldAndTheCharacter)
{
    const CharacterCase& c = GetParam();
    const auto problem = StoredJsonRules::check(companyName(c.text));
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, u"content.company.name"_s);
    EXPECT_EQ(problem->message, u"content.company.name に保存できない文字 "_s + c.message + u"が含まれています。"_s);
}

std::string caseName(const ::testing::TestParamInfo<CharacterCase>& param)
{
    return param.param.name;
}

const QString kNoncharacter = u"（Unicode の非文字）"_s;

INSTANTIATE_TEST_SUITE_P(
    Characters,
    RefusedCharacterTest,
    ::testing::Values(CharacterCase{"FFFF", u"株式会社\uFFFF"_s, u"U+FFFF"_s + kNoncharacter},
                      CharacterCase{"FFFE", u"\uFFFE株式会社"_s, u"U+FFFE"_s + kNoncharacter},
                      CharacterCase{"FDD0", u"株式\uFDD0会社"_s, u"U+FDD0"_s + kNoncharacter},
                      CharacterCase{"FDEF", u"\uFDEF"_s, u"U+FDEF"_s + kNoncharacter},
                      CharacterCase{"Plane1FFFE", QString::fromUcs4(U"会社\U0001FFFE"), u"U+1FFFE"_s + kNoncharacter},
                      CharacterCase{"Plane16FFFF", QString::fromUcs4(U"\U0010FFFF"), u"U+10FFFF"_s + kNoncharacter},
                      CharacterCase{"LeadingBom", u"\uFEFF株式会社"_s, u"U+FEFF（バイト順マーク）"_s},
                      CharacterCase{"InnerBom", u"株式\uFEFF会社"_s, u"U+FEFF（バイト順マーク）"_s},
                      CharacterCase{"LoneHighSurrogate", QString(QChar(0xD83D)) + u"会社"_s,
                                    u"U+D83D（対になっていないサロゲート）"_s},
                      CharacterCase{"LoneLowSurrogate", u"会社"_s + QChar(0xDE00),
                                    u"U+DE00（対になっていないサロゲート）"_s},
                      CharacterCase{"SwappedPair", QString(QChar(0xDE00)) + QChar(0xD83D),
                                    u"U+DE00（対になっていないサロゲート）"_s}),
    caseName);

TEST(StoredJsonRulesTest, ARefusedCharacterInAKeyIsShownEscapedInThePath)
{
    const QJsonObject body{{u"content"_s, QJsonObject{{u"na\uFFFFme"_s, u"x"_s}}}};
    const auto problem = StoredJsonRules::check(body);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, u"content.na\\uFFFFme"_s);
    EXPECT_EQ(problem->message,
              u"content.na\\uFFFFme に保存できない文字 U+FFFF（Unicode の非文字）が含まれています。"_s);
}

TEST(StoredJsonRulesTest, ArrayElementsAreNamedByIndex)
{
    const QJsonObject body{
        {u"rows"_s, QJsonArray{QJsonObject{{u"note"_s, u"ok"_s}}, QJsonObject{{u"note"_s, u"\uFFFE"_s}}}}};
    const auto problem = StoredJsonRules::check(body);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, u"rows[1].note"_s);
}

TEST(StoredJsonRulesTest, OrdinaryAndTrickyTextIsAllowed)
{
    for (const QString& text : {
             u"サンプル職域接種会場〜第２会場"_s,
             QString::fromUcs4(U"😀 👨‍👩‍👧 𠮷野家 🇯🇵"),
             u"\uFFFD\uFFFC\uFDCF\uFDF0\u200B\u00A0"_s,
             QString::fromUcs4(U"\U0001FFFD\U0010FFFD\U000EFFFD"),
             u"tab\tnewline\n\"quote\" \\backslash"_s,
             QString(),
         }) {
        EXPECT_FALSE(StoredJsonRules::check(companyName(text))) << qPrintable(text);
        EXPECT_FALSE(StoredJsonRules::check(QJsonObject{{text, 1}})) << qPrintable(text);
    }
    EXPECT_FALSE(StoredJsonRules::check(QJsonObject{{u"n"_s, 1.5}, {u"b"_s, true}, {u"z"_s, QJsonValue::Null}}));
}

} // namespace
