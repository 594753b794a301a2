// SPDX-License-Identifier: MIT
// SqlTransaction: a scoped write transaction on the calling thread's Storage connection; nests.
#pragma once

#include "core/Result.h"

#include <QString>

namespace vsys::server {

class Storage;

/// The outermost one is SQLite `BEGIN IMMEDIATE`, which takes the write lock at once (waiting up to
/// the busy timeout) so that a read-then-write can never fail halfway with a stale snapshot, or
/// PostgreSQL `BEGIN`. Inner ones are savepoints, so a service that opens its own transaction can
/// also run inside a caller's (an action together with its stored idempotent answer). Destroying a
/// begun, uncommitted transaction rolls back its part.
class SqlTransaction
{
public:
    explicit SqlTransaction(Storage& storage);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    core::Result<void> begin();
    /// Fails if a statement in between failed: Storage then dropped the connection, and with it the
    /// transaction, so committing on a fresh connection would commit nothing and hide the loss.
    core::Result<void> commit();

private:
    bool onSameConnection() const;
    QString savepoint() const;

    Storage& m_storage;
    QString m_connectionName;
    int m_level = 0; ///< 1 = outermost; 0 = not begun or finished
};

} // namespace vsys::server
