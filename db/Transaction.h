// SPDX-License-Identifier: MIT
// Transaction: a scoped write transaction on a Database that rolls back unless committed, and nests.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace vsys::db {

class Database;

/// The outermost Transaction on a Database is `BEGIN IMMEDIATE`: it takes the write lock at once
/// (waiting up to the busy timeout), so it can never fail later with a stale read snapshot. Inner ones
/// are savepoints, so a repository method that uses its own Transaction can also run inside a
/// caller's. Destroying a begun, uncommitted Transaction rolls back its changes.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    core::Result<void> begin();
    core::Result<void> commit();

private:
    void rollback();

    Database& m_database;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace vsys::db
