// SPDX-License-Identifier: MIT
// WorkingCopyRepository: the application form's autosaved input (自動保存された入力), not yet saved as an edit.
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

/// What the form held when it last autosaved. The application may not be in ApplicationRepository
/// yet (a brand-new 申込 whose UUID the form made).
struct WorkingCopy
{
    qint64 accountId = 0;
    QString applicationId;
    QJsonObject content;
    QDateTime savedAt;

    bool operator==(const WorkingCopy&) const = default;
};

/// Writes go straight to the local database and nothing is queued for the server: that happens only
/// when the user saves (sync::Outbox::saveApplication), after which the form removes the copy.
class WorkingCopyRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCopyRepository)
public:
    explicit WorkingCopyRepository(Database& database);

    /// Inserts the copy or replaces the one of the same application. A copy of another account is refused.
    core::Result<void> save(const WorkingCopy& copy);
    core::Result<std::optional<WorkingCopy>> find(const QString& applicationId) const;
    /// The account's working copies, most recently saved first.
    core::Result<QList<WorkingCopy>> all(qint64 accountId) const;
    /// Forgets the copy; nothing happens when there is none.
    core::Result<void> remove(const QString& applicationId);

private:
    static WorkingCopy fromRow(const QSqlQuery& query);

    StatementCache m_statements;
};

} // namespace vsys::db
