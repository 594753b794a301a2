// SPDX-License-Identifier: MIT
#include "core/navi/TicketApplicationValidator.h"

#include "core/navi/NaviCatalogue.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

const QDate kToday(2021, 11, 10);

/// The briefing's example: 厚生 太郎, 港区, 武田／モデルナ twice.
QHash<QString, QString> briefingForm()
{
    return {{u"municipality"_s, u"131032"_s},
            {u"family_name"_s, u"厚生"_s},
            {u"given_name"_s, u"太郎"_s},
            {u"family_kana"_s, u"コウセイ"_s},
            {u"given_kana"_s, u"タロウ"_s},
            {u"birth_year"_s, u"1980"_s},
            {u"birth_month"_s, u"4"_s},
            {u"birth_day"_s, u"12"_s},
            {u"phone"_s, u"03-5253-1111"_s},
            {u"postal_code"_s, u"100-8916"_s},
            {u"address1"_s, u"東京都千代田区霞が関1-2-2"_s},
            {u"reason"_s, u"booster"_s},
            {u"dose1_year"_s, u"2021"_s},
            {u"dose1_month"_s, u"9"_s},
            {u"dose1_day"_s, u"1"_s},
            {u"dose1_vaccine"_s, u"moderna"_s},
            {u"dose1_method"_s, u"domestic"_s},
            {u"dose1_municipality"_s, u"東京都 港区"_s},
            {u"dose2_year"_s, u"2021"_s},
            {u"dose2_month"_s, u"10"_s},
            {u"dose2_day"_s, u"1"_s},
            {u"dose2_same_vaccine"_s, u"1"_s},
            {u"dose2_same_method"_s, u"1"_s},
            {u"agree"_s, u"1"_s}};
}

TicketApplicationCheck check(const QHash<QString, QString>& form)
{
    return TicketApplicationValidator::validate(form, kToday, NaviCatalogue::builtIn());
}

QString messageFor(const TicketApplicationCheck& result, const QString& field)
{
    for (const Error& error : result.errors) {
        if (error.field == field) {
            return error.message;
        }
    }
    return {};
}

} // namespace

TEST(TicketApplicationValidatorTest, AcceptsTheBriefingsApplication)
{
    const auto result = check(briefingForm());
    ASSERT_TRUE(result.application) << (result.errors.isEmpty() ? "" : result.errors.first().message.toStdString());
    const TicketApplication& application = *result.application;
    EXPECT_EQ(application.municipalityCode, u"131032"_s);
    EXPECT_EQ(application.familyName + application.givenName, u"厚生太郎"_s);
    EXPECT_EQ(application.birthDate, QDate(1980, 4, 12));
    EXPECT_EQ(application.phone, u"0352531111"_s);
    EXPECT_EQ(application.postalCode, u"1008916"_s);
    // 「1回目と同じ」 copies the vaccine, the method and the municipality that sent the 接種券.
    EXPECT_EQ(application.second.vaccine, u"moderna"_s);
    EXPECT_EQ(application.second.method, u"domestic"_s);
    EXPECT_EQ(application.second.ticketMunicipality, u"東京都 港区"_s);
    EXPECT_EQ(application.second.date, QDate(2021, 10, 1));
    EXPECT_EQ(TicketApplication::fromJson(application.toJson()), application);
}

TEST(TicketApplicationValidatorTest, EveryMissingFieldIsNamed)
{
    const auto result = check({});
    EXPECT_FALSE(result.application);
    EXPECT_EQ(messageFor(result, u"municipality"_s), u"住民票の市町村を選択してください。"_s);
    EXPECT_EQ(messageFor(result, u"family_name"_s), u"氏名（姓）を入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"given_kana"_s), u"名（カナ）を入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"birth_year"_s), u"生年月日を入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"phone"_s), u"電話番号を入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"postal_code"_s), u"郵便番号を入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"address1"_s), u"送付先住所を入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"reason"_s), u"申請理由を選択してください。"_s);
    EXPECT_EQ(messageFor(result, u"dose1_year"_s), u"1回目 接種日を入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"dose2_vaccine"_s), u"2回目 ワクチン種類を選択してください。"_s);
    EXPECT_EQ(messageFor(result, u"agree"_s), u"利用規約とプライバシーポリシーに同意してください。"_s);
}

TEST(TicketApplicationValidatorTest, UsesTheAppsValidatorsWithTheFormsFieldNames)
{
    auto form = briefingForm();
    form[u"family_kana"_s] = u"Kosei"_s;
    form[u"phone"_s] = u"03-1234"_s;
    form[u"postal_code"_s] = u"12345"_s;
    const auto result = check(form);
    EXPECT_EQ(messageFor(result, u"family_kana"_s), u"姓（カナ）：カタカナで入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"phone"_s),
              u"電話番号：市外局番を含めて10桁で入力してください（入力されたのは6桁です）。"_s);
    EXPECT_EQ(messageFor(result, u"postal_code"_s),
              u"郵便番号：7桁の数字を「100-0001」または「1000001」の形で入力してください。"_s);
    EXPECT_EQ(result.errors.size(), 3);
}

TEST(TicketApplicationValidatorTest, DatesMustExistNotBeInTheFutureAndComeInOrder)
{
    auto form = briefingForm();
    form[u"birth_month"_s] = u"2"_s;
    form[u"birth_day"_s] = u"30"_s;
    form[u"dose1_month"_s] = u"11"_s;
    form[u"dose1_day"_s] = u"11"_s;
    auto result = check(form);
    EXPECT_EQ(messageFor(result, u"birth_year"_s), u"生年月日：存在する日付を、年は西暦4桁で入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"dose1_year"_s), u"1回目 接種日：今日より後の日付は入力できません。"_s);

    form = briefingForm();
    form[u"dose2_month"_s] = u"8"_s;
    result = check(form);
    EXPECT_EQ(messageFor(result, u"dose2_year"_s), u"2回目 接種日：1回目 接種日より前の日付は入力できません。"_s);
    EXPECT_EQ(result.errors.size(), 1);
}

TEST(TicketApplicationValidatorTest, LimitsEveryField)
{
    auto form = briefingForm();
    form[u"family_name"_s] = QString(21, u'山');
    form[u"address1"_s] = QString(101, u'町');
    form[u"dose1_municipality"_s] = QString(31, u'市');
    auto result = check(form);
    EXPECT_EQ(messageFor(result, u"family_name"_s), u"氏名（姓）は20文字以内で入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"address1"_s), u"送付先住所は100文字以内で入力してください。"_s);
    EXPECT_EQ(messageFor(result, u"dose1_municipality"_s),
              u"1回目 接種券を送ってきた市町村名は30文字以内で入力してください。"_s);

    form = briefingForm();
    form[u"given_name"_s] = QString(201, u'a');
    result = check(form);
    EXPECT_EQ(messageFor(result, u"given_name"_s), u"入力内容が長すぎます（200文字以内）。"_s);
    form = briefingForm();
    form[u"reason"_s] = u"made_up"_s;
    form[u"municipality"_s] = u"130001"_s;
    result = check(form);
    EXPECT_EQ(messageFor(result, u"reason"_s), u"申請理由：一覧から選択してください。"_s);
    EXPECT_EQ(messageFor(result, u"municipality"_s), u"住民票の市町村：一覧から選択してください。"_s);
}

TEST(TicketApplicationValidatorTest, SecondDoseOwnChoicesWhenNotTheSame)
{
    auto form = briefingForm();
    form.remove(u"dose2_same_vaccine"_s);
    form.remove(u"dose2_same_method"_s);
    form[u"dose2_vaccine"_s] = u"pfizer"_s;
    form[u"dose2_method"_s] = u"abroad"_s;
    const auto result = check(form);
    ASSERT_TRUE(result.application);
    EXPECT_EQ(result.application->second.vaccine, u"pfizer"_s);
    EXPECT_EQ(result.application->second.method, u"abroad"_s);
    EXPECT_EQ(result.application->second.ticketMunicipality, QString()); // abroad asks no municipality
}
