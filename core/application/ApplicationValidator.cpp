// SPDX-License-Identifier: MIT
#include "core/application/ApplicationValidator.h"

#include "core/application/ApplicationContent.h"
#include "core/application/ApplicationForm.h"
#include "core/application/VaccinationArrangements.h"
#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

bool isBlank(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

/// An optional group (担当者2) is in use once any of its inputs holds something.
bool groupInUse(const QJsonObject& effective, const FormGroup& group)
{
    for (const FormField& field : group.fields) {
        if (field.kind != FieldKind::Flag && !isBlank(ApplicationContent::value(effective, field.path))) {
            return true;
        }
    }
    return false;
}

bool isManualAddress(const QJsonObject& effective, const FormGroup& group)
{
    return ApplicationContent::value(effective, group.path + u".manual"_s).toBool();
}

} // namespace

ApplicationValidator::ApplicationValidator(const PostalDirectory& postal)
    : m_postal(postal)
{}

QList<FieldIssue> ApplicationValidator::validate(const QJsonObject& effective) const
{
    QList<FieldIssue> issues;
    for (const FormSection& section : ApplicationForm::sections()) {
        if (!ApplicationContent::sectionApplies(effective, section.key)) {
            continue;
        }
        for (const FormGroup& group : section.groups) {
            if (group.undecidable && ApplicationContent::value(effective, group.path + u".undecided"_s).toBool()) {
                continue;
            }
            if (!group.sameAsSource.isEmpty()
                && ApplicationContent::value(effective, group.path + u".same_as_contact"_s).toBool()) {
                continue;
            }
            if (group.optional && !groupInUse(effective, group)) {
                continue;
            }
            QStringList disabled;
            for (const FormField& field : group.fields) {
                if (!field.disables.isEmpty() && ApplicationContent::value(effective, field.path).toBool()) {
                    disabled.append(field.disables);
                }
            }
            for (const FormField& field : group.fields) {
                if (!disabled.contains(field.path)) {
                    checkField(effective, field.path, issues);
                }
            }
        }
    }
    return issues;
}

bool ApplicationValidator::hasErrors(const QList<FieldIssue>& issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const FieldIssue& issue) { return !issue.warning; });
}

void ApplicationValidator::checkField(const QJsonObject& effective,
                                      const QString& path,
                                      QList<FieldIssue>& issues) const
{
    const FormField& field = *ApplicationForm::field(path);
    const QString label = ApplicationForm::qualifiedLabel(path);
    const QJsonValue value = ApplicationContent::value(effective, path);
    const auto fail = [&](const QString& message) { issues.append({path, message, false}); };

    if (field.kind == FieldKind::Flag) {
        if (!value.isUndefined() && !value.isBool()) {
            fail(tr("%1: the answer is not readable. Check the box again or clear it.").arg(label));
        }
        return;
    }
    if (field.kind == FieldKind::YesNo) {
        if (value.isBool()) {
            return;
        }
        if (field.required || !value.isUndefined()) {
            fail(tr("%1: please choose one.").arg(label));
        }
        return;
    }
    if (isBlank(value)) {
        if (field.required) {
            fail(field.kind == FieldKind::Arrangement ? tr("%1: please choose one.").arg(label)
                                                      : tr("%1: please enter it.").arg(label));
        }
        return;
    }
    if (!value.isString()) {
        fail(tr("%1: enter it as text.").arg(label));
        return;
    }
    const QString text = value.toString();
    const auto take = [&](const ValidationResult& result) {
        if (result.verdict != Verdict::Valid) {
            issues.append({path, result.message, result.verdict == Verdict::ValidWithWarning});
        }
        return result.acceptable();
    };
    const FormGroup& group = *ApplicationForm::groupOf(path);

    switch (field.kind) {
    case FieldKind::Phone:
        take(PhoneNumber::validate(text, label));
        return;
    case FieldKind::Email:
        take(EmailAddress::validate(text, label));
        return;
    case FieldKind::Furigana:
        take(Furigana::validate(text, Furigana::Script::Hiragana, label));
        return;
    case FieldKind::Arrangement:
        if (!VaccinationArrangements::builtIn().find(text)) {
            fail(tr("%1: please choose one of the listed arrangements.").arg(label));
        }
        return;
    case FieldKind::PostalCode:
        if (take(PostalCode::validate(text, label)) && !isManualAddress(effective, group)
            && m_postal.lookup(text).isEmpty()) {
            fail(tr("%1: no address is known for this postal code. Check the number, or tick \"Cannot be filled "
                    "in from the postal code\" and enter the address yourself.")
                     .arg(label));
        }
        return;
    case FieldKind::MunicipalityCode: {
        const ValidationResult result = MunicipalityCode::validate(text, label);
        if (!take(result) || isManualAddress(effective, group)) {
            return;
        }
        const QList<AddressCandidate> found = candidates(effective, group.path);
        if (!found.isEmpty() && std::none_of(found.cbegin(), found.cend(), [&](const AddressCandidate& candidate) {
                return candidate.municipalityCode == result.normalized;
            })) {
            fail(tr("%1: it does not match the postal code (%2 for %3). Enter the postal code again to fill it in.")
                     .arg(label, found.first().municipalityCode, found.first().municipalityName));
        }
        return;
    }
    case FieldKind::Text:
    case FieldKind::Prefecture:
    case FieldKind::Municipality:
        if (text.trimmed().size() > kMaxTextLength) {
            fail(tr("%1: enter at most %2 characters (now %3).")
                     .arg(label)
                     .arg(kMaxTextLength)
                     .arg(text.trimmed().size()));
        }
        return;
    case FieldKind::YesNo:
    case FieldKind::Flag:
        return;
    }
}

QList<AddressCandidate> ApplicationValidator::candidates(const QJsonObject& effective, const QString& groupPath) const
{
    return m_postal.lookup(ApplicationContent::value(effective, groupPath + u".postal_code"_s).toString());
}

QString ApplicationValidator::normalized(const QString& path, const QString& input)
{
    const FormField* field = ApplicationForm::field(path);
    const QString plain = TextNormalizer::normalize(input);
    if (!field || plain.isEmpty()) {
        return input.trimmed();
    }
    const auto orPlain
        = [&plain](const ValidationResult& result) { return result.acceptable() ? result.normalized : plain; };
    switch (field->kind) {
    case FieldKind::PostalCode:
        return orPlain(PostalCode::validate(input));
    case FieldKind::MunicipalityCode:
        return orPlain(MunicipalityCode::validate(input));
    case FieldKind::Furigana:
        return orPlain(Furigana::validate(input, Furigana::Script::Hiragana));
    case FieldKind::Email:
        return orPlain(EmailAddress::validate(input));
    case FieldKind::Phone: {
        // Stored as typed (the hyphens help people read it back), with 全角 and the other dashes unified.
        QString phone;
        for (const QChar c : plain) {
            phone += TextNormalizer::isSeparator(c) ? u'-' : c;
        }
        return phone;
    }
    default:
        return input.trimmed();
    }
}

} // namespace vsys::core
