// SPDX-License-Identifier: MIT
// ReportRepository: SQL for report rows; as_of is YYYY-MM-DD text, the reason NULL when there is none.
#include "server/storage/ReportRepository.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kColumns = u"SELECT venue_id, number, id, vaccine, as_of, third_doses, first_doses, second_doses, "
                         "wasted_vials, correction_reason, reported_by, reported_at FROM report "_s;
const QString kById = kColumns + u"WHERE id = :id"_s;
const QString kByIdForVenue = kColumns + u"WHERE id = :id AND venue_id = :venue_id"_s;
const QString kChanged
    = kColumns + u"WHERE venue_id = :venue_id AND "_s + ChangeLog::changedIn(ChangeKind::Report, u"id"_s);
const QString kLatest = kColumns + u"WHERE venue_id = :venue_id AND vaccine = :vaccine ORDER BY number DESC LIMIT 1"_s;
const QString kPage = kColumns + u"WHERE venue_id = :venue_id AND number < :before ORDER BY number DESC LIMIT :limit"_s;
const QString kPageOfVaccine = kColumns
    + u"WHERE venue_id = :venue_id AND vaccine = :vaccine AND number < :before "
      "ORDER BY number DESC LIMIT :limit"_s;
const QString kAdminPage = kColumns + u"ORDER BY venue_id, number DESC LIMIT :limit OFFSET :offset"_s;
const QString kAdminPageOfVenue
    = kColumns + u"WHERE venue_id = :venue_id ORDER BY number DESC LIMIT :limit OFFSET :offset"_s;
const QString kCount = u"SELECT COUNT(*) FROM report"_s;
const QString kCountOfVenue = u"SELECT COUNT(*) FROM report WHERE venue_id = :venue_id"_s;
const QString kLastNumber = u"SELECT COALESCE(MAX(number), 0) FROM report WHERE venue_id = :venue_id"_s;
const QString kInsert = u"INSERT INTO report (id, venue_id, number, vaccine, as_of, third_doses, first_doses, "
                        "second_doses, wasted_vials, correction_reason, reported_by, reported_at) VALUES (:id, "
                        ":venue_id, :number, :vaccine, :as_of, :third_doses, :first_doses, :second_doses, "
                        ":wasted_vials, :correction_reason, :reported_by, :reported_at)"_s;

} // namespace

ReportRepository::ReportRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<std::optional<StoredReport>> ReportRepository::find(const QString& id)
{
    auto found = select(kById, {{u"id"_s, id}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<StoredReport>() : std::optional(found->constFirst());
}

core::Result<std::optional<StoredReport>> ReportRepository::findForVenue(const QString& venueId, const QString& id)
{
    auto found = select(kByIdForVenue, {{u"id"_s, id}, {u"venue_id"_s, venueId}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<StoredReport>() : std::optional(found->constFirst());
}

core::Result<QList<StoredReport>> ReportRepository::changedForVenue(const QString& venueId, const ChangeRange& range)
{
    return select(kChanged, ChangeLog::rangeValues(venueId, range));
}

core::Result<std::optional<StoredReport>> ReportRepository::latest(const QString& venueId, const QString& vaccine)
{
    auto found = select(kLatest, {{u"venue_id"_s, venueId}, {u"vaccine"_s, vaccine}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<StoredReport>() : std::optional(found->constFirst());
}

core::Result<QList<StoredReport>>
ReportRepository::pageForVenue(const QString& venueId, const QString& vaccine, int before, int limit)
{
    QVariantMap values{{u"venue_id"_s, venueId},
                       {u"before"_s, before > 0 ? before : std::numeric_limits<int>::max()},
                       {u"limit"_s, limit}};
    if (!vaccine.isEmpty()) {
        values.insert(u"vaccine"_s, vaccine);
    }
    return select(vaccine.isEmpty() ? kPage : kPageOfVaccine, values);
}

core::Result<QList<StoredReport>> ReportRepository::pageForAdmin(const QString& venueId, int offset, int limit)
{
    QVariantMap values{{u"offset"_s, offset}, {u"limit"_s, limit}};
    if (!venueId.isEmpty()) {
        values.insert(u"venue_id"_s, venueId);
    }
    return select(venueId.isEmpty() ? kAdminPage : kAdminPageOfVenue, values);
}

core::Result<int> ReportRepository::countForAdmin(const QString& venueId)
{
    auto rows
        = venueId.isEmpty() ? m_storage.execute(kCount) : m_storage.execute(kCountOfVenue, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<int> ReportRepository::lastNumber(const QString& venueId)
{
    auto rows = m_storage.execute(kLastNumber, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<void> ReportRepository::insert(const QString& venueId, int number, const core::PerformanceReport& report)
{
    return m_storage.run(kInsert,
                         {{u"id"_s, report.id},
                          {u"venue_id"_s, venueId},
                          {u"number"_s, number},
                          {u"vaccine"_s, report.vaccine},
                          {u"as_of"_s, report.asOf.toString(Qt::ISODate)},
                          {u"third_doses"_s, report.thirdDoses},
                          {u"first_doses"_s, report.firstDoses},
                          {u"second_doses"_s, report.secondDoses},
                          {u"wasted_vials"_s, report.wastedVials},
                          {u"correction_reason"_s,
                           report.correctionReason.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                             : QVariant(report.correctionReason)},
                          {u"reported_by"_s, report.reportedBy},
                          {u"reported_at"_s, storedTime::toVariant(report.reportedAt)}});
}

core::Result<QList<StoredReport>> ReportRepository::select(const QString& sql, const QVariantMap& values)
{
    auto rows = m_storage.execute(sql, values);
    if (!rows) {
        return rows.error();
    }
    QList<StoredReport> found;
    while (rows->next()) {
        StoredReport stored;
        stored.venueId = rows->value(0).toString();
        stored.number = rows->value(1).toInt();
        core::PerformanceReport& report = stored.report;
        report.id = rows->value(2).toString();
        report.vaccine = rows->value(3).toString();
        report.asOf = QDate::fromString(rows->value(4).toString(), Qt::ISODate);
        report.thirdDoses = rows->value(5).toInt();
        report.firstDoses = rows->value(6).toInt();
        report.secondDoses = rows->value(7).toInt();
        report.wastedVials = rows->value(8).toInt();
        report.correctionReason = rows->value(9).toString();
        report.reportedBy = rows->value(10).toString();
        report.reportedAt = storedTime::fromVariant(rows->value(11));
        found.append(std::move(stored));
    }
    return found;
}

} // namespace vsys::server
