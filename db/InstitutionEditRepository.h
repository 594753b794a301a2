// SPDX-License-Identifier: MIT
// InstitutionEditRepository: the 医療機関情報 typed on this desktop and not submitted yet (下書き), and the
// submitted edits of the details and of the 接種担当医師 the server does not have yet.
#pragma once

#include "core/Result.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::db {

class Database;

enum class InstitutionEditKind {
    Draft, ///< the details as typed (id "institution"), autosaved
    Institution, ///< the details submitted (id "institution"), waiting in the outbox
    Doctor, ///< one doctor's content, {"deleted":true} added for a deletion, waiting in the outbox
};

struct InstitutionEdit
{
    InstitutionEditKind kind = InstitutionEditKind::Draft;
    QString id;
    QJsonObject data;
    QDateTime editedAt;

    bool operator==(const InstitutionEdit&) const = default;
};

/// Every method is one statement, so callers combine them with outbox rows in a db::Transaction.
class InstitutionEditRepository
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionEditRepository)
public:
    explicit InstitutionEditRepository(Database& database);

    /// Inserts the edit or replaces the one of the same kind and id.
    core::Result<void> save(qint64 accountId, const InstitutionEdit& edit);
    core::Result<std::optional<InstitutionEdit>>
    find(qint64 accountId, InstitutionEditKind kind, const QString& id) const;
    /// The account's edits of `kind`, by id.
    core::Result<QList<InstitutionEdit>> all(qint64 accountId, InstitutionEditKind kind) const;
    core::Result<void> remove(qint64 accountId, InstitutionEditKind kind, const QString& id);

private:
    StatementCache m_statements;
};

} // namespace vsys::db
