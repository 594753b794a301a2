// SPDX-License-Identifier: MIT
// ApplicationForm: the fields of the 職域追加接種の実施申込 form, section by section as in the briefing
// (企業, 接種会場, 医療機関, 費用請求, 担当者, 責任者, 物品). One schema drives the client's form, the
// validation on both sides, the printed record and the 返却後の変更点 view, so a field is declared once.
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace vsys::core {

enum class FieldKind {
    Text, ///< free text (names, 番地)
    Phone, ///< telephone or FAX number (PhoneNumber rules)
    Email,
    PostalCode, ///< 郵便番号; with 住所自動入力 unless the group's manual flag is set
    Prefecture, ///< 都道府県; filled in from the postal code
    MunicipalityCode, ///< 市町村コード with its check digit; filled in from the postal code
    Municipality, ///< 市町村名; filled in from the postal code
    Furigana, ///< ひらがな, as the briefing's doctor form (いし)
    Arrangement, ///< 接種体制分類, a code of VaccinationArrangements
    YesNo, ///< a required choice between two labelled answers, stored as a JSON bool
    Flag, ///< a check box (未定, 上記担当者と同一, …), stored as a JSON bool, false when absent
};

/// One input. `path` is its place in the application's `content` (`company.address.postal_code`).
struct FormField
{
    QString path;
    const char* label = nullptr; ///< English source; ApplicationForm::label() translates it
    FieldKind kind = FieldKind::Text;
    bool required = false; ///< marked ※; a required field of an optional group only once the group is used
    const char* yesLabel = nullptr; ///< YesNo: the answer stored as true (エレベーター有)
    const char* noLabel = nullptr; ///< YesNo: the answer stored as false (エレベーター無)
    QString disables; ///< Flag: the field it turns off when set (メールアドレス登録を希望しない → the e-mail)
};

/// A titled block of a section (医療機関担当者連絡先情報, 担当者1 連絡先情報, …).
struct FormGroup
{
    QString path; ///< the object in `content` that holds the group's fields (and its flags)
    const char* title = nullptr;
    QList<FormField> fields;
    /// Its fields are named "<title> の <label>" in messages, because the labels repeat across groups
    /// (郵便番号, 氏名, 電話番号).
    bool qualifyLabels = true;
    /// The group may be left empty (担当者2); once any field is filled, its required fields apply.
    bool optional = false;
    /// An address: `<path>.manual` is 「郵便番号から自動入力できない」, the postal code fills the rest.
    bool address = false;
    /// 未定: when `<path>.undecided` is set, the group's other fields are neither asked nor kept.
    bool undecidable = false;
    /// 上記担当者と同一: when `<path>.same_as_contact` is set, the group copies this group's fields.
    QString sameAsSource;
    const char* sameAsLabel = nullptr;
    const char* note = nullptr; ///< the briefing's remark printed under the group
};

struct FormSection
{
    QString key; ///< its object in `content`, and its key in `changes_from_existing`
    const char* title = nullptr;
    QList<FormGroup> groups;
    /// The venue's 1・2回目 registration (既存登録情報) is shown beside it, with the 「右記の既存登録情報から
    /// 変更する」 switch; the section keeps the existing values until the switch is on.
    bool hasExisting = true;
};

class ApplicationForm
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationForm)
public:
    /// `content.changes_from_existing.<section>`: the switch of a section with 既存登録情報.
    static constexpr auto kChangesKey = "changes_from_existing";
    /// `content.consent`: the version of the 同意事項 agreed to with the 申込.
    static constexpr auto kConsentKey = "consent";

    static const QList<FormSection>& sections();
    static const FormSection* section(const QString& key);
    /// The group that declares the field (two of the venue's groups share the object "venue").
    static const FormGroup* groupOf(const QString& fieldPath);
    static const FormField* field(const QString& path);
    /// Every field in form order (the order of Tab, of validation, and of the printout).
    static QList<const FormField*> fields();
    /// Where `path` comes in form order, for sorting: a field by its place, a switch of a group or
    /// section just before that group's or section's first field, anything else after every field.
    static qsizetype order(const QString& path);

    /// The field's translated label (企業・大学等の名称).
    static QString label(const QString& path);
    /// The label that names the field alone in a message or a list of changes
    /// (接種会場所在地情報の郵便番号), also for the form's switches (switchLabel()). Other paths come back
    /// as they are.
    static QString qualifiedLabel(const QString& path);
    /// The name of a switch of the form: a section's 「既存登録情報から変更する」, an address's
    /// 「郵便番号から自動入力できない」, 未定, 「上記担当者と同一」, and the consent's version.
    static QString switchLabel(const QString& path);
    static QString title(const char* source);
    /// A value as the user reads it: YesNo answers by their labels, flags and switches as する/しない, 接種体制分類 as
    /// "01 企業内診療所", an absent value as empty.
    static QString displayValue(const QString& path, const QJsonValue& value);
};

} // namespace vsys::core
