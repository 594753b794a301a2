// SPDX-License-Identifier: MIT
#include "core/application/ApplicationRecord.h"

#include "core/JsonNumber.h"
#include "core/JsonText.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::core {

QJsonValue ApplicationJson::timeToJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QDateTime ApplicationJson::timeFromJson(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

QJsonObject ApplicationJson::toJson(const ApplicationRecord& record)
{
    return {{u"id"_s, record.id},
            {u"number"_s, textOrNull(record.number)},
            {u"status"_s, ApplicationStatusMachine::key(record.status)},
            {u"version"_s, record.version},
            {u"content"_s, record.content},
            {u"submitted_at"_s, timeToJson(record.submittedAt)},
            {u"reviewed_at"_s, timeToJson(record.reviewedAt)},
            {u"review_comment"_s, textOrNull(record.reviewComment)},
            {u"issued_vsys_id"_s, textOrNull(record.issuedVsysId)},
            {u"created_at"_s, timeToJson(record.createdAt)},
            {u"updated_at"_s, timeToJson(record.updatedAt)}};
}

Result<ApplicationRecord> ApplicationJson::fromJson(const QJsonObject& json)
{
    ApplicationRecord record;
    record.id = json.value(u"id"_s).toString();
    if (QUuid::fromString(record.id).isNull()) {
        return Error{u"id"_s, tr("id: the application has no valid UUID.")};
    }
    const auto status = ApplicationStatusMachine::fromKey(json.value(u"status"_s).toString());
    if (!status) {
        return Error{u"status"_s,
                     tr("status: \"%1\" is not an application status.").arg(json.value(u"status"_s).toString())};
    }
    if (!json.value(u"content"_s).isObject()) {
        return Error{u"content"_s, tr("content: the application's content must be a JSON object.")};
    }
    record.status = *status;
    record.number = json.value(u"number"_s).toString();
    // Absent in a record never stored; present, it must be a whole number (core::JsonNumber).
    const QJsonValue version = json.value(u"version"_s);
    const auto versionNumber = version.isUndefined() ? std::optional<int>(0) : JsonNumber::integer(version, 0);
    if (!versionNumber) {
        return Error{u"version"_s, tr("version: give a whole number of 0 or more.")};
    }
    record.version = *versionNumber;
    record.content = json.value(u"content"_s).toObject();
    record.submittedAt = timeFromJson(json.value(u"submitted_at"_s));
    record.reviewedAt = timeFromJson(json.value(u"reviewed_at"_s));
    record.reviewComment = json.value(u"review_comment"_s).toString();
    record.issuedVsysId = json.value(u"issued_vsys_id"_s).toString();
    record.createdAt = timeFromJson(json.value(u"created_at"_s));
    record.updatedAt = timeFromJson(json.value(u"updated_at"_s));
    return record;
}

} // namespace vsys::core
