// SPDX-License-Identifier: MIT
// RecordJson: dates as YYYY-MM-DD and times through core's ISO 8601 codec, like applications.
#include "server/service/RecordJson.h"

#include "core/application/ApplicationRecord.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::server {

QJsonObject RecordJson::document(const DocumentInfo& document)
{
    return {{u"id"_s, document.id},
            {u"kind"_s, document.kind},
            {u"filename"_s, document.filename},
            {u"size"_s, document.size},
            {u"download_count"_s, document.downloadCount},
            {u"created_at"_s, core::ApplicationJson::timeToJson(document.createdAt)}};
}

QJsonObject RecordJson::cool(const Cool& cool, std::optional<int> allocatedBoxes)
{
    return {{u"id"_s, cool.id},
            {u"start"_s, cool.start.toString(Qt::ISODate)},
            {u"end"_s, cool.end.toString(Qt::ISODate)},
            {u"delivery_week"_s, cool.deliveryWeek.toString(Qt::ISODate)},
            {u"change_deadline"_s, core::ApplicationJson::timeToJson(cool.changeDeadline)},
            {u"state"_s, Cool::stateKey(cool.state)},
            {u"allocated_boxes"_s, allocatedBoxes ? QJsonValue(*allocatedBoxes) : QJsonValue(QJsonValue::Null)}};
}

Outcome<QJsonObject> RecordJson::venue(Storage& storage, const QString& venueId)
{
    VenueRepository venues(storage);
    const auto venue = venues.find(venueId);
    if (!venue) {
        return venue.error();
    }
    if (!*venue) {
        return storage.failure(u"session of the missing venue %1"_s.arg(venueId));
    }
    const auto vsysIds = venues.vsysIds(venueId);
    if (!vsysIds) {
        return vsysIds.error();
    }
    return QJsonObject{{u"id"_s, (*venue)->id},
                       {u"name"_s, (*venue)->name},
                       {u"vsys_ids"_s, QJsonArray::fromStringList(*vsysIds)},
                       {u"existing_registration"_s, (*venue)->existingRegistration}};
}

} // namespace vsys::server
