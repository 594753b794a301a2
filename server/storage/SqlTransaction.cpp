// SPDX-License-Identifier: MIT
// SqlTransaction: transaction control by statement, the same way on both drivers.
#include "server/storage/SqlTransaction.h"

#include "server/storage/Storage.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

SqlTransaction::SqlTransaction(Storage& storage)
    : m_storage(storage)
{}

SqlTransaction::~SqlTransaction()
{
    if (m_level == 0 || !onSameConnection()) {
        return;
    }
    // A failed ROLLBACK drops the connection, which rolls back just the same.
    if (m_level == 1) {
        (void)m_storage.executeOnce(u"ROLLBACK"_s);
    } else {
        (void)m_storage.executeOnce(u"ROLLBACK TO SAVEPOINT "_s + savepoint());
        (void)m_storage.executeOnce(u"RELEASE SAVEPOINT "_s + savepoint());
    }
    --m_storage.transactionDepth();
}

core::Result<void> SqlTransaction::begin()
{
    auto connection = m_storage.connection();
    if (!connection) {
        return connection.error();
    }
    m_connectionName = connection->connectionName();
    const int level = m_storage.transactionDepth() + 1;
    QString statement = m_storage.isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
    if (level > 1) {
        statement = u"SAVEPOINT sp%1"_s.arg(level);
    }
    if (auto begun = m_storage.executeOnce(statement); !begun) {
        return begun;
    }
    m_level = level;
    m_storage.transactionDepth() = level;
    return {};
}

core::Result<void> SqlTransaction::commit()
{
    const int level = m_level;
    m_level = 0;
    if (level == 0 || !onSameConnection()) {
        return m_storage.failure(u"commit without a live transaction"_s);
    }
    --m_storage.transactionDepth();
    return m_storage.executeOnce(level == 1 ? u"COMMIT"_s : u"RELEASE SAVEPOINT sp%1"_s.arg(level));
}

bool SqlTransaction::onSameConnection() const
{
    const auto connection = m_storage.connection();
    return connection && connection->connectionName() == m_connectionName;
}

QString SqlTransaction::savepoint() const
{
    return u"sp%1"_s.arg(m_level);
}

} // namespace vsys::server
