// SPDX-License-Identifier: MIT
// ReportHistory: an account's 実績・廃棄の報告 as the page lists them: those on the server (server records of
// kind "report", with who and when) and those waiting in the outbox, and the queueing of a new one.
#pragma once

#include "core/Result.h"
#include "core/report/PerformanceReport.h"
#include "core/sync/SyncState.h"
#include "db/OutboxRepository.h"
#include "db/ServerRecordRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace vsys::db {
class Database;
}

namespace vsys::sync {

/// One line of the history.
struct ReportEntry
{
    core::PerformanceReport report;
    core::SyncState state = core::SyncState::Synced; ///< Queued, Sending, Synced or Error
    QString error; ///< Error: the server's message
    QDateTime enteredAt; ///< when it was reported: the server's time, or this PC's for one still waiting

    bool operator==(const ReportEntry&) const = default;
};

class ReportHistory
{
    Q_DECLARE_TR_FUNCTIONS(ReportHistory)
public:
    ReportHistory(db::Database& database, qint64 accountId);

    /// Newest first: the waiting ones (last queued first), then the server's (latest first).
    core::Result<QList<ReportEntry>> entries() const;
    /// The report a new one of `vaccine` is compared with: the newest of `entries` that was not refused.
    static std::optional<ReportEntry> previous(const QList<ReportEntry>& entries, const QString& vaccine);
    /// Checks `report` with core::ReportRules against previous() and `today` (Japan date), then writes its
    /// outbox row (kind "report", operation "post") in one transaction. The caller tells the outbox
    /// (Outbox::enqueued).
    core::Result<void> queue(const core::PerformanceReport& report, QDate today, const QDateTime& now);
    /// Forgets a report the server refused; the figures are still on the page to send again.
    core::Result<void> discardRefused(const QString& reportId);

private:
    db::Database& m_database;
    qint64 m_accountId;
    db::OutboxRepository m_outbox;
    db::ServerRecordRepository m_serverRecords;
};

} // namespace vsys::sync
