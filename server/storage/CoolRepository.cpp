// SPDX-License-Identifier: MIT
// CoolRepository: SQL for cool and allocation rows; dates as YYYY-MM-DD text.
#include "server/storage/CoolRepository.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kUpsert
    = u"INSERT INTO cool (id, start_date, end_date, delivery_week, change_deadline, state, locked_until, "
      "updated_at) VALUES (:id, :start, :end, :week, :deadline, :state, :locked_until, :now) ON CONFLICT (id) DO "
      "UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date, delivery_week = "
      "excluded.delivery_week, change_deadline = excluded.change_deadline, state = excluded.state, locked_until = "
      "excluded.locked_until, updated_at = excluded.updated_at"_s;
// An empty venue id matches no allocation row, which reads as 未定.
const QString kColumns
    = u"SELECT cool.id, cool.start_date, cool.end_date, cool.delivery_week, cool.change_deadline, cool.state, "
      "cool.locked_until, allocation.boxes, allocation.needle_boxes, allocation.delivery_date FROM cool LEFT JOIN "
      "allocation ON allocation.cool_id = cool.id AND "
      "allocation.venue_id = :venue_id "_s;
const QString kById = kColumns + u"WHERE cool.id = :id"_s;
const QString kAll = kColumns + u"ORDER BY cool.id"_s;
// The log names a クール by its number as text.
const QString kChanged = kColumns + u"WHERE "_s + ChangeLog::changedIn(ChangeKind::Cool, u"CAST(cool.id AS TEXT)"_s);
const QString kUpsertAllocation
    = u"INSERT INTO allocation (venue_id, cool_id, boxes, needle_boxes, delivery_date, updated_at) VALUES (:venue_id, "
      ":cool_id, :boxes, :needle_boxes, :delivery_date, :now) ON CONFLICT (venue_id, cool_id) DO UPDATE SET boxes = "
      "excluded.boxes, needle_boxes = excluded.needle_boxes, delivery_date = excluded.delivery_date, updated_at = "
      "excluded.updated_at"_s;
const QString kAllocationColumns = u"SELECT venue_id, cool_id, boxes, needle_boxes, delivery_date FROM allocation "_s;
const QString kAllocation = kAllocationColumns + u"WHERE venue_id = :venue_id AND cool_id = :cool_id"_s;
const QString kAllocationsOfVenue = kAllocationColumns + u"WHERE venue_id = :venue_id ORDER BY cool_id"_s;
const QString kAllAllocations = kAllocationColumns + u"ORDER BY venue_id, cool_id"_s;

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

/// NULL for 未定.
QVariant optionalDate(const QDate& date)
{
    return date.isValid() ? QVariant(dateText(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalCount(const std::optional<int>& count)
{
    return count ? QVariant(*count) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> countFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toInt());
}

/// boxes, needle_boxes, delivery_date from column `first` on.
core::Allocation allocationFrom(const SqlRows& rows, int first)
{
    core::Allocation allocation;
    allocation.vaccineBoxes = rows.value(first).toInt();
    allocation.needleBoxes = countFrom(rows.value(first + 1));
    allocation.deliveryDate = QDate::fromString(rows.value(first + 2).toString(), Qt::ISODate);
    return allocation;
}

// The CHECK constraint allows only known states; Locked is the reading that permits no plan change.
core::CoolPeriod coolFrom(const SqlRows& rows)
{
    core::CoolPeriod cool;
    cool.id = rows.value(0).toInt();
    cool.start = QDate::fromString(rows.value(1).toString(), Qt::ISODate);
    cool.end = QDate::fromString(rows.value(2).toString(), Qt::ISODate);
    cool.deliveryWeek = QDate::fromString(rows.value(3).toString(), Qt::ISODate);
    cool.changeDeadline = storedTime::fromVariant(rows.value(4));
    cool.state = core::CoolPeriod::stateFromKey(rows.value(5).toString()).value_or(core::CoolPeriod::State::Locked);
    cool.lockedUntil = storedTime::fromVariant(rows.value(6));
    if (!rows.value(7).isNull()) {
        const core::Allocation allocation = allocationFrom(rows, 7);
        cool.allocatedBoxes = allocation.vaccineBoxes;
        cool.allocatedNeedleBoxes = allocation.needleBoxes;
        cool.deliveryDate = allocation.deliveryDate;
    }
    return cool;
}

} // namespace

CoolRepository::CoolRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<void> CoolRepository::save(const core::CoolPeriod& cool, const QDateTime& now)
{
    return m_storage.run(kUpsert,
                         {{u"id"_s, cool.id},
                          {u"start"_s, dateText(cool.start)},
                          {u"end"_s, dateText(cool.end)},
                          {u"week"_s, dateText(cool.deliveryWeek)},
                          {u"deadline"_s, storedTime::toVariant(cool.changeDeadline)},
                          {u"state"_s, core::CoolPeriod::stateKey(cool.state)},
                          {u"locked_until"_s, storedTime::toVariant(cool.lockedUntil)},
                          {u"now"_s, storedTime::toVariant(now)}});
}

core::Result<std::optional<core::CoolPeriod>> CoolRepository::find(int id, const QString& venueId)
{
    auto rows = m_storage.execute(kById, {{u"id"_s, id}, {u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<core::CoolPeriod>();
    }
    return std::optional(coolFrom(*rows));
}

core::Result<QList<core::CoolPeriod>> CoolRepository::changedForVenue(const QString& venueId, const ChangeRange& range)
{
    return select(kChanged, ChangeLog::rangeValues(venueId, range));
}

core::Result<QList<core::CoolPeriod>> CoolRepository::all(const QString& venueId)
{
    return select(kAll, {{u"venue_id"_s, venueId}});
}

core::Result<QList<core::CoolPeriod>> CoolRepository::select(const QString& sql, const QVariantMap& values)
{
    auto rows = m_storage.execute(sql, values);
    if (!rows) {
        return rows.error();
    }
    QList<core::CoolPeriod> cools;
    while (rows->next()) {
        cools.append(coolFrom(*rows));
    }
    return cools;
}

core::Result<void> CoolRepository::setAllocation(const QString& venueId,
                                                 int coolId,
                                                 const core::Allocation& allocation,
                                                 const QDateTime& now)
{
    return m_storage.run(kUpsertAllocation,
                         {{u"venue_id"_s, venueId},
                          {u"cool_id"_s, coolId},
                          {u"boxes"_s, allocation.vaccineBoxes},
                          {u"needle_boxes"_s, optionalCount(allocation.needleBoxes)},
                          {u"delivery_date"_s, optionalDate(allocation.deliveryDate)},
                          {u"now"_s, storedTime::toVariant(now)}});
}

core::Result<std::optional<core::Allocation>> CoolRepository::allocation(const QString& venueId, int coolId)
{
    auto rows = m_storage.execute(kAllocation, {{u"venue_id"_s, venueId}, {u"cool_id"_s, coolId}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<core::Allocation>();
    }
    return std::optional(allocationFrom(*rows, 2));
}

core::Result<QList<StoredAllocation>> CoolRepository::allocations(const QString& venueId)
{
    auto rows = venueId.isEmpty() ? m_storage.execute(kAllAllocations, {})
                                  : m_storage.execute(kAllocationsOfVenue, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    QList<StoredAllocation> found;
    while (rows->next()) {
        found.append({rows->value(0).toString(), rows->value(1).toInt(), allocationFrom(*rows, 2)});
    }
    return found;
}

} // namespace vsys::server
