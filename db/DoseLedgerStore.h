// SPDX-License-Identifier: MIT
// DoseLedgerStore: the 接種台帳's records on this computer (those of this desk and those received from the
// venue's other desks), and the venue's 診療時間.
#pragma once

#include "core/Result.h"
#include "core/ledger/ClinicHours.h"
#include "core/ledger/DoseEntry.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::db {

class Database;

/// Append-only: a record is written once and never changed (only whether the server has it). Every
/// method is one statement, so callers combine them with an outbox row in a db::Transaction.
class DoseLedgerStore
{
    Q_DECLARE_TR_FUNCTIONS(DoseLedgerStore)
public:
    explicit DoseLedgerStore(Database& database);

    /// Stores a record made at this desk (not on the server yet). A record whose id is taken is refused.
    core::Result<void> insert(qint64 accountId, const core::DoseEntry& entry, const QDateTime& now);
    /// Stores a record the server has (its answer, or /changes): inserted when new, else only marked as
    /// on the server. Returns whether the record was new here.
    core::Result<bool> receive(qint64 accountId, const core::DoseEntry& entry, const QDateTime& now);
    /// Every record of the account, in the order they were stored.
    core::Result<QList<core::DoseEntry>> all(qint64 accountId) const;
    core::Result<std::optional<core::DoseEntry>> find(qint64 accountId, const QString& id) const;

    /// The venue's 診療時間; nullopt when none was set here.
    core::Result<std::optional<core::ClinicHours>> clinicHours(const QString& venueId) const;
    core::Result<void> saveClinicHours(const QString& venueId, const core::ClinicHours& hours, const QDateTime& now);

private:
    core::Result<QList<core::DoseEntry>> list(const QString& sql, const QVariantMap& bindings) const;

    StatementCache m_statements;
};

} // namespace vsys::db
