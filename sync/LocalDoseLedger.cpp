// SPDX-License-Identifier: MIT
#include "sync/LocalDoseLedger.h"

#include "core/JapaneseFormat.h"
#include "db/Transaction.h"
#include "sync/DoseOutbox.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::sync {

LocalDoseLedger::LocalDoseLedger(db::Database& database, qint64 accountId)
    : m_database(database)
    , m_accountId(accountId)
    , m_store(database)
    , m_outbox(database)
{}

core::Result<core::DoseLedger> LocalDoseLedger::ledger() const
{
    auto records = m_store.all(m_accountId);
    if (!records) {
        return records.error();
    }
    return core::DoseLedger(std::move(records).value());
}

core::Result<QSet<QString>> LocalDoseLedger::unsentIds() const
{
    const auto rows = m_outbox.unsyncedOfKind(m_accountId, QString::fromLatin1(DoseOutbox::kRecordKind));
    if (!rows) {
        return rows.error();
    }
    QSet<QString> ids;
    for (const db::OutboxEntry& row : *rows) {
        ids.insert(row.recordId);
    }
    return ids;
}

core::Result<void> LocalDoseLedger::record(const core::DoseEntry& entry, const QDateTime& now)
{
    // The same check the server makes, so a record that leaves this desk is one the server takes.
    const QJsonObject payload = core::DoseJson::toJson(entry);
    if (auto checked = core::DoseJson::fromJson(payload); !checked) {
        return checked.error();
    }
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto current = ledger();
    if (!current) {
        return current.error();
    }
    if (!entry.supersedes.isEmpty()) {
        const auto& records = current->records();
        const bool known = std::any_of(records.cbegin(), records.cend(), [&entry](const core::DoseEntry& record) {
            return record.id == entry.supersedes;
        });
        if (!known) {
            return core::Error{u"supersedes"_s,
                               tr("The row to correct is not in this venue's dose ledger. Please sync and try "
                                  "again.")};
        }
    }
    if (entry.kind == core::DoseKind::Vaccination && !entry.voided) {
        if (const auto earlier = current->earlierUse(entry.ticket, entry.supersedes)) {
            return core::Error{
                u"ticket"_s,
                tr("This vaccination ticket was already used for a vaccination on %1 at %2 (desk %3).")
                    .arg(core::JapaneseFormat::date(earlier->date), earlier->time.toString(u"HH:mm"_s), earlier->desk)};
        }
    }
    if (auto stored = m_store.insert(m_accountId, entry, now); !stored) {
        return stored;
    }
    if (auto queued = m_outbox.enqueue(m_accountId, QString::fromLatin1(DoseOutbox::kRecordKind), entry.id,
                                       db::OutboxOperation::Post, payload, 0, now);
        !queued) {
        return queued.error();
    }
    return transaction.commit();
}

} // namespace vsys::sync
