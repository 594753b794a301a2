// SPDX-License-Identifier: MIT
#include "sync/ReportHistory.h"

#include "core/report/ReportRules.h"
#include "db/Transaction.h"
#include "sync/ReportOutbox.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

core::SyncState stateOf(db::OutboxState state)
{
    switch (state) {
    case db::OutboxState::Sending:
        return core::SyncState::Sending;
    case db::OutboxState::Synced:
        return core::SyncState::Synced;
    case db::OutboxState::Error:
    case db::OutboxState::Conflict:
        return core::SyncState::Error;
    case db::OutboxState::Queued:
        break;
    }
    return core::SyncState::Queued;
}

} // namespace

ReportHistory::ReportHistory(db::Database& database, qint64 accountId)
    : m_database(database)
    , m_accountId(accountId)
    , m_outbox(database)
    , m_serverRecords(database)
{}

core::Result<QList<ReportEntry>> ReportHistory::entries() const
{
    const auto records = m_serverRecords.all(m_accountId, db::ServerRecordKind::Report);
    if (!records) {
        return records.error();
    }
    QList<ReportEntry> sent;
    QSet<QString> onServer;
    for (const QJsonObject& record : *records) {
        auto report = core::ReportJson::fromJson(record);
        if (!report) {
            return core::Error{report.error().field,
                               tr("A report stored on this computer cannot be read (%1). Please contact the support "
                                  "desk.")
                                   .arg(report.error().message)};
        }
        onServer.insert(report->id);
        sent.append({*report, core::SyncState::Synced, {}, report->reportedAt});
    }
    std::stable_sort(sent.begin(), sent.end(),
                     [](const ReportEntry& a, const ReportEntry& b) { return a.enteredAt > b.enteredAt; });

    const auto rows = m_outbox.unsyncedOfKind(m_accountId, QString::fromLatin1(ReportOutbox::kRecordKind));
    if (!rows) {
        return rows.error();
    }
    QList<ReportEntry> entries;
    for (auto row = rows->crbegin(); row != rows->crend(); ++row) {
        // Accepted and answered by /changes before the row was marked: the server's copy says it all.
        if (onServer.contains(row->recordId)) {
            continue;
        }
        auto report = core::ReportJson::fromJson(row->payload);
        if (!report) {
            return report.error();
        }
        entries.append({*report, stateOf(row->state), row->lastError, row->createdAt});
    }
    entries.append(sent);
    return entries;
}

std::optional<ReportEntry> ReportHistory::previous(const QList<ReportEntry>& entries, const QString& vaccine)
{
    for (const ReportEntry& entry : entries) {
        if (entry.report.vaccine == vaccine && entry.state != core::SyncState::Error) {
            return entry;
        }
    }
    return std::nullopt;
}

core::Result<void> ReportHistory::queue(const core::PerformanceReport& report, QDate today, const QDateTime& now)
{
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto known = entries();
    if (!known) {
        return known.error();
    }
    const auto before = previous(*known, report.vaccine);
    if (auto refused = core::ReportRules::check(report, before ? std::optional(before->report) : std::nullopt, today)) {
        return *refused;
    }
    if (auto queued = m_outbox.enqueue(m_accountId, QString::fromLatin1(ReportOutbox::kRecordKind), report.id,
                                       db::OutboxOperation::Post, core::ReportJson::toJson(report), 0, now);
        !queued) {
        return queued.error();
    }
    return transaction.commit();
}

core::Result<void> ReportHistory::discardRefused(const QString& reportId)
{
    const auto rows = m_outbox.unsynced(QString::fromLatin1(ReportOutbox::kRecordKind), reportId);
    if (!rows) {
        return rows.error();
    }
    for (const db::OutboxEntry& row : *rows) {
        if (row.accountId == m_accountId && row.state == db::OutboxState::Error) {
            if (auto removed = m_outbox.remove(row.id); !removed) {
                return removed;
            }
        }
    }
    return {};
}

} // namespace vsys::sync
