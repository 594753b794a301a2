// SPDX-License-Identifier: MIT
// CoolRepository: SQL for cool and allocation rows; dates as YYYY-MM-DD text.
#include "server/storage/CoolRepository.h"

#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kUpsert = u"INSERT INTO cool (id, start_date, end_date, delivery_week, change_deadline, state, "
                        "updated_at) VALUES (:id, :start, :end, :week, :deadline, :state, :now) ON CONFLICT (id) DO "
                        "UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date, delivery_week = "
                        "excluded.delivery_week, change_deadline = excluded.change_deadline, state = excluded.state, "
                        "updated_at = excluded.updated_at"_s;
const QString kColumns = u"SELECT id, start_date, end_date, delivery_week, change_deadline, state FROM cool "_s;
const QString kById = kColumns + u"WHERE id = :id"_s;
const QString kAll = kColumns + u"ORDER BY id"_s;
const QString kUpsertAllocation
    = u"INSERT INTO allocation (venue_id, cool_id, boxes, updated_at) VALUES (:venue_id, :cool_id, :boxes, :now) "
      "ON CONFLICT (venue_id, cool_id) DO UPDATE SET boxes = excluded.boxes, updated_at = excluded.updated_at"_s;
const QString kAllocations = u"SELECT cool_id, boxes FROM allocation WHERE venue_id = :venue_id"_s;

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// The CHECK constraint allows only known states; Locked is the reading that permits no plan change.
Cool coolFrom(const SqlRows& rows)
{
    return Cool{rows.value(0).toInt(),
                QDate::fromString(rows.value(1).toString(), Qt::ISODate),
                QDate::fromString(rows.value(2).toString(), Qt::ISODate),
                QDate::fromString(rows.value(3).toString(), Qt::ISODate),
                storedTime::fromVariant(rows.value(4)),
                Cool::stateFromKey(rows.value(5).toString()).value_or(Cool::State::Locked)};
}

} // namespace

QString Cool::stateKey(State state)
{
    switch (state) {
    case State::Open:
        return u"open"_s;
    case State::Locked:
        return u"locked"_s;
    case State::Allocated:
        return u"allocated"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Cool::State> Cool::stateFromKey(const QString& key)
{
    for (State state : {State::Open, State::Locked, State::Allocated}) {
        if (stateKey(state) == key) {
            return state;
        }
    }
    return std::nullopt;
}

CoolRepository::CoolRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<void> CoolRepository::save(const Cool& cool, const QDateTime& now)
{
    return m_storage.run(kUpsert,
                         {{u"id"_s, cool.id},
                          {u"start"_s, dateText(cool.start)},
                          {u"end"_s, dateText(cool.end)},
                          {u"week"_s, dateText(cool.deliveryWeek)},
                          {u"deadline"_s, storedTime::toVariant(cool.changeDeadline)},
                          {u"state"_s, Cool::stateKey(cool.state)},
                          {u"now"_s, storedTime::toVariant(now)}});
}

core::Result<std::optional<Cool>> CoolRepository::find(int id)
{
    auto rows = m_storage.execute(kById, {{u"id"_s, id}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<Cool>();
    }
    return std::optional(coolFrom(*rows));
}

core::Result<QList<Cool>> CoolRepository::all()
{
    auto rows = m_storage.execute(kAll);
    if (!rows) {
        return rows.error();
    }
    QList<Cool> cools;
    while (rows->next()) {
        cools.append(coolFrom(*rows));
    }
    return cools;
}

core::Result<void> CoolRepository::setAllocation(const QString& venueId, int coolId, int boxes, const QDateTime& now)
{
    return m_storage.run(kUpsertAllocation,
                         {{u"venue_id"_s, venueId},
                          {u"cool_id"_s, coolId},
                          {u"boxes"_s, boxes},
                          {u"now"_s, storedTime::toVariant(now)}});
}

core::Result<QHash<int, int>> CoolRepository::allocationsFor(const QString& venueId)
{
    auto rows = m_storage.execute(kAllocations, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    QHash<int, int> boxes;
    while (rows->next()) {
        boxes.insert(rows->value(0).toInt(), rows->value(1).toInt());
    }
    return boxes;
}

} // namespace vsys::server
