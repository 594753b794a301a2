// SPDX-License-Identifier: MIT
#include "sync/DoseOutbox.h"

#include "sync/DoseJob.h"

#include <QDateTime>

namespace vsys::sync {

DoseOutbox::DoseOutbox(db::Database& database, qint64 accountId)
    : m_ledger(database)
    , m_accountId(accountId)
{}

QString DoseOutbox::recordKind() const
{
    return QString::fromLatin1(kRecordKind);
}

core::Result<ApiJob*> DoseOutbox::createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent)
{
    auto dose = core::DoseJson::fromJson(entry.payload);
    if (!dose) {
        return dose.error();
    }
    return new DoseJob(manager, std::move(dose).value(), parent);
}

core::Result<void> DoseOutbox::accept(const db::OutboxEntry&, const ApiJob& job)
{
    const auto received
        = m_ledger.receive(m_accountId, static_cast<const DoseJob&>(job).stored(), QDateTime::currentDateTimeUtc());
    return received ? core::Result<void>() : core::Result<void>(received.error());
}

} // namespace vsys::sync
