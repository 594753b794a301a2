// SPDX-License-Identifier: MIT
// RecordJson: dates as YYYY-MM-DD and times through core's ISO 8601 codec, like applications.
#include "server/service/RecordJson.h"

#include "core/application/ApplicationRecord.h"
#include "server/storage/ReservationStatusRepository.h"
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
    const auto reservation = ReservationStatusRepository(storage).find(venueId);
    if (!reservation) {
        return reservation.error();
    }
    return QJsonObject{
        {u"id"_s, (*venue)->id},
        {u"name"_s, (*venue)->name},
        {u"vsys_ids"_s, QJsonArray::fromStringList(*vsysIds)},
        {u"existing_registration"_s, (*venue)->existingRegistration},
        {u"reservation_status"_s, core::ReservationStateJson::toJson(reservation->value_or(core::ReservationState{}))}};
}

} // namespace vsys::server
