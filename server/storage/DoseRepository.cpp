// SPDX-License-Identifier: MIT
// DoseRepository: SQL for dose rows; the record is kept in core::DoseJson's form, read back through its check.
#include "server/storage/DoseRepository.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/Storage.h"
#include "server/storage/StoredJson.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kColumns = u"SELECT venue_id, number, data FROM dose "_s;
const QString kById = kColumns + u"WHERE id = :id"_s;
const QString kByIdForVenue = kColumns + u"WHERE id = :id AND venue_id = :venue_id"_s;
const QString kPage = kColumns + u"WHERE venue_id = :venue_id AND number > :after ORDER BY number LIMIT :limit"_s;
const QString kChanged
    = u"SELECT id, data FROM dose WHERE venue_id = :venue_id AND "_s + ChangeLog::changedIn(ChangeKind::Dose, u"id"_s);
const QString kLastNumber = u"SELECT COALESCE(MAX(number), 0) FROM dose WHERE venue_id = :venue_id"_s;
const QString kInsert = u"INSERT INTO dose (id, venue_id, number, supersedes, administered_at, ticket, data, "
                        "received_by, received_at) VALUES (:id, :venue_id, :number, :supersedes, :administered_at, "
                        ":ticket, :data, :received_by, :received_at)"_s;

} // namespace

DoseRepository::DoseRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<std::optional<StoredDose>> DoseRepository::find(const QString& id)
{
    auto found = select(kById, {{u"id"_s, id}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<StoredDose>() : std::optional(found->constFirst());
}

core::Result<std::optional<StoredDose>> DoseRepository::findForVenue(const QString& venueId, const QString& id)
{
    auto found = select(kByIdForVenue, {{u"id"_s, id}, {u"venue_id"_s, venueId}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<StoredDose>() : std::optional(found->constFirst());
}

core::Result<QList<StoredDose>> DoseRepository::pageForVenue(const QString& venueId, int after, int limit)
{
    return select(kPage, {{u"venue_id"_s, venueId}, {u"after"_s, after}, {u"limit"_s, limit}});
}

core::Result<QList<DoseJsonText>> DoseRepository::changedForVenue(const QString& venueId, const ChangeRange& range)
{
    auto rows = m_storage.execute(kChanged, ChangeLog::rangeValues(venueId, range));
    if (!rows) {
        return rows.error();
    }
    QList<DoseJsonText> found;
    while (rows->next()) {
        found.append({rows->value(0).toString(), storedJson::textOf(rows->value(1))});
    }
    return found;
}

core::Result<int> DoseRepository::lastNumber(const QString& venueId)
{
    auto rows = m_storage.execute(kLastNumber, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<void> DoseRepository::insert(const QString& venueId,
                                          int number,
                                          const core::DoseEntry& entry,
                                          const QString& receivedBy,
                                          const QDateTime& receivedAt)
{
    return m_storage.run(
        kInsert,
        {{u"id"_s, entry.id},
         {u"venue_id"_s, venueId},
         {u"number"_s, number},
         {u"supersedes"_s,
          entry.supersedes.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.supersedes)},
         {u"administered_at"_s, core::DoseJson::administeredAt(entry.date, entry.time)},
         {u"ticket"_s, entry.ticket},
         {u"data"_s, storedJson::toText(core::DoseJson::toJson(entry))},
         {u"received_by"_s, receivedBy},
         {u"received_at"_s, storedTime::toVariant(receivedAt)}});
}

core::Result<QList<StoredDose>> DoseRepository::select(const QString& sql, const QVariantMap& values)
{
    auto rows = m_storage.execute(sql, values);
    if (!rows) {
        return rows.error();
    }
    QList<StoredDose> found;
    while (rows->next()) {
        auto entry = core::DoseJson::fromJson(storedJson::fromVariant(rows->value(2)));
        if (!entry) {
            return m_storage.failure(u"dose %1: %2"_s.arg(rows->value(1).toString(), entry.error().message));
        }
        found.append({rows->value(0).toString(), rows->value(1).toInt(), std::move(entry).value()});
    }
    return found;
}

} // namespace vsys::server
