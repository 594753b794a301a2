// SPDX-License-Identifier: MIT
// ReportService: the rules, the cap, the report and its change-log entry commit together under the venue's lock.
#include "server/service/ReportService.h"

#include "core/JapaneseFormat.h"
#include "core/report/ReportRules.h"
#include "core/report/VaccineCatalog.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

ServiceError notFound()
{
    return {core::Error{
        {}, ReportService::tr("The report was not found. It may belong to another venue."), core::ErrorCode::NotFound}};
}

ServiceError invalid(const core::Error& error)
{
    return {core::Error{error.field, error.message, core::ErrorCode::Invalid}};
}

} // namespace

ReportService::ReportService(Storage& storage, int maxReports)
    : m_storage(storage)
    , m_maxReports(maxReports > 0 ? maxReports : venueLimits::kMaxReports)
{}

Outcome<core::PerformanceReport>
ReportService::report(const VenueSession& session, core::PerformanceReport report, const QDateTime& now)
{
    ReportRepository reports(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Counting, comparing with the latest report and inserting take turns per venue, so neither two
    // reports at once pass the cap nor both compare with the same previous report.
    if (auto locked = VenueRepository(m_storage).lockWrites(session.venueId); !locked) {
        return locked.error();
    }
    const auto taken = reports.find(report.id);
    if (!taken) {
        return taken.error();
    }
    if (*taken) {
        return invalid(core::Error{u"id"_s,
                                   tr("id: a report with this id was already made. Send a new report "
                                      "with a new id.")});
    }
    const auto last = reports.lastNumber(session.venueId);
    if (!last) {
        return last.error();
    }
    if (*last >= m_maxReports) {
        return ServiceError{core::Error{{},
                                        tr("This venue has already made %1 reports, the most the server keeps. "
                                           "Please contact the support desk.")
                                            .arg(core::JapaneseFormat::number(m_maxReports)),
                                        core::ErrorCode::TooManyReports}};
    }
    const auto previous = reports.latest(session.venueId, report.vaccine);
    if (!previous) {
        return previous.error();
    }
    std::optional<core::PerformanceReport> before;
    if (*previous) {
        before = (*previous)->report;
    }
    if (auto refused = core::ReportRules::check(report, before, core::JapaneseFormat::inJapan(now).date())) {
        return invalid(*refused);
    }
    report.reportedBy = session.vsysId;
    report.reportedAt = now;
    if (auto inserted = reports.insert(session.venueId, *last + 1, report); !inserted) {
        return inserted.error();
    }
    // The venue's other V-SYS IDs and PCs get the report through /changes.
    if (auto logged = ChangeLog(m_storage).record(session.venueId, ChangeKind::Report, report.id, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return report;
}

Outcome<core::PerformanceReport> ReportService::get(const VenueSession& session, const QString& id)
{
    const auto found = ReportRepository(m_storage).findForVenue(session.venueId, id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return notFound();
    }
    return (*found)->report;
}

Outcome<ReportPage>
ReportService::list(const VenueSession& session, const QString& vaccine, const QString& after, int limit)
{
    if (!vaccine.isEmpty() && !core::VaccineCatalog::builtIn().find(vaccine)) {
        return invalid(core::VaccineCatalog::builtIn().unknown(u"vaccine"_s));
    }
    int before = 0;
    if (!after.isEmpty()) {
        bool ok = false;
        before = after.toInt(&ok);
        if (!ok || before < 1) {
            return invalid(core::Error{u"after"_s,
                                       tr("after: give the \"next\" value of the previous page "
                                          "unchanged, or leave it out for the first page.")});
        }
    }
    limit = std::clamp(limit, 1, venueLimits::kPageRecords);
    // One report more than the page holds tells whether another page follows.
    const auto found = ReportRepository(m_storage).pageForVenue(session.venueId, vaccine, before, limit + 1);
    if (!found) {
        return found.error();
    }
    ReportPage page;
    // A report is a few hundred bytes at most (its reason is bounded), so a page of kPageRecords
    // stays far below venueLimits::kMaxPageBytes.
    for (qsizetype i = 0; i < found->size() && i < limit; ++i) {
        page.reports.append(found->at(i).report);
    }
    if (found->size() > limit) {
        page.next = QString::number(found->at(limit - 1).number);
    }
    return page;
}

Outcome<ReportListing> ReportService::listForAdmin(const QString& venueId, int page)
{
    ReportRepository reports(m_storage);
    if (!venueId.isEmpty()) {
        const auto venue = VenueRepository(m_storage).find(venueId);
        if (!venue) {
            return venue.error();
        }
        if (!*venue) {
            return ServiceError{
                core::Error{u"venue"_s, tr("There is no venue %1.").arg(venueId), core::ErrorCode::NotFound}};
        }
    }
    const auto count = reports.countForAdmin(venueId);
    if (!count) {
        return count.error();
    }
    ReportListing listing;
    listing.pages = std::max(1, (*count + kAdminPageSize - 1) / kAdminPageSize);
    if (page < 1 || page > listing.pages) {
        return invalid(core::Error{u"page"_s, tr("Page: give a number from 1 to %1.").arg(listing.pages)});
    }
    listing.page = page;
    const auto found = reports.pageForAdmin(venueId, (page - 1) * kAdminPageSize, kAdminPageSize);
    if (!found) {
        return found.error();
    }
    listing.reports = *found;
    return listing;
}

} // namespace vsys::server
