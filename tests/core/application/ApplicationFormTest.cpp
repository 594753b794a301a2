// SPDX-License-Identifier: MIT
// The 申込 form's schema, its switches (既存登録情報, 未定, 上記担当者と同一) and its validation, against the
// demo registration and hand-made content, with the Japanese translation the test main installs.
#include "core/application/ApplicationForm.h"

#include "core/application/ApplicationContent.h"
#include "core/application/ApplicationValidator.h"
#include "core/application/ConsentTerms.h"
#include "core/application/VaccinationArrangements.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace vsys::core {
void PrintTo(const FieldIssue& issue, std::ostream* out)
{
    *out << issue.path.toStdString() << (issue.warning ? " (warning) " : " ") << issue.message.toStdString();
}
} // namespace vsys::core

namespace {

QJsonObject registration()
{
    QFile file(QStringLiteral(VSYS_TEST_DATA_DIR "/../../resources/demo/venue-a-registration.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    object.remove(u"note"_s);
    return object;
}

/// Every section of the registration typed in by hand (all switches on), as a new venue would.
QJsonObject typedIn()
{
    QJsonObject content = registration();
    for (const FormSection& section : ApplicationForm::sections()) {
        ApplicationContent::setChanged(content, section.key, true);
    }
    return content;
}

QStringList paths(const QList<FieldIssue>& issues)
{
    QStringList result;
    for (const FieldIssue& issue : issues) {
        result.append(issue.path);
    }
    return result;
}

} // namespace

TEST(ApplicationFormTest, SectionsFollowTheBriefingInOrder)
{
    QStringList keys;
    for (const FormSection& section : ApplicationForm::sections()) {
        keys.append(section.key);
    }
    EXPECT_EQ(keys,
              QStringList({u"company"_s, u"venue"_s, u"institution"_s, u"billing"_s, u"contacts"_s, u"officers"_s,
                           u"supplies"_s}));
    EXPECT_FALSE(ApplicationForm::section(u"billing"_s)->hasExisting);
    EXPECT_TRUE(ApplicationForm::section(u"supplies"_s)->hasExisting);
}

TEST(ApplicationFormTest, EveryFieldHasOnePathALabelAndAGroup)
{
    QSet<QString> seen;
    for (const FormField* field : ApplicationForm::fields()) {
        EXPECT_FALSE(seen.contains(field->path)) << field->path.toStdString();
        seen.insert(field->path);
        EXPECT_NE(field->label, nullptr);
        EXPECT_NE(ApplicationForm::groupOf(field->path), nullptr);
        if (field->kind == FieldKind::YesNo) {
            EXPECT_NE(field->yesLabel, nullptr);
            EXPECT_NE(field->noLabel, nullptr);
        }
    }
    EXPECT_EQ(seen.size(), 66);
    EXPECT_EQ(ApplicationForm::field(u"company.phone"_s)->kind, FieldKind::Phone);
    EXPECT_TRUE(ApplicationForm::field(u"company.phone"_s)->required);
    EXPECT_FALSE(ApplicationForm::field(u"venue.fax"_s)->required);
    EXPECT_EQ(ApplicationForm::field(u"officers.vaccination.no_email"_s)->disables, u"officers.vaccination.email"_s);
    EXPECT_EQ(ApplicationForm::field(u"no.such.field"_s), nullptr);
}

TEST(ApplicationFormTest, LabelsNameTheGroupWhereFieldNamesRepeat)
{
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"venue.address.postal_code"_s), u"接種会場所在地情報の郵便番号"_s);
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"venue.fax"_s), u"FAX番号"_s);
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"company.phone"_s), u"代表電話番号"_s);
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"institution.phone"_s), u"医療機関情報の代表電話番号"_s);
    EXPECT_EQ(ApplicationForm::label(u"contacts.secondary.name"_s), u"氏名"_s);
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"contacts.secondary.name"_s), u"担当者2 連絡先情報の氏名"_s);
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"unknown.path"_s), u"unknown.path"_s);
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"changes_from_existing.venue"_s),
              u"接種会場の情報：既存登録情報から変更する"_s);
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"venue.address.manual"_s),
              u"接種会場所在地情報の郵便番号から自動入力できない"_s);
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"officers.holiday_contact.undecided"_s),
              u"保管等に関する土日・祝日の連絡先情報の未定"_s);
    EXPECT_EQ(ApplicationForm::qualifiedLabel(u"contacts.receiver2.same_as_contact"_s),
              u"ワクチン受取り担当者2 連絡先情報の上記担当者2と同一"_s);
    EXPECT_EQ(ApplicationForm::displayValue(u"changes_from_existing.venue"_s, true), u"する"_s);
}

TEST(ApplicationFormTest, ValuesAreShownAsTheUserReadsThem)
{
    EXPECT_EQ(ApplicationForm::displayValue(u"venue.elevator"_s, true), u"エレベーター有"_s);
    EXPECT_EQ(ApplicationForm::displayValue(u"venue.elevator"_s, false), u"エレベーター無"_s);
    EXPECT_EQ(ApplicationForm::displayValue(u"supplies.gloves"_s, false), u"希望しない"_s);
    EXPECT_EQ(ApplicationForm::displayValue(u"venue.arrangement"_s, u"02"_s), u"02 外部機関が出張して実施"_s);
    EXPECT_EQ(ApplicationForm::displayValue(u"billing.keep_venue_id"_s, true), u"する"_s);
    EXPECT_EQ(ApplicationForm::displayValue(u"company.name"_s, QJsonValue()), QString());
}

TEST(ApplicationContentTest, PathsReadAndWriteNestedObjects)
{
    QJsonObject content;
    ApplicationContent::setValue(content, u"venue.address.street"_s, u"丸の内1-1"_s);
    EXPECT_EQ(ApplicationContent::value(content, u"venue.address.street"_s).toString(), u"丸の内1-1"_s);
    EXPECT_TRUE(ApplicationContent::value(content, u"venue.address.street.more"_s).isUndefined());
    ApplicationContent::setValue(content, u"venue.address.street"_s, QJsonValue(QJsonValue::Undefined));
    EXPECT_EQ(content, QJsonObject());
}

TEST(ApplicationContentTest, AnUnchangedSectionSubmitsTheExistingValues)
{
    QJsonObject content;
    ApplicationContent::setChanged(content, u"venue"_s, true);
    ApplicationContent::setValue(content, u"venue.name"_s, u"新会場"_s);
    ApplicationContent::setValue(content, u"company.name"_s, u"typed while the switch was off"_s);

    const QJsonObject effective = ApplicationContent::effective(content, registration());
    EXPECT_EQ(ApplicationContent::value(effective, u"company.name"_s).toString(), u"サンプル職域申込株式会社"_s);
    EXPECT_EQ(ApplicationContent::value(effective, u"venue.name"_s).toString(), u"新会場"_s);
    EXPECT_TRUE(ApplicationContent::value(effective, u"venue.address"_s).isUndefined());
    EXPECT_EQ(effective.value(u"officers"_s), registration().value(u"officers"_s));
    EXPECT_TRUE(ApplicationContent::value(effective, u"changes_from_existing.venue"_s).toBool());
    // A venue of arrangement 01 (企業内診療所) has no separate institution: it is not submitted.
    EXPECT_FALSE(effective.contains(u"institution"_s));
    EXPECT_FALSE(ApplicationContent::isChanged(content, registration(), u"company"_s));
    EXPECT_TRUE(ApplicationContent::isChanged(content, {}, u"company"_s));
}

TEST(ApplicationContentTest, SwitchesOfGroupsShapeWhatIsSubmitted)
{
    QJsonObject content = typedIn();
    ApplicationContent::setValue(content, u"venue.arrangement"_s, u"02"_s);
    ApplicationContent::setValue(content, u"institution.name"_s, u"出張クリニック"_s);
    ApplicationContent::setValue(content, u"contacts.receiver1.same_as_contact"_s, true);
    ApplicationContent::setValue(content, u"officers.needle_storage.undecided"_s, true);
    ApplicationContent::setValue(content, u"officers.vaccination.no_email"_s, true);

    const QJsonObject effective = ApplicationContent::effective(content, registration());
    EXPECT_EQ(ApplicationContent::value(effective, u"institution.name"_s).toString(), u"出張クリニック"_s);
    EXPECT_EQ(
        ApplicationContent::value(effective, u"contacts.receiver1"_s).toObject(),
        QJsonObject({{u"name"_s, u"接種 太郎"_s}, {u"phone"_s, u"03-0000-0005"_s}, {u"same_as_contact"_s, true}}));
    EXPECT_EQ(ApplicationContent::value(effective, u"officers.needle_storage"_s).toObject(),
              QJsonObject({{u"undecided"_s, true}}));
    EXPECT_TRUE(ApplicationContent::value(effective, u"officers.vaccination.email"_s).isUndefined());
    EXPECT_EQ(ApplicationValidator().validate(effective), QList<FieldIssue>());
}

TEST(ApplicationValidatorTest, TheDemoRegistrationIsACompleteApplication)
{
    EXPECT_EQ(ApplicationValidator().validate(ApplicationContent::effective({}, registration())), QList<FieldIssue>());
    EXPECT_EQ(ApplicationValidator().validate(typedIn()), QList<FieldIssue>());
}

TEST(ApplicationValidatorTest, AnEmptyFormAsksForEveryRequiredFieldInFormOrder)
{
    const QList<FieldIssue> issues = ApplicationValidator().validate({});
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.first(), (FieldIssue{u"company.name"_s, u"企業・大学等の名称：入力してください。"_s, false}));
    const QStringList found = paths(issues);
    EXPECT_TRUE(found.contains(u"venue.arrangement"_s));
    EXPECT_TRUE(found.contains(u"supplies.gloves"_s));
    EXPECT_TRUE(found.contains(u"officers.vaccination.name_kana"_s));
    // Not applicable or optional: no institution without an arrangement that needs one, no 担当者2.
    EXPECT_FALSE(found.contains(u"institution.name"_s));
    EXPECT_FALSE(found.contains(u"contacts.secondary.name"_s));
    EXPECT_FALSE(found.contains(u"venue.fax"_s));
    EXPECT_EQ(found.size(), 46);
    EXPECT_TRUE(ApplicationValidator::hasErrors(issues));
}

TEST(ApplicationValidatorTest, AWrongPhoneNumberIsNamedWithItsField)
{
    QJsonObject content = typedIn();
    ApplicationContent::setValue(content, u"company.phone"_s, u"03-1234-567"_s);
    EXPECT_EQ(ApplicationValidator().validate(content),
              (QList<FieldIssue>{{u"company.phone"_s,
                                  u"代表電話番号：市外局番を含めて10桁で入力してください（入力されたのは9桁です）。"_s,
                                  false}}));
}

TEST(ApplicationValidatorTest, TheAddressMustBelongToThePostalCodeUnlessEnteredByHand)
{
    QJsonObject content = typedIn();
    ApplicationContent::setValue(content, u"venue.address.postal_code"_s, u"9999999"_s);
    QList<FieldIssue> issues = ApplicationValidator().validate(content);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().path, u"venue.address.postal_code"_s);
    EXPECT_TRUE(
        issues.first().message.startsWith(u"接種会場所在地情報の郵便番号：この郵便番号の住所が見つかりません。"_s));

    ApplicationContent::setValue(content, u"venue.address.manual"_s, true);
    EXPECT_EQ(ApplicationValidator().validate(content), QList<FieldIssue>());

    ApplicationContent::setValue(content, u"venue.address.manual"_s, false);
    ApplicationContent::setValue(content, u"venue.address.postal_code"_s, u"5300001"_s);
    issues = ApplicationValidator().validate(content);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().message,
              u"接種会場所在地情報の市町村コード：郵便番号の住所と一致しません（大阪市北区は271276です）。"
              "郵便番号を入力し直して自動入力してください。"_s);
}

TEST(ApplicationValidatorTest, AnInstitutionIsRequiredForArrangements02And03)
{
    QJsonObject content = typedIn();
    ApplicationContent::setValue(content, u"venue.arrangement"_s, u"03"_s);
    content.remove(u"institution"_s);
    const QStringList found = paths(ApplicationValidator().validate(content));
    EXPECT_EQ(
        found,
        QStringList({u"institution.name"_s, u"institution.representative"_s, u"institution.phone"_s,
                     u"institution.contact.name"_s, u"institution.contact.phone"_s, u"institution.contact.email"_s}));

    ApplicationContent::setValue(content, u"venue.arrangement"_s, u"04"_s);
    EXPECT_EQ(
        ApplicationValidator().validate(content),
        (QList<FieldIssue>{{u"venue.arrangement"_s, u"接種体制分類：一覧の接種体制から選択してください。"_s, false}}));
}

TEST(ApplicationValidatorTest, AnOptionalGroupIsCheckedOnceUsed)
{
    QJsonObject content = typedIn();
    ApplicationContent::setValue(content, u"contacts.secondary"_s, QJsonObject{{u"name"_s, u"予備 次郎"_s}});
    EXPECT_EQ(paths(ApplicationValidator().validate(content)),
              QStringList({u"contacts.secondary.organization"_s, u"contacts.secondary.department"_s,
                           u"contacts.secondary.phone"_s, u"contacts.secondary.email"_s}));
}

TEST(ApplicationValidatorTest, UnusualEmailDotsAreAWarningThatDoesNotBlock)
{
    QJsonObject content = typedIn();
    ApplicationContent::setValue(content, u"contacts.primary.email"_s, u"taro..yamada@docomo.ne.jp"_s);
    const QList<FieldIssue> issues = ApplicationValidator().validate(content);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues.first().warning);
    EXPECT_FALSE(ApplicationValidator::hasErrors(issues));
}

TEST(ApplicationValidatorTest, TextLongerThanVSysAcceptsIsRefused)
{
    QJsonObject content = typedIn();
    ApplicationContent::setValue(content, u"venue.address.street"_s, QString(101, u'丁'));
    EXPECT_EQ(
        ApplicationValidator().validate(content),
        (QList<FieldIssue>{{u"venue.address.street"_s,
                            u"接種会場所在地情報の番地：100文字以内で入力してください（現在101文字）。"_s, false}}));
}

TEST(ApplicationValidatorTest, InputIsNormalisedForStorageWithoutLosingIt)
{
    EXPECT_EQ(ApplicationValidator::normalized(u"company.phone"_s, u"０３－１２３４－５６７８"_s), u"03-1234-5678"_s);
    EXPECT_EQ(ApplicationValidator::normalized(u"company.address.postal_code"_s, u"１００－０００５"_s), u"1000005"_s);
    EXPECT_EQ(ApplicationValidator::normalized(u"officers.vaccination.name_kana"_s, u"イシ イチロウ"_s),
              u"いし いちろう"_s);
    EXPECT_EQ(ApplicationValidator::normalized(u"company.address.postal_code"_s, u"12-34"_s), u"12-34"_s);
    EXPECT_EQ(ApplicationValidator::normalized(u"company.name"_s, u"  株式会社　テスト "_s), u"株式会社　テスト"_s);
}

TEST(ApplicationReferenceDataTest, ArrangementsAndConsentLoadFromTheirFiles)
{
    const auto& arrangements = VaccinationArrangements::builtIn().all();
    ASSERT_EQ(arrangements.size(), 3);
    EXPECT_EQ(arrangements.at(0).name, u"企業内診療所"_s);
    EXPECT_FALSE(arrangements.at(0).needsInstitution);
    EXPECT_TRUE(arrangements.at(2).needsInstitution);
    EXPECT_FALSE(VaccinationArrangements::fromJson(R"({"arrangements":[{"code":"01","name":"x"}]})"));
    EXPECT_FALSE(VaccinationArrangements::fromJson(
        R"({"arrangements":[{"code":"01","name":"x","needs_institution":false},{"code":"01","name":"y","needs_institution":true}]})"));

    const ConsentTerms& consent = ConsentTerms::builtIn();
    EXPECT_EQ(consent.version(), u"2021-12-briefing"_s);
    ASSERT_EQ(consent.items().size(), 5);
    EXPECT_TRUE(consent.items().at(0).text.startsWith(u"(1)医師・看護員等の医療職の他"_s));
    EXPECT_EQ(consent.items().at(1).notes.size(), 1);
    EXPECT_FALSE(ConsentTerms::fromJson(R"({"version":"x","items":[]})"));
}
