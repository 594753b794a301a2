// SPDX-License-Identifier: MIT
// ReservationStatusRepository: statuses are stored as core::ReservationStatusText keys, which the schema's
// CHECK constraints also list.
#include "server/storage/ReservationStatusRepository.h"

#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kSelect = u"SELECT reservation_status, reservation_status_changed_at, reservation_status_changed_by "
                        "FROM venue WHERE id = :id"_s;
const QString kUpdate = u"UPDATE venue SET reservation_status = :status, reservation_status_changed_at = :now, "
                        "reservation_status_changed_by = :vsys_id, updated_at = :now WHERE id = :id"_s;
const QString kInsertHistory
    = u"INSERT INTO reservation_status_history (venue_id, vsys_id, old_status, new_status, changed_at) "
      "VALUES (:id, :vsys_id, :old, :new, :now)"_s;
const QString kSelectHistory = u"SELECT seq, vsys_id, old_status, new_status, changed_at "
                               "FROM reservation_status_history WHERE venue_id = :id "
                               "ORDER BY seq DESC LIMIT :limit OFFSET :offset"_s;
// The subquery is the seq of the newest change not kept (NULL when there are fewer: nothing goes).
const QString kTrimHistory = u"DELETE FROM reservation_status_history WHERE venue_id = :id AND seq <= "
                             "(SELECT seq FROM reservation_status_history WHERE venue_id = :id "
                             "ORDER BY seq DESC LIMIT 1 OFFSET :keep)"_s;
const QString kCountHistory = u"SELECT COUNT(*) FROM reservation_status_history WHERE venue_id = :id"_s;

core::ReservationStatus statusOf(const QVariant& value)
{
    // The schema's CHECK admits only known keys.
    return core::ReservationStatusText::fromKey(value.toString()).value_or(core::ReservationStatus::Unregistered);
}

} // namespace

ReservationStatusRepository::ReservationStatusRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<std::optional<core::ReservationState>> ReservationStatusRepository::find(const QString& venueId)
{
    auto rows = m_storage.execute(kSelect, {{u"id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<core::ReservationState>();
    }
    return std::optional<core::ReservationState>(core::ReservationState{
        statusOf(rows->value(0)), storedTime::fromVariant(rows->value(1)), rows->value(2).toString()});
}

core::Result<void> ReservationStatusRepository::set(const QString& venueId,
                                                    core::ReservationStatus from,
                                                    const core::ReservationState& state)
{
    const QVariantMap values{{u"id"_s, venueId},
                             {u"vsys_id"_s, state.changedBy},
                             {u"status"_s, core::ReservationStatusText::key(state.status)},
                             {u"now"_s, storedTime::toVariant(state.changedAt)}};
    if (auto updated = m_storage.run(kUpdate, values); !updated) {
        return updated;
    }
    return m_storage.run(kInsertHistory,
                         {{u"id"_s, venueId},
                          {u"vsys_id"_s, state.changedBy},
                          {u"old"_s, core::ReservationStatusText::key(from)},
                          {u"new"_s, core::ReservationStatusText::key(state.status)},
                          {u"now"_s, storedTime::toVariant(state.changedAt)}});
}

core::Result<QList<ReservationStatusChange>>
ReservationStatusRepository::history(const QString& venueId, int limit, int offset)
{
    auto rows = m_storage.execute(kSelectHistory, {{u"id"_s, venueId}, {u"limit"_s, limit}, {u"offset"_s, offset}});
    if (!rows) {
        return rows.error();
    }
    QList<ReservationStatusChange> changes;
    while (rows->next()) {
        changes.append({rows->value(0).toLongLong(), rows->value(1).toString(), statusOf(rows->value(2)),
                        statusOf(rows->value(3)), storedTime::fromVariant(rows->value(4))});
    }
    return changes;
}

core::Result<int> ReservationStatusRepository::historySize(const QString& venueId)
{
    auto rows = m_storage.execute(kCountHistory, {{u"id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<void> ReservationStatusRepository::trimHistory(const QString& venueId, int keep)
{
    return m_storage.run(kTrimHistory, {{u"id"_s, venueId}, {u"keep"_s, keep}});
}

} // namespace vsys::server
