// SPDX-License-Identifier: MIT
#include "core/application/ApplicationContent.h"

#include "core/application/ApplicationForm.h"
#include "core/application/VaccinationArrangements.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

QJsonObject setIn(QJsonObject object, QStringView path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined()) {
            object.remove(path.toString());
        } else {
            object.insert(path.toString(), value);
        }
        return object;
    }
    const QString key = path.first(dot).toString();
    const QJsonObject inner = setIn(object.value(key).toObject(), path.sliced(dot + 1), value);
    if (inner.isEmpty() && value.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, inner);
    }
    return object;
}

} // namespace

QJsonValue ApplicationContent::value(const QJsonObject& content, const QString& path)
{
    const QStringList keys = path.split(u'.');
    QJsonValue current = content;
    for (const QString& key : keys) {
        if (!current.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        current = current.toObject().value(key);
    }
    return current;
}

void ApplicationContent::setValue(QJsonObject& content, const QString& path, const QJsonValue& value)
{
    content = setIn(content, path, value);
}

bool ApplicationContent::hasExisting(const QJsonObject& existing, const QString& sectionKey)
{
    const QJsonValue section = existing.value(sectionKey);
    return section.isObject() && !section.toObject().isEmpty();
}

bool ApplicationContent::isChanged(const QJsonObject& content, const QJsonObject& existing, const QString& sectionKey)
{
    const FormSection* section = ApplicationForm::section(sectionKey);
    if (!section || !section->hasExisting || !hasExisting(existing, sectionKey)) {
        return true;
    }
    return value(content, QLatin1StringView(ApplicationForm::kChangesKey) + u'.' + sectionKey).toBool();
}

void ApplicationContent::setChanged(QJsonObject& content, const QString& sectionKey, bool changed)
{
    setValue(content, QLatin1StringView(ApplicationForm::kChangesKey) + u'.' + sectionKey, changed);
}

bool ApplicationContent::needsInstitution(const QJsonObject& content)
{
    const auto arrangement = VaccinationArrangements::builtIn().find(value(content, u"venue.arrangement"_s).toString());
    return arrangement && arrangement->needsInstitution;
}

bool ApplicationContent::sectionApplies(const QJsonObject& content, const QString& sectionKey)
{
    return sectionKey != u"institution"_s || needsInstitution(content);
}

QJsonObject ApplicationContent::effective(const QJsonObject& content, const QJsonObject& existing)
{
    QJsonObject result = content;
    for (const FormSection& section : ApplicationForm::sections()) {
        if (!isChanged(content, existing, section.key)) {
            result.insert(section.key, existing.value(section.key));
        }
    }
    for (const FormSection& section : ApplicationForm::sections()) {
        if (!sectionApplies(result, section.key)) {
            result.remove(section.key);
        }
    }
    for (const FormSection& section : ApplicationForm::sections()) {
        if (!result.contains(section.key)) {
            continue;
        }
        for (const FormGroup& group : section.groups) {
            if (group.undecidable && value(result, group.path + u".undecided"_s).toBool()) {
                setValue(result, group.path, QJsonObject{{u"undecided"_s, true}});
                continue;
            }
            if (!group.sameAsSource.isEmpty() && value(result, group.path + u".same_as_contact"_s).toBool()) {
                for (const FormField& field : group.fields) {
                    const QString name = field.path.sliced(group.path.size() + 1);
                    setValue(result, field.path, value(result, group.sameAsSource + u'.' + name));
                }
            }
            for (const FormField& field : group.fields) {
                if (!field.disables.isEmpty() && value(result, field.path).toBool()) {
                    setValue(result, field.disables, QJsonValue(QJsonValue::Undefined));
                }
            }
        }
    }
    return result;
}

bool ApplicationContent::changesNothing(const QJsonObject& content, const QJsonObject& existing)
{
    if (existing.isEmpty() || value(content, u"billing.change_bank_account"_s).toBool()) {
        return false;
    }
    const QJsonObject submitted = effective(content, existing);
    const QJsonObject kept = effective({}, existing);
    for (const FormField* field : ApplicationForm::fields()) {
        const FormSection* section = ApplicationForm::section(field->path.section(u'.', 0, 0));
        if (!section || !section->hasExisting) {
            continue;
        }
        const QJsonValue before = value(kept, field->path);
        const QJsonValue after = value(submitted, field->path);
        // A flag is off whether it is absent or false.
        if (field->kind == FieldKind::Flag ? before.toBool() != after.toBool() : before != after) {
            return false;
        }
    }
    return true;
}

} // namespace vsys::core
