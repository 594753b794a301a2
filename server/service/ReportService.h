// SPDX-License-Identifier: MIT
// ReportService: a venue's 実績・廃棄の報告: reported by its V-SYS IDs (POST /reports), read back by them and
// listed for the ministry by vsysdesk-admin.
#pragma once

#include "core/report/PerformanceReport.h"
#include "server/service/Outcome.h"
#include "server/service/SessionService.h"
#include "server/storage/ReportRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vsys::server {

class Storage;

/// One page of a venue's reports, newest first (docs/api.md "実績・廃棄の報告").
struct ReportPage
{
    QList<core::PerformanceReport> reports;
    QString next; ///< the cursor of the following page; empty on the last page
};

/// One page of every venue's reports for the admin list.
struct ReportListing
{
    QList<StoredReport> reports;
    int page = 1;
    int pages = 1;
};

/// Every method checks that a report belongs to the session's venue; one of another venue is
/// NotFound, exactly like one that does not exist.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
public:
    static constexpr int kAdminPageSize = 100;

    /// `maxReports`: reports kept per venue (venueLimits::kMaxReports; tests use fewer).
    explicit ReportService(Storage& storage, int maxReports = 0);

    /// Stores `report` for the session's venue with the session's V-SYS ID and `now`, after
    /// core::ReportRules against the venue's latest report of the same vaccine (today is `now`'s
    /// Japan date). An id already taken is InvalidField "id"; the venue's cap is TooManyReports. Opens
    /// a transaction of its own, which nests in the caller's.
    Outcome<core::PerformanceReport>
    report(const VenueSession& session, core::PerformanceReport report, const QDateTime& now);
    Outcome<core::PerformanceReport> get(const VenueSession& session, const QString& id);
    /// The page of the venue's reports (only of `vaccine` unless empty) after the cursor `after`
    /// (empty: the first page), at most `limit` (clamped to venueLimits::kPageRecords).
    Outcome<ReportPage> list(const VenueSession& session, const QString& vaccine, const QString& after, int limit);
    /// Page `page` (from 1) of every venue's reports, or of `venueId`'s.
    Outcome<ReportListing> listForAdmin(const QString& venueId, int page);

private:
    Storage& m_storage;
    int m_maxReports;
};

} // namespace vsys::server
