// SPDX-License-Identifier: MIT
// VenueRepository: SQL for venue rows and the 予約受付状態 history; timestamps as ISO 8601 UTC with milliseconds.
#include "db/VenueRepository.h"

#include "db/Database.h"
#include "db/Transaction.h"

#include <QScopeGuard>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kSelectAll = u"SELECT vsys_id, name, reservation_status, reservation_status_changed_at FROM venue "
                           "ORDER BY vsys_id"_s;
const QString kSelectOne = u"SELECT vsys_id, name, reservation_status, reservation_status_changed_at FROM venue "
                           "WHERE vsys_id = :vsys_id"_s;
// Bumps updated_at only when the name really changed, so saving an unchanged venue is not an edit.
const QString kUpsert = u"INSERT INTO venue (vsys_id, name, created_at, updated_at) "
                        "VALUES (:vsys_id, :name, :created_at, :updated_at) "
                        "ON CONFLICT (vsys_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at "
                        "WHERE venue.name IS NOT excluded.name"_s;
const QString kUpdateStatus = u"UPDATE venue SET reservation_status = :status, reservation_status_changed_at = "
                              ":changed_at, updated_at = :updated_at WHERE vsys_id = :vsys_id"_s;
const QString kInsertHistory = u"INSERT INTO reservation_status_history (venue_id, status, changed_at) "
                               "SELECT id, :status, :changed_at FROM venue WHERE vsys_id = :vsys_id"_s;

QString toStoredTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

VenueRepository::VenueRepository(Database& database)
    : m_database(database)
    , m_statements(database)
{}

core::Result<QList<core::Venue>> VenueRepository::all() const
{
    return m_statements.execute(kSelectAll, {}, tr("Could not read the venues from the local database: %1"),
                                [this](QSqlQuery& query) -> core::Result<QList<core::Venue>> {
                                    QList<core::Venue> venues;
                                    while (query.next()) {
                                        auto venue = venueFromRow(query);
                                        if (!venue) {
                                            return venue.error();
                                        }
                                        venues.append(std::move(venue).value());
                                    }
                                    return venues;
                                });
}

core::Result<std::optional<core::Venue>> VenueRepository::find(const QString& vsysId) const
{
    return m_statements.execute(kSelectOne, {{u":vsys_id"_s, vsysId}},
                                tr("Could not read the venues from the local database: %1"),
                                [this](QSqlQuery& query) -> core::Result<std::optional<core::Venue>> {
                                    if (!query.next()) {
                                        return std::optional<core::Venue>();
                                    }
                                    auto venue = venueFromRow(query);
                                    if (!venue) {
                                        return venue.error();
                                    }
                                    return std::optional<core::Venue>(std::move(venue).value());
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

core::Result<void>
VenueRepository::setReservationStatus(const QString& vsysId, core::ReservationStatus status, const QDateTime& atUtc)
{
    const auto failed = [&vsysId](const QString& detail) {
        return core::Error{{}, tr("Could not change the reservation status of venue %1: %2").arg(vsysId, detail)};
    };
    if (!atUtc.isValid()) {
        return failed(u"no time of change"_s);
    }
    const auto update = m_statements.get(kUpdateStatus);
    if (!update) {
        return update.error();
    }
    const auto history = m_statements.get(kInsertHistory);
    if (!history) {
        return history.error();
    }
    const QString key = core::ReservationStatusText::key(status);
    const QString changedAt = toStoredTime(atUtc);

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    {
        QSqlQuery& query = **update;
        const auto release = qScopeGuard([&query] { query.finish(); });
        query.bindValue(u":status"_s, key);
        query.bindValue(u":changed_at"_s, changedAt);
        query.bindValue(u":updated_at"_s, changedAt);
        query.bindValue(u":vsys_id"_s, vsysId);
        if (!query.exec()) {
            return failed(query.lastError().text());
        }
        if (query.numRowsAffected() == 0) {
            return core::Error{u"vsysId"_s,
                               tr("There is no venue with V-SYS ID %1 in the local database.").arg(vsysId)};
        }
    }
    {
        QSqlQuery& query = **history;
        const auto release = qScopeGuard([&query] { query.finish(); });
        query.bindValue(u":status"_s, key);
        query.bindValue(u":changed_at"_s, changedAt);
        query.bindValue(u":vsys_id"_s, vsysId);
        if (!query.exec()) {
            return failed(query.lastError().text());
        }
    }
    return transaction.commit();
}

core::Result<core::Venue> VenueRepository::venueFromRow(const QSqlQuery& query) const
{
    core::Venue venue;
    venue.vsysId = query.value(0).toString();
    venue.name = query.value(1).toString();
    const QString statusKey = query.value(2).toString();
    const auto status = core::ReservationStatusText::fromKey(statusKey);
    if (!status) {
        return core::Error{{},
                           tr("The local database holds an unknown reservation status \"%1\" for venue %2.")
                               .arg(statusKey, venue.vsysId)};
    }
    venue.reservationStatus = *status;
    // NULL until the first change; fromString() of an empty string gives the null QDateTime Venue expects.
    venue.reservationStatusChangedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    return venue;
}

} // namespace vsys::db
