// SPDX-License-Identifier: MIT
// TicketApplicationValidator: a field's error names it as the form labels it (「姓（カナ）」, 「2回目 接種日」).
#include "core/navi/TicketApplicationValidator.h"

#include "core/navi/NaviCatalogue.h"
#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

QString ticketField::dose(int number, const QString& part)
{
    return u"dose%1_%2"_s.arg(number).arg(part);
}

namespace {

class Checker
{
public:
    Checker(const QHash<QString, QString>& form, QDate today)
        : m_form(form)
        , m_today(today)
    {}

    QList<Error> errors;

    QString raw(const QString& field) const { return m_form.value(field); }

    void fail(const QString& field, const QString& message)
    {
        for (const Error& error : std::as_const(errors)) {
            if (error.field == field) {
                return;
            }
        }
        errors.append(Error{field, message});
    }

    /// Normalised text, required, at most `limit` characters, no control characters.
    QString text(const QString& field, const QString& label, int limit)
    {
        const QString value = TextNormalizer::normalize(raw(field));
        if (value.isEmpty()) {
            fail(field, u"%1を入力してください。"_s.arg(label));
            return {};
        }
        if (value.size() > limit) {
            fail(field, u"%1は%2文字以内で入力してください。"_s.arg(label).arg(limit));
            return {};
        }
        for (const QChar c : value) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
                fail(field, u"%1に使えない文字が含まれています。"_s.arg(label));
                return {};
            }
        }
        return value;
    }

    QString kana(const QString& field, const QString& label)
    {
        if (TextNormalizer::normalize(raw(field)).isEmpty()) {
            fail(field, u"%1を入力してください。"_s.arg(label));
            return {};
        }
        const ValidationResult result = Furigana::validate(raw(field), Furigana::Script::Katakana, label);
        if (!result.acceptable()) {
            fail(field, result.message);
            return {};
        }
        if (result.normalized.size() > TicketApplicationValidator::kMaxKana) {
            fail(field, u"%1は%2文字以内で入力してください。"_s.arg(label).arg(TicketApplicationValidator::kMaxKana));
            return {};
        }
        return result.normalized;
    }

    /// A date from three fields, reported on the year field; nothing when missing or not a real day.
    QDate date(const QString& yearField, const QString& monthField, const QString& dayField, const QString& label)
    {
        const QString year = TextNormalizer::numberText(raw(yearField));
        const QString month = TextNormalizer::numberText(raw(monthField));
        const QString day = TextNormalizer::numberText(raw(dayField));
        if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
            fail(yearField, u"%1を入力してください。"_s.arg(label));
            return {};
        }
        const bool digits = TextNormalizer::isAsciiDigits(year) && TextNormalizer::isAsciiDigits(month)
            && TextNormalizer::isAsciiDigits(day) && year.size() == 4 && month.size() <= 2 && day.size() <= 2;
        const QDate date = digits ? QDate(year.toInt(), month.toInt(), day.toInt()) : QDate();
        if (!date.isValid()) {
            fail(yearField, u"%1：存在する日付を、年は西暦4桁で入力してください。"_s.arg(label));
            return {};
        }
        if (date > m_today) {
            fail(yearField, u"%1：今日より後の日付は入力できません。"_s.arg(label));
            return {};
        }
        return date;
    }

    QString choice(const QString& field, const QString& label, const std::optional<NaviChoice>& found)
    {
        if (raw(field).isEmpty()) {
            fail(field, u"%1を選択してください。"_s.arg(label));
            return {};
        }
        if (!found) {
            fail(field, u"%1：一覧から選択してください。"_s.arg(label));
            return {};
        }
        return found->key;
    }

private:
    const QHash<QString, QString>& m_form;
    QDate m_today;
};

PastDose pastDose(Checker& check, int number, const NaviCatalogue& catalogue, const PastDose* first)
{
    using namespace ticketField;
    const QString prefix = u"%1回目 "_s.arg(number);
    PastDose dose;
    dose.date = check.date(ticketField::dose(number, u"year"_s), ticketField::dose(number, u"month"_s),
                           ticketField::dose(number, u"day"_s), prefix + u"接種日"_s);
    if (dose.date.isValid() && dose.date < TicketApplicationValidator::earliestDose()) {
        check.fail(ticketField::dose(number, u"year"_s),
                   u"%1接種日：2020年12月以降の日付を入力してください。"_s.arg(prefix));
    }
    if (first && first->date.isValid() && dose.date.isValid() && dose.date < first->date) {
        check.fail(ticketField::dose(number, u"year"_s), u"2回目 接種日：1回目 接種日より前の日付は入力できません。"_s);
    }
    const bool sameVaccine = first && !check.raw(kSecondSameVaccine).isEmpty();
    const bool sameMethod = first && !check.raw(kSecondSameMethod).isEmpty();
    const QString vaccineField = sameVaccine ? kSecondSameVaccine : ticketField::dose(number, u"vaccine"_s);
    const QString vaccineKey = sameVaccine ? first->vaccine : check.raw(vaccineField);
    if (!(sameVaccine && vaccineKey.isEmpty())) { // 1回目's own error already says what is missing
        dose.vaccine = check.choice(vaccineField, prefix + u"ワクチン種類"_s, catalogue.vaccine(vaccineKey));
    }
    if (sameMethod) {
        dose.method = first->method;
        dose.ticketMunicipality = first->ticketMunicipality;
        return dose;
    }
    const QString methodField = ticketField::dose(number, u"method"_s);
    const auto method = catalogue.method(check.raw(methodField));
    dose.method = check.choice(methodField, prefix + u"接種の方法"_s, method);
    if (method && method->asksMunicipality) {
        dose.ticketMunicipality
            = check.text(ticketField::dose(number, u"municipality"_s), prefix + u"接種券を送ってきた市町村名"_s,
                         TicketApplicationValidator::kMaxMunicipalityName);
    }
    return dose;
}

} // namespace

TicketApplicationCheck
TicketApplicationValidator::validate(const QHash<QString, QString>& form, QDate today, const NaviCatalogue& catalogue)
{
    using namespace ticketField;
    Checker check(form, today);
    for (auto it = form.cbegin(); it != form.cend(); ++it) {
        if (it.value().size() > kMaxFieldInput) {
            check.fail(it.key(), u"入力内容が長すぎます（%1文字以内）。"_s.arg(kMaxFieldInput));
        }
    }
    if (!check.errors.isEmpty()) {
        return {std::nullopt, check.errors};
    }
    TicketApplication application;
    const QString code = TextNormalizer::numberText(check.raw(kMunicipality));
    if (code.isEmpty()) {
        check.fail(kMunicipality, u"住民票の市町村を選択してください。"_s);
    } else if (!catalogue.place(code)) {
        check.fail(kMunicipality, u"住民票の市町村：一覧から選択してください。"_s);
    }
    application.municipalityCode = code;
    application.familyName = check.text(kFamilyName, u"氏名（姓）"_s, kMaxName);
    application.givenName = check.text(kGivenName, u"氏名（名）"_s, kMaxName);
    application.familyKana = check.kana(kFamilyKana, u"姓（カナ）"_s);
    application.givenKana = check.kana(kGivenKana, u"名（カナ）"_s);
    application.birthDate = check.date(kBirthYear, kBirthMonth, kBirthDay, u"生年月日"_s);
    if (application.birthDate.isValid() && application.birthDate.year() < 1900) {
        check.fail(kBirthYear, u"生年月日：1900年以降の日付を入力してください。"_s);
    }
    if (TextNormalizer::normalize(check.raw(kPhone)).isEmpty()) {
        check.fail(kPhone, u"電話番号を入力してください。"_s);
    } else if (const ValidationResult phone = PhoneNumber::validate(check.raw(kPhone), u"電話番号"_s);
               phone.acceptable()) {
        application.phone = phone.normalized;
    } else {
        check.fail(kPhone, phone.message);
    }
    if (TextNormalizer::normalize(check.raw(kPostalCode)).isEmpty()) {
        check.fail(kPostalCode, u"郵便番号を入力してください。"_s);
    } else if (const ValidationResult postal = PostalCode::validate(check.raw(kPostalCode), u"郵便番号"_s);
               postal.acceptable()) {
        application.postalCode = postal.normalized;
    } else {
        check.fail(kPostalCode, postal.message);
    }
    application.address = check.text(kAddress, u"送付先住所"_s, kMaxAddress);
    application.reason = check.choice(kReason, u"申請理由"_s, catalogue.reason(check.raw(kReason)));
    application.first = pastDose(check, 1, catalogue, nullptr);
    application.second = pastDose(check, 2, catalogue, &application.first);
    application.secondSameVaccine = !check.raw(kSecondSameVaccine).isEmpty();
    application.secondSameMethod = !check.raw(kSecondSameMethod).isEmpty();
    if (application.birthDate.isValid() && application.first.date.isValid()
        && application.first.date < application.birthDate) {
        check.fail(dose(1, u"year"_s), u"1回目 接種日：生年月日より前の日付は入力できません。"_s);
    }
    if (check.raw(kAgree) != u"1"_s) {
        check.fail(kAgree, u"利用規約とプライバシーポリシーに同意してください。"_s);
    }
    if (!check.errors.isEmpty()) {
        return {std::nullopt, check.errors};
    }
    return {application, {}};
}

} // namespace vsys::core
