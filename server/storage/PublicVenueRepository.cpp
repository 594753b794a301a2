// SPDX-License-Identifier: MIT
// PublicVenueRepository: one statement per dialect; the JSON path is the venue address of
// core::ApplicationContent (venue.address.municipality_code).
#include "server/storage/PublicVenueRepository.h"

#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

/// The venues with their code as a derived table, so both statements filter and order one column.
/// json_extract gives a number for a JSON number; the CAST keeps the comparison textual.
QString located(const Storage& storage)
{
    const QString code = storage.isPostgres()
        ? u"(existing_registration::jsonb #>> '{venue,address,municipality_code}')"_s
        : u"CAST(json_extract(existing_registration, '$.venue.address.municipality_code') AS TEXT)"_s;
    return u"(SELECT id, name, %1 AS code, reservation_status, reservation_status_changed_at FROM venue) located"_s.arg(
        code);
}

/// PostgreSQL sorts text by the database's locale unless told otherwise; "C" is code point order, as SQLite's.
QString byName(const Storage& storage)
{
    return storage.isPostgres() ? u"name COLLATE \"C\""_s : u"name"_s;
}

core::ReservationStatus statusOf(const QVariant& value)
{
    // The schema's CHECK admits only known keys.
    return core::ReservationStatusText::fromKey(value.toString()).value_or(core::ReservationStatus::Unregistered);
}

} // namespace

PublicVenueRepository::PublicVenueRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<QList<MunicipalityVenueCount>> PublicVenueRepository::counts()
{
    auto rows = m_storage.execute(u"SELECT code, COUNT(*) FROM %1 WHERE code IS NOT NULL AND code <> '' "
                                  "GROUP BY code ORDER BY code"_s.arg(located(m_storage)));
    if (!rows) {
        return rows.error();
    }
    QList<MunicipalityVenueCount> counts;
    while (rows->next()) {
        counts.append({rows->value(0).toString(), rows->value(1).toInt()});
    }
    return counts;
}

core::Result<QList<PublicVenueRow>> PublicVenueRepository::list(const QString& codePrefix, int limit, int offset)
{
    auto rows = m_storage.execute(
        u"SELECT name, code, reservation_status, reservation_status_changed_at FROM %1 "
        "WHERE substr(code, 1, :length) = :prefix ORDER BY code, %2, id LIMIT :limit OFFSET :offset"_s.arg(
            located(m_storage), byName(m_storage)),
        {{u"length"_s, int(codePrefix.size())}, {u"prefix"_s, codePrefix}, {u"limit"_s, limit}, {u"offset"_s, offset}});
    if (!rows) {
        return rows.error();
    }
    QList<PublicVenueRow> venues;
    while (rows->next()) {
        venues.append({rows->value(0).toString(), rows->value(1).toString(), statusOf(rows->value(2)),
                       storedTime::fromVariant(rows->value(3))});
    }
    return venues;
}

} // namespace vsys::server
