// SPDX-License-Identifier: MIT
// ReportRepository: the venues' 実績・廃棄の報告 (core::PerformanceReport), each with its owner and its number.
#pragma once

#include "core/Result.h"
#include "core/report/PerformanceReport.h"

#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct ChangeRange;

struct StoredReport
{
    QString venueId;
    int number = 0; ///< the venue's count of reports when this one was stored (1 = its first)
    core::PerformanceReport report;
};

/// What a venue asks for is filtered by its venue in SQL; the admin list and the check whether a new
/// id is free look across venues.
class ReportRepository
{
public:
    explicit ReportRepository(Storage& storage);

    /// The report `id` of any venue.
    core::Result<std::optional<StoredReport>> find(const QString& id);
    /// The report `id` if it belongs to `venueId`.
    core::Result<std::optional<StoredReport>> findForVenue(const QString& venueId, const QString& id);
    /// The venue's latest report of `vaccine` (highest number).
    /// The venue's reports changed in `range` (GET /changes).
    core::Result<QList<StoredReport>> changedForVenue(const QString& venueId, const ChangeRange& range);
    core::Result<std::optional<StoredReport>> latest(const QString& venueId, const QString& vaccine);
    /// At most `limit` of the venue's reports numbered below `before` (0: from the newest), newest
    /// first; only of `vaccine` unless it is empty.
    core::Result<QList<StoredReport>>
    pageForVenue(const QString& venueId, const QString& vaccine, int before, int limit);
    /// Every venue's reports (or one venue's when `venueId` is set), page `offset`/`limit`, ordered by
    /// venue and newest first: the reviewer's list.
    core::Result<QList<StoredReport>> pageForAdmin(const QString& venueId, int offset, int limit);
    core::Result<int> countForAdmin(const QString& venueId);
    /// The highest number the venue's reports have (0: none).
    core::Result<int> lastNumber(const QString& venueId);
    core::Result<void> insert(const QString& venueId, int number, const core::PerformanceReport& report);

private:
    core::Result<QList<StoredReport>> select(const QString& sql, const QVariantMap& values);

    Storage& m_storage;
};

} // namespace vsys::server
