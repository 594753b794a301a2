// SPDX-License-Identifier: MIT
// SessionRepository: SQL for session and login_failure rows.
#include "server/storage/SessionRepository.h"

#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kInsert = u"INSERT INTO session (token_hash, vsys_id, venue_id, created_at, expires_at) "
                        "VALUES (:hash, :vsys_id, :venue_id, :now, :expires)"_s;
// Text comparison is time comparison: both sides are ISO 8601 UTC with milliseconds.
const QString kSelectValid = u"SELECT vsys_id, venue_id, expires_at FROM session "
                             "WHERE token_hash = :hash AND expires_at > :now"_s;
const QString kDelete = u"DELETE FROM session WHERE token_hash = :hash"_s;
const QString kDeleteExpired = u"DELETE FROM session WHERE expires_at <= :now"_s;
const QString kSelectLock = u"SELECT locked_until FROM login_failure WHERE vsys_id = :vsys_id"_s;
// The WHERE of DO UPDATE is evaluated on the newest version of the row, after waiting for a
// concurrent writer (PostgreSQL locks the row; SQLite's BEGIN IMMEDIATE runs one writer at a time).
// A locked row is left as it is and no row comes back.
const QString kReserveAttempt
    = u"INSERT INTO login_failure (vsys_id, consecutive_failures, last_failure_at) VALUES (:vsys_id, 1, :now) "
      "ON CONFLICT (vsys_id) DO UPDATE SET consecutive_failures = login_failure.consecutive_failures + 1, "
      "last_failure_at = excluded.last_failure_at "
      "WHERE login_failure.locked_until IS NULL OR login_failure.locked_until <= excluded.last_failure_at "
      "RETURNING consecutive_failures"_s;
const QString kLock = u"UPDATE login_failure SET locked_until = :until WHERE vsys_id = :vsys_id"_s;
const QString kClear = u"DELETE FROM login_failure WHERE vsys_id = :vsys_id"_s;

} // namespace

SessionRepository::SessionRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<void> SessionRepository::insert(const SessionRow& session, const QDateTime& now)
{
    return m_storage.run(kInsert,
                         {{u"hash"_s, session.tokenHash},
                          {u"vsys_id"_s, session.vsysId},
                          {u"venue_id"_s, session.venueId},
                          {u"now"_s, storedTime::toVariant(now)},
                          {u"expires"_s, storedTime::toVariant(session.expiresAt)}});
}

core::Result<std::optional<SessionRow>> SessionRepository::findValid(const QString& tokenHash, const QDateTime& now)
{
    auto rows = m_storage.execute(kSelectValid, {{u"hash"_s, tokenHash}, {u"now"_s, storedTime::toVariant(now)}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<SessionRow>();
    }
    return std::optional<SessionRow>(SessionRow{tokenHash, rows->value(0).toString(), rows->value(1).toString(),
                                                storedTime::fromVariant(rows->value(2))});
}

core::Result<void> SessionRepository::remove(const QString& tokenHash)
{
    return m_storage.run(kDelete, {{u"hash"_s, tokenHash}});
}

core::Result<void> SessionRepository::removeExpired(const QDateTime& now)
{
    return m_storage.run(kDeleteExpired, {{u"now"_s, storedTime::toVariant(now)}});
}

core::Result<QDateTime> SessionRepository::lockedUntil(const QString& vsysId)
{
    auto rows = m_storage.execute(kSelectLock, {{u"vsys_id"_s, vsysId}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? storedTime::fromVariant(rows->value(0)) : QDateTime();
}

core::Result<std::optional<int>> SessionRepository::reserveAttempt(const QString& vsysId, const QDateTime& now)
{
    auto rows = m_storage.execute(kReserveAttempt, {{u"vsys_id"_s, vsysId}, {u"now"_s, storedTime::toVariant(now)}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? std::optional(rows->value(0).toInt()) : std::nullopt;
}

core::Result<void> SessionRepository::lock(const QString& vsysId, const QDateTime& until)
{
    return m_storage.run(kLock, {{u"vsys_id"_s, vsysId}, {u"until"_s, storedTime::toVariant(until)}});
}

core::Result<void> SessionRepository::clearFailures(const QString& vsysId)
{
    return m_storage.run(kClear, {{u"vsys_id"_s, vsysId}});
}

} // namespace vsys::server
