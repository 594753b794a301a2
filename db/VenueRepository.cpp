// SPDX-License-Identifier: MIT
// VenueRepository: SQL for venue rows; timestamps as ISO 8601 UTC with milliseconds.
#include "db/VenueRepository.h"

#include "db/Database.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kSelectAll = u"SELECT vsys_id, name FROM venue ORDER BY vsys_id"_s;
const QString kSelectOne = u"SELECT vsys_id, name FROM venue WHERE vsys_id = :vsys_id"_s;
// Bumps updated_at only when the name really changed, so saving an unchanged venue is not an edit.
const QString kUpsert = u"INSERT INTO venue (vsys_id, name, created_at, updated_at) "
                        "VALUES (:vsys_id, :name, :created_at, :updated_at) "
                        "ON CONFLICT (vsys_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at "
                        "WHERE venue.name IS NOT excluded.name"_s;
QString toStoredTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

VenueRepository::VenueRepository(Database& database)
    : m_statements(database)
{}

core::Result<QList<core::Venue>> VenueRepository::all() const
{
    return m_statements.execute(kSelectAll, {}, tr("Could not read the venues from the local database: %1"),
                                [](QSqlQuery& query) -> core::Result<QList<core::Venue>> {
                                    QList<core::Venue> venues;
                                    while (query.next()) {
                                        venues.append(venueFromRow(query));
                                    }
                                    return venues;
                                });
}

core::Result<std::optional<core::Venue>> VenueRepository::find(const QString& vsysId) const
{
    return m_statements.execute(kSelectOne, {{u":vsys_id"_s, vsysId}},
                                tr("Could not read the venues from the local database: %1"),
                                [](QSqlQuery& query) -> core::Result<std::optional<core::Venue>> {
                                    if (!query.next()) {
                                        return std::optional<core::Venue>();
                                    }
                                    return std::optional<core::Venue>(venueFromRow(query));
                                });
}

core::Result<void> VenueRepository::save(const core::Venue& venue)
{
    const auto statement = m_statements.get(kUpsert);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = **statement;
    const auto release = qScopeGuard([&query] { query.finish(); });
    const QString now = toStoredTime(QDateTime::currentDateTimeUtc());
    query.bindValue(u":vsys_id"_s, venue.vsysId);
    query.bindValue(u":name"_s, venue.name);
    query.bindValue(u":created_at"_s, now);
    query.bindValue(u":updated_at"_s, now);
    if (!query.exec()) {
        return core::Error{
            {}, tr("Could not save venue %1 to the local database: %2").arg(venue.vsysId, query.lastError().text())};
    }
    return {};
}

core::Venue VenueRepository::venueFromRow(const QSqlQuery& query)
{
    core::Venue venue;
    venue.vsysId = query.value(0).toString();
    venue.name = query.value(1).toString();
    return venue;
}

} // namespace vsys::db
