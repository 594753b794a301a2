// SPDX-License-Identifier: MIT
// 問い合わせ: the shipped お問い合わせ分類 and 詳細, the wire form, and the form's rules the page and the server share.
#include "core/inquiry/Inquiry.h"

#include "core/inquiry/InquiryCategories.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

/// The message as the running catalogue has it, so the assertion is exact before and after the Japanese
/// catalogue learns the string.
QString translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

Inquiry filled()
{
    Inquiry inquiry;
    inquiry.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    inquiry.phone = u"０３－１２３４－５６７８"_s;
    inquiry.category = u"login"_s;
    inquiry.detail = u"cannot_login"_s;
    inquiry.body = u"  ログインできません。  \n"_s;
    return inquiry;
}

} // namespace

TEST(InquiryCategoriesTest, TheShippedListHasTheEightCategoriesWithTwoToFiveDetailsEach)
{
    const InquiryCategories& categories = InquiryCategories::builtIn();
    QStringList names;
    for (const InquiryCategory& category : categories.categories()) {
        names.append(category.name);
        EXPECT_GE(category.details.size(), 2) << category.key.toStdString();
        EXPECT_LE(category.details.size(), 5) << category.key.toStdString();
    }
    EXPECT_EQ(names,
              QStringList({u"V-SYSの操作"_s, u"ログイン・パスワード"_s, u"接種計画"_s, u"ワクチンの配送・分配量"_s,
                           u"実績・廃棄の報告"_s, u"費用請求"_s, u"医療機関情報・委任状"_s, u"その他"_s}));
    EXPECT_EQ(categories.label(u"login"_s, u"cannot_login"_s), u"ログイン・パスワード / ログインできない"_s);
    EXPECT_EQ(categories.label(u"gone"_s, u"old"_s), u"gone / old"_s);
}

TEST(InquiryCategoriesTest, ACategoryWithoutDetailsOrADuplicateDetailIsRefusedNamingTheEntry)
{
    const auto empty = InquiryCategories::fromJson(R"({"categories":[{"key":"a","name":"A","details":[]}]})");
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().field, u"categories[0]"_s);
    const auto twice = InquiryCategories::fromJson(
        R"({"categories":[{"key":"a","name":"A","details":[{"key":"x","name":"X"}]},
                          {"key":"b","name":"B","details":[{"key":"x","name":"X"},{"key":"x","name":"Y"}]}]})");
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().field, u"categories[1]"_s);
    EXPECT_FALSE(InquiryCategories::fromJson("[]"));
}

TEST(InquiryValidatorTest, AFilledFormPassesWithThePhoneAsDigitsAndTheContentTrimmed)
{
    Inquiry inquiry = filled();
    EXPECT_TRUE(InquiryValidator::check(inquiry).isEmpty());
    EXPECT_EQ(inquiry.phone, u"0312345678"_s);
    EXPECT_EQ(inquiry.body, u"ログインできません。"_s);
}

TEST(InquiryValidatorTest, EveryBrokenFieldIsNamedInTheFormsOrder)
{
    Inquiry inquiry;
    inquiry.phone = u"12345"_s;
    inquiry.category = u"nothing"_s;
    inquiry.body = u"   "_s;
    const QList<Error> errors = InquiryValidator::check(inquiry);
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors[0].field, u"phone"_s);
    EXPECT_TRUE(errors[0].message.startsWith(translated("InquiryValidator", "Telephone number")))
        << errors[0].message.toStdString();
    EXPECT_EQ(errors[1].field, u"category"_s);
    EXPECT_EQ(errors[1].message, translated("InquiryValidator", "Inquiry category: choose one from the list."));
    EXPECT_EQ(errors[2].field, u"body"_s);
    EXPECT_EQ(errors[2].message, translated("InquiryValidator", "Content: write what you would like to ask."));
}

TEST(InquiryValidatorTest, ADetailOfAnotherCategoryIsRefused)
{
    Inquiry inquiry = filled();
    inquiry.detail = u"performance"_s;
    const QList<Error> errors = InquiryValidator::check(inquiry);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].field, u"detail"_s);
}

TEST(InquiryValidatorTest, ContentAndAnswerStopAt4000Characters)
{
    Inquiry inquiry = filled();
    inquiry.body = QString(4000, u'あ');
    EXPECT_TRUE(InquiryValidator::check(inquiry).isEmpty());
    inquiry.body = QString(4001, u'あ');
    const QList<Error> errors = InquiryValidator::check(inquiry);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(
        errors[0].message,
        translated("InquiryValidator", "Content: write at most %1 characters (now %2).").arg(u"4,000"_s, u"4,001"_s));

    QString answer = u"  ご連絡ありがとうございます。 "_s;
    EXPECT_FALSE(InquiryValidator::checkAnswer(answer));
    EXPECT_EQ(answer, u"ご連絡ありがとうございます。"_s);
    QString tooLong(4001, u'a');
    EXPECT_TRUE(InquiryValidator::checkAnswer(tooLong));
    QString blank = u" "_s;
    EXPECT_TRUE(InquiryValidator::checkAnswer(blank));
}

TEST(InquiryJsonTest, AnAnsweredInquiryRoundTripsWithItsStatus)
{
    Inquiry inquiry = filled();
    ASSERT_TRUE(InquiryValidator::check(inquiry).isEmpty());
    inquiry.sentBy = u"1310000001"_s;
    inquiry.sentAt = QDateTime(QDate(2022, 3, 1), QTime(1, 2, 3), Qt::UTC);
    const QJsonObject sent = InquiryJson::toJson(inquiry);
    EXPECT_EQ(sent.value(u"status"_s).toString(), u"sent"_s);
    EXPECT_TRUE(sent.value(u"answer"_s).isNull());
    inquiry.answer = u"パスワードを再設定してください。"_s;
    inquiry.answeredAt = QDateTime(QDate(2022, 3, 2), QTime(4, 5, 6), Qt::UTC);
    const QJsonObject answered = InquiryJson::toJson(inquiry);
    EXPECT_EQ(answered.value(u"status"_s).toString(), u"answered"_s);
    const auto read = InquiryJson::fromJson(answered);
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(*read, inquiry);
    EXPECT_EQ(read->status(), InquiryStatus::Answered);
}

TEST(InquiryJsonTest, AnUpperCaseIdOrAnOverlongTextIsRefusedNamingTheMember)
{
    QJsonObject object = InquiryJson::toJson(filled());
    object.insert(u"id"_s, u"0F8FAD5B-D9CB-469F-A165-70867728950E"_s);
    EXPECT_EQ(InquiryJson::fromJson(object).error().field, u"id"_s);
    object = InquiryJson::toJson(filled());
    object.insert(u"body"_s, QString(4001, u'a'));
    EXPECT_EQ(InquiryJson::fromJson(object).error().field, u"body"_s);
    object = InquiryJson::toJson(filled());
    object.insert(u"phone"_s, 31234);
    EXPECT_EQ(InquiryJson::fromJson(object).error().field, u"phone"_s);
}
