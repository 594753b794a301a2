// SPDX-License-Identifier: MIT
#include "core/institution/Doctor.h"

#include "core/JsonNumber.h"
#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

Result<QString> textOf(const QJsonObject& json, const QString& key, const QString& label, int maxLength)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() && !value.isUndefined() && !value.isNull()) {
        return Error{key, DoctorJson::tr("%1: send the value as text.").arg(label)};
    }
    const QString text = TextNormalizer::normalize(value.toString());
    if (text.size() > maxLength) {
        return Error{key, DoctorJson::tr("%1: enter at most %2 characters.").arg(label).arg(maxLength)};
    }
    return text;
}

} // namespace

bool Doctor::sameContent(const Doctor& other) const
{
    return id == other.id && name == other.name && nameKana == other.nameKana && phone == other.phone
        && email == other.email && vaccines == other.vaccines;
}

const QStringList& DoctorVaccines::keys()
{
    static const QStringList kKeys{u"pfizer_12"_s, u"pfizer_5_11"_s, u"astrazeneca"_s, u"moderna"_s};
    return kKeys;
}

QString DoctorVaccines::label(const QString& key)
{
    if (key == u"pfizer_12"_s) {
        return tr("Pfizer (12 and over)");
    }
    if (key == u"pfizer_5_11"_s) {
        return tr("Pfizer (5 to 11)");
    }
    if (key == u"astrazeneca"_s) {
        return tr("AstraZeneca");
    }
    if (key == u"moderna"_s) {
        return tr("Takeda (Moderna)");
    }
    return key;
}

QJsonObject DoctorJson::toJson(const Doctor& doctor)
{
    return {{u"id"_s, doctor.id},
            {u"name"_s, doctor.name},
            {u"name_kana"_s, doctor.nameKana},
            {u"phone"_s, doctor.phone},
            {u"email"_s, doctor.email},
            {u"vaccines"_s, QJsonArray::fromStringList(doctor.vaccines)},
            {u"version"_s, doctor.version},
            {u"updated_at"_s, ApplicationJson::timeToJson(doctor.updatedAt)}};
}

Result<Doctor> DoctorJson::contentFromJson(const QJsonObject& json)
{
    Doctor doctor;
    const QString nameLabel = tr("Doctor's name");
    auto name = textOf(json, u"name"_s, nameLabel, kMaxNameLength);
    if (!name) {
        return name.error();
    }
    if (name->isEmpty()) {
        return Error{u"name"_s, tr("%1: please enter a value.").arg(nameLabel)};
    }
    doctor.name = *name;

    const QString kanaLabel = tr("Doctor's name in hiragana");
    auto kana = textOf(json, u"name_kana"_s, kanaLabel, kMaxNameLength);
    if (!kana) {
        return kana.error();
    }
    const ValidationResult furigana = Furigana::validate(*kana, Furigana::Script::Hiragana, kanaLabel);
    if (!furigana.acceptable()) {
        return Error{u"name_kana"_s, furigana.message};
    }
    doctor.nameKana = furigana.normalized;

    const QString phoneLabel = tr("Telephone number");
    auto phone = textOf(json, u"phone"_s, phoneLabel, kMaxNameLength);
    if (!phone) {
        return phone.error();
    }
    if (!phone->isEmpty()) {
        const ValidationResult checked = PhoneNumber::validate(*phone, phoneLabel);
        if (!checked.acceptable()) {
            return Error{u"phone"_s, checked.message};
        }
        doctor.phone = checked.normalized;
    }

    const QString emailLabel = tr("E-mail address");
    auto email = textOf(json, u"email"_s, emailLabel, kMaxEmailLength);
    if (!email) {
        return email.error();
    }
    if (!email->isEmpty()) {
        const ValidationResult checked = EmailAddress::validate(*email, emailLabel);
        if (!checked.acceptable()) {
            return Error{u"email"_s, checked.message};
        }
        doctor.email = checked.normalized;
    }

    const QJsonValue vaccines = json.value(u"vaccines"_s);
    if (!vaccines.isArray() && !vaccines.isUndefined()) {
        return Error{u"vaccines"_s, tr("Vaccines: send the list of vaccines the doctor gives.")};
    }
    QStringList given;
    for (const QJsonValue& vaccine : vaccines.toArray()) {
        if (!DoctorVaccines::keys().contains(vaccine.toString())) {
            return Error{
                u"vaccines"_s,
                tr("Vaccines: %1 is not one of %2.").arg(vaccine.toString(), DoctorVaccines::keys().join(u", "_s))};
        }
        given.append(vaccine.toString());
    }
    for (const QString& key : DoctorVaccines::keys()) {
        if (given.contains(key)) {
            doctor.vaccines.append(key);
        }
    }
    return doctor;
}

Result<Doctor> DoctorJson::fromJson(const QJsonObject& json)
{
    auto doctor = contentFromJson(json);
    if (!doctor) {
        return doctor;
    }
    Doctor result = *doctor;
    result.id = json.value(u"id"_s).toString();
    if (QUuid::fromString(result.id).isNull()) {
        return Error{u"id"_s, tr("id: a UUID is expected.")};
    }
    const auto version = JsonNumber::integer(json.value(u"version"_s), 0);
    if (!version) {
        return Error{u"version"_s, tr("version: a whole number of 0 or more is expected.")};
    }
    result.version = *version;
    result.updatedAt = ApplicationJson::timeFromJson(json.value(u"updated_at"_s));
    return result;
}

QJsonObject DoctorJson::deletedJson(const QString& id)
{
    return {{u"id"_s, id}, {u"deleted"_s, true}};
}

bool DoctorJson::isDeleted(const QJsonObject& json)
{
    return json.value(u"deleted"_s).toBool();
}

bool DoctorRequirement::required(const QList<ApplicationRecord>& venueApplications)
{
    return std::any_of(venueApplications.cbegin(), venueApplications.cend(), [](const ApplicationRecord& record) {
        return record.status == ApplicationStatus::Confirmed && !record.issuedVsysId.isEmpty();
    });
}

QString DoctorRequirement::notice()
{
    return tr("A V-SYS ID was newly issued to this venue for the additional vaccination: register at least one "
              "vaccinating doctor (医師情報は新規 ID の場合は必須).");
}

QString DoctorRequirement::lastDoctorMessage()
{
    return tr("This is the venue's only vaccinating doctor. A venue with a newly issued V-SYS ID must keep at least "
              "one: register another doctor first, then delete this one.");
}

} // namespace vsys::core
