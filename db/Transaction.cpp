// SPDX-License-Identifier: MIT
// Transaction: BEGIN IMMEDIATE at the outermost level, savepoints inside.
#include "db/Transaction.h"

#include "db/Database.h"
#include "db/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kSavepoint = u"vsys_nested"_s;

} // namespace

Transaction::Transaction(Database& database)
    : m_database(database)
{}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

core::Result<void> Transaction::begin()
{
    Q_ASSERT(!m_active);
    m_nested = m_database.m_transactionDepth > 0;
    QSqlQuery query(m_database.connection());
    if (!query.exec(m_nested ? u"SAVEPOINT "_s + kSavepoint : u"BEGIN IMMEDIATE"_s)) {
        return core::Error{{},
                           tr("Could not start a transaction in the local database: %1").arg(query.lastError().text())};
    }
    m_active = true;
    ++m_database.m_transactionDepth;
    return {};
}

core::Result<void> Transaction::commit()
{
    Q_ASSERT(m_active);
    QSqlQuery query(m_database.connection());
    if (!query.exec(m_nested ? u"RELEASE "_s + kSavepoint : u"COMMIT"_s)) {
        // Still active: the destructor rolls back, so a failed commit never leaves half a change.
        return core::Error{{},
                           tr("Could not save the changes to the local database: %1").arg(query.lastError().text())};
    }
    m_active = false;
    --m_database.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery query(m_database.connection());
    // ROLLBACK TO keeps the savepoint open, so it must be released as well to pop it off the stack.
    const bool rolledBack = m_nested
        ? query.exec(u"ROLLBACK TO "_s + kSavepoint) && query.exec(u"RELEASE "_s + kSavepoint)
        : query.exec(u"ROLLBACK"_s);
    if (!rolledBack) {
        qCWarning(lcDb) << "Rollback failed:" << query.lastError().text();
    }
    m_active = false;
    --m_database.m_transactionDepth;
}

} // namespace vsys::db
