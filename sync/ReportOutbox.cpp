// SPDX-License-Identifier: MIT
#include "sync/ReportOutbox.h"

#include "sync/ReportJob.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace vsys::sync {

ReportOutbox::ReportOutbox(db::Database& database, qint64 accountId)
    : m_serverRecords(database)
    , m_accountId(accountId)
{}

QString ReportOutbox::recordKind() const
{
    return QString::fromLatin1(kRecordKind);
}

core::Result<ApiJob*> ReportOutbox::createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent)
{
    auto report = core::ReportJson::fromJson(entry.payload);
    if (!report) {
        return report.error();
    }
    return new ReportJob(manager, std::move(report).value(), entry.idempotencyKey, parent);
}

core::Result<void> ReportOutbox::accept(const db::OutboxEntry& entry, const ApiJob& job)
{
    const auto& sent = static_cast<const ReportJob&>(job);
    return m_serverRecords.save(m_accountId, db::ServerRecordKind::Report, entry.recordId,
                                core::ReportJson::toJson(sent.stored()), QDateTime::currentDateTimeUtc());
}

} // namespace vsys::sync
