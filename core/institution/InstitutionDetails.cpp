// SPDX-License-Identifier: MIT
#include "core/institution/InstitutionDetails.h"

#include "core/JsonNumber.h"
#include "core/ShippedData.h"
#include "core/application/ApplicationRecord.h"
#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

const QString kFacilityCategory = u"facility_category"_s;
const QString kHomepage = u"homepage"_s;
const QString kFreezers75 = u"freezers_minus75"_s;
const QString kFreezers20 = u"freezers_minus20"_s;
const QString kFreezers10 = u"freezers_minus10"_s;
const QString kRepresentative = u"representative"_s;
const QString kAddress = u"address"_s;
const QString kPhone = u"phone"_s;
const QString kInsuranceCode = u"insurance_code"_s;

bool isCount(const QString& key)
{
    return key == kFreezers75 || key == kFreezers20 || key == kFreezers10;
}

/// One field's value checked and normalised; an empty text is allowed everywhere (not registered yet).
Result<QJsonValue> checkedValue(const QString& key, const QJsonValue& value, const QString& field)
{
    const QString label = InstitutionFields::label(key);
    if (isCount(key)) {
        const auto count = JsonNumber::integer(value, 0, InstitutionJson::kMaxFreezers);
        if (!count) {
            return Error{field,
                         InstitutionJson::tr("%1: enter the number of freezers as a whole number from 0 "
                                             "to %2.")
                             .arg(label)
                             .arg(InstitutionJson::kMaxFreezers)};
        }
        return QJsonValue(*count);
    }
    if (!value.isString()) {
        return Error{field, InstitutionJson::tr("%1: send the value as text.").arg(label)};
    }
    const QString text = TextNormalizer::normalize(value.toString());
    if (text.size() > InstitutionJson::kMaxTextLength) {
        return Error{
            field,
            InstitutionJson::tr("%1: enter at most %2 characters.").arg(label).arg(InstitutionJson::kMaxTextLength)};
    }
    if (text.isEmpty()) {
        return QJsonValue(QString());
    }
    if (key == kPhone || key == kInsuranceCode) {
        const ValidationResult checked
            = key == kPhone ? PhoneNumber::validate(text, label) : InstitutionCode::validate(text, label);
        if (!checked.acceptable()) {
            return Error{field, checked.message};
        }
        return QJsonValue(checked.normalized);
    }
    if (key == kHomepage) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()) {
            return Error{field,
                         InstitutionJson::tr("%1: enter the address of the web page, starting with "
                                             "https:// (or http://).")
                             .arg(label)};
        }
    }
    if (key == kFacilityCategory && !InstitutionApproval::builtIn().facilityCategories().contains(text)) {
        return Error{field,
                     InstitutionJson::tr("%1: choose one of %2.")
                         .arg(label, InstitutionApproval::builtIn().facilityCategories().join(u"、"_s))};
    }
    return QJsonValue(text);
}

std::optional<InstitutionApproval> parsedApproval(const QByteArray& bytes)
{
    return InstitutionApproval::fromJson(QJsonDocument::fromJson(bytes).object());
}

} // namespace

const QStringList& InstitutionFields::keys()
{
    static const QStringList kKeys{kFacilityCategory, kHomepage, kFreezers75, kFreezers20,   kFreezers10,
                                   kRepresentative,   kAddress,  kPhone,      kInsuranceCode};
    return kKeys;
}

QString InstitutionFields::label(const QString& key)
{
    if (key == kFacilityCategory) {
        return tr("Facility category");
    }
    if (key == kHomepage) {
        return tr("Homepage");
    }
    if (key == kFreezers75) {
        return tr("Deep freezers (-75℃)");
    }
    if (key == kFreezers20) {
        return tr("Deep freezers (-20℃)");
    }
    if (key == kFreezers10) {
        return tr("Deep freezers (-10℃)");
    }
    if (key == kRepresentative) {
        return tr("Representative");
    }
    if (key == kAddress) {
        return tr("Address");
    }
    if (key == kPhone) {
        return tr("Telephone number");
    }
    if (key == kInsuranceCode) {
        return tr("Medical institution code for claims");
    }
    return key;
}

QJsonValue InstitutionFields::value(const InstitutionDetails& details, const QString& key)
{
    if (key == kFacilityCategory) {
        return details.facilityCategory;
    }
    if (key == kHomepage) {
        return details.homepage;
    }
    if (key == kFreezers75) {
        return details.freezersMinus75;
    }
    if (key == kFreezers20) {
        return details.freezersMinus20;
    }
    if (key == kFreezers10) {
        return details.freezersMinus10;
    }
    if (key == kRepresentative) {
        return details.representative;
    }
    if (key == kAddress) {
        return details.address;
    }
    if (key == kPhone) {
        return details.phone;
    }
    if (key == kInsuranceCode) {
        return details.insuranceCode;
    }
    return {};
}

void InstitutionFields::setValue(InstitutionDetails& details, const QString& key, const QJsonValue& value)
{
    if (key == kFacilityCategory) {
        details.facilityCategory = value.toString();
    } else if (key == kHomepage) {
        details.homepage = value.toString();
    } else if (key == kFreezers75) {
        details.freezersMinus75 = value.toInt();
    } else if (key == kFreezers20) {
        details.freezersMinus20 = value.toInt();
    } else if (key == kFreezers10) {
        details.freezersMinus10 = value.toInt();
    } else if (key == kRepresentative) {
        details.representative = value.toString();
    } else if (key == kAddress) {
        details.address = value.toString();
    } else if (key == kPhone) {
        details.phone = value.toString();
    } else if (key == kInsuranceCode) {
        details.insuranceCode = value.toString();
    }
}

QStringList InstitutionFields::changed(const InstitutionDetails& from, const InstitutionDetails& to)
{
    QStringList keys;
    for (const QString& key : InstitutionFields::keys()) {
        if (value(from, key) != value(to, key)) {
            keys.append(key);
        }
    }
    return keys;
}

QJsonObject InstitutionJson::toJson(const InstitutionDetails& details)
{
    QJsonObject json;
    for (const QString& key : InstitutionFields::keys()) {
        json.insert(key, InstitutionFields::value(details, key));
    }
    return json;
}

Result<InstitutionDetails> InstitutionJson::fromJson(const QJsonObject& json, const QString& prefix)
{
    InstitutionDetails details;
    for (const QString& key : InstitutionFields::keys()) {
        if (!json.contains(key)) {
            return Error{prefix + key, tr("%1: the value is missing.").arg(InstitutionFields::label(key))};
        }
        const auto value = checkedValue(key, json.value(key), prefix + key);
        if (!value) {
            return value.error();
        }
        InstitutionFields::setValue(details, key, *value);
    }
    return details;
}

Result<QJsonObject> InstitutionJson::fieldsFromJson(const QJsonObject& json, const QString& prefix)
{
    QJsonObject fields;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!InstitutionFields::keys().contains(it.key())) {
            return Error{prefix + it.key(), tr("%1: there is no such field.").arg(it.key())};
        }
        const auto value = checkedValue(it.key(), it.value(), prefix + it.key());
        if (!value) {
            return value.error();
        }
        fields.insert(it.key(), *value);
    }
    return fields;
}

QStringList InstitutionJson::warnings(const InstitutionDetails& details)
{
    if (details.insuranceCode.isEmpty()) {
        return {};
    }
    const ValidationResult checked
        = InstitutionCode::validate(details.insuranceCode, InstitutionFields::label(kInsuranceCode));
    return checked.verdict == Verdict::ValidWithWarning ? QStringList{checked.message} : QStringList{};
}

const InstitutionApproval& InstitutionApproval::builtIn()
{
    static const QString kFile = u":/data/institution/approval-fields.json"_s;
    static const InstitutionApproval approval = shipped::require(parsedApproval(shipped::read(kFile)), kFile);
    return approval;
}

std::optional<InstitutionApproval> InstitutionApproval::fromJson(const QJsonObject& json)
{
    const QJsonValue fields = json.value(u"approval_fields"_s);
    const QJsonValue categories = json.value(u"facility_categories"_s);
    if (!fields.isArray() || !categories.isArray() || categories.toArray().isEmpty()) {
        return std::nullopt;
    }
    InstitutionApproval approval;
    for (const QJsonValue& field : fields.toArray()) {
        if (!InstitutionFields::keys().contains(field.toString()) || approval.m_fields.contains(field.toString())) {
            return std::nullopt;
        }
        approval.m_fields.append(field.toString());
    }
    for (const QJsonValue& category : categories.toArray()) {
        if (!category.isString() || category.toString().isEmpty()) {
            return std::nullopt;
        }
        approval.m_categories.append(category.toString());
    }
    return approval;
}

InstitutionDetails InstitutionRecord::requested() const
{
    InstitutionDetails details = approved;
    if (pending) {
        for (auto it = pending->fields.begin(); it != pending->fields.end(); ++it) {
            InstitutionFields::setValue(details, it.key(), it.value());
        }
    }
    return details;
}

QJsonObject InstitutionRecordJson::toJson(const InstitutionRecord& record)
{
    return {{u"version"_s, record.version},
            {u"approved"_s, InstitutionJson::toJson(record.approved)},
            {u"pending"_s, record.pending ? QJsonValue(requestToJson(*record.pending)) : QJsonValue()},
            {u"decision"_s, record.decision ? QJsonValue(decisionToJson(*record.decision)) : QJsonValue()},
            {u"updated_at"_s, ApplicationJson::timeToJson(record.updatedAt)}};
}

Result<InstitutionRecord> InstitutionRecordJson::fromJson(const QJsonObject& json)
{
    InstitutionRecord record;
    const auto version = JsonNumber::integer(json.value(u"version"_s), 0);
    if (!version) {
        return Error{u"version"_s, tr("version: a whole number of 0 or more is expected.")};
    }
    record.version = *version;
    auto approved = InstitutionJson::fromJson(json.value(u"approved"_s).toObject(), u"approved."_s);
    if (!approved) {
        return approved.error();
    }
    record.approved = *approved;
    if (json.value(u"pending"_s).isObject()) {
        auto pending = requestFromJson(json.value(u"pending"_s).toObject(), u"pending"_s);
        if (!pending) {
            return pending.error();
        }
        record.pending = *pending;
    }
    if (json.value(u"decision"_s).isObject()) {
        auto decision = decisionFromJson(json.value(u"decision"_s).toObject(), u"decision"_s);
        if (!decision) {
            return decision.error();
        }
        record.decision = *decision;
    }
    record.updatedAt = ApplicationJson::timeFromJson(json.value(u"updated_at"_s));
    return record;
}

QJsonObject InstitutionRecordJson::requestToJson(const InstitutionRequest& request)
{
    return {{u"fields"_s, request.fields},
            {u"requested_at"_s, ApplicationJson::timeToJson(request.requestedAt)},
            {u"requested_by"_s, request.requestedBy}};
}

Result<InstitutionRequest> InstitutionRecordJson::requestFromJson(const QJsonObject& json, const QString& field)
{
    InstitutionRequest request;
    auto fields = InstitutionJson::fieldsFromJson(json.value(u"fields"_s).toObject(), field + u".fields."_s);
    if (!fields) {
        return fields.error();
    }
    request.fields = *fields;
    request.requestedAt = ApplicationJson::timeFromJson(json.value(u"requested_at"_s));
    request.requestedBy = json.value(u"requested_by"_s).toString();
    return request;
}

QJsonObject InstitutionRecordJson::decisionToJson(const InstitutionDecision& decision)
{
    return {{u"state"_s, decision.approved ? u"approved"_s : u"rejected"_s},
            {u"fields"_s, decision.fields},
            {u"comment"_s, decision.comment},
            {u"decided_at"_s, ApplicationJson::timeToJson(decision.decidedAt)}};
}

Result<InstitutionDecision> InstitutionRecordJson::decisionFromJson(const QJsonObject& json, const QString& field)
{
    InstitutionDecision decision;
    const QString state = json.value(u"state"_s).toString();
    if (state != u"approved"_s && state != u"rejected"_s) {
        return Error{field + u".state"_s, tr("%1.state: \"approved\" or \"rejected\" is expected.").arg(field)};
    }
    decision.approved = state == u"approved"_s;
    auto fields = InstitutionJson::fieldsFromJson(json.value(u"fields"_s).toObject(), field + u".fields."_s);
    if (!fields) {
        return fields.error();
    }
    decision.fields = *fields;
    decision.comment = json.value(u"comment"_s).toString();
    decision.decidedAt = ApplicationJson::timeFromJson(json.value(u"decided_at"_s));
    return decision;
}

InstitutionRecord InstitutionChange::applied(const InstitutionRecord& stored,
                                             const InstitutionDetails& requested,
                                             const QDateTime& now,
                                             const QString& vsysId,
                                             const InstitutionApproval& approval)
{
    InstitutionRecord next = stored;
    QJsonObject asked;
    for (const QString& key : InstitutionFields::keys()) {
        const QJsonValue value = InstitutionFields::value(requested, key);
        if (!approval.needsApproval(key)) {
            InstitutionFields::setValue(next.approved, key, value);
        } else if (value != InstitutionFields::value(stored.approved, key)) {
            asked.insert(key, value);
        }
    }
    if (asked.isEmpty()) {
        next.pending.reset();
    } else if (!stored.pending || stored.pending->fields != asked) {
        next.pending = InstitutionRequest{asked, now, vsysId};
    }
    if (next != stored) {
        next.version = stored.version + 1;
        next.updatedAt = now;
    }
    return next;
}

InstitutionRecord
InstitutionChange::decided(const InstitutionRecord& stored, bool approved, const QString& comment, const QDateTime& now)
{
    InstitutionRecord next = stored;
    const QJsonObject fields = stored.pending ? stored.pending->fields : QJsonObject();
    if (approved) {
        next.approved = stored.requested();
    }
    next.pending.reset();
    next.decision = InstitutionDecision{approved, fields, comment, now};
    next.version = stored.version + 1;
    next.updatedAt = now;
    return next;
}

} // namespace vsys::core
