// SPDX-License-Identifier: MIT
// SessionRepository: bearer sessions (by token hash) and the run of failed logins per V-SYS ID.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct SessionRow
{
    QString tokenHash;
    QString vsysId;
    QString venueId;
    QDateTime expiresAt;
};

class SessionRepository
{
public:
    explicit SessionRepository(Storage& storage);

    core::Result<void> insert(const SessionRow& session, const QDateTime& now);
    /// The session if it exists and has not expired at `now`.
    core::Result<std::optional<SessionRow>> findValid(const QString& tokenHash, const QDateTime& now);
    core::Result<void> remove(const QString& tokenHash);
    core::Result<void> removeExpired(const QDateTime& now);

    /// When the V-SYS ID's lockout ends; invalid when it is not locked (or never was).
    core::Result<QDateTime> lockedUntil(const QString& vsysId);
    /// Takes one login attempt for the V-SYS ID unless it is locked at `now`, in one statement: the
    /// attempt counts as a failure in a row until clearFailures(). The new count, or nothing while
    /// locked. Concurrent callers queue on the row (run it in a SqlTransaction with lock()), so no two
    /// get the same count and none gets past a lock another one set.
    core::Result<std::optional<int>> reserveAttempt(const QString& vsysId, const QDateTime& now);
    core::Result<void> lock(const QString& vsysId, const QDateTime& until);
    /// A successful login ends the run of failures.
    core::Result<void> clearFailures(const QString& vsysId);

private:
    Storage& m_storage;
};

} // namespace vsys::server
