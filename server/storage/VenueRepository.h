// SPDX-License-Identifier: MIT
// VenueRepository: venues (接種会場), their V-SYS ID accounts and the 申込番号 counter.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vsys::server {

class Storage;

struct VenueRow
{
    QString id;
    QString name;
    QJsonObject existingRegistration; ///< 既存登録情報 (1・2回目), shaped like an application's content
    QString numberPrefix; ///< first part of this venue's 申込番号 (5 digits)
};

struct Account
{
    QString vsysId;
    QString venueId;
    QString passwordHash; ///< PasswordHasher's Argon2id string, never the password
};

class VenueRepository
{
public:
    explicit VenueRepository(Storage& storage);

    core::Result<void> insert(const VenueRow& venue, const QDateTime& now);
    core::Result<std::optional<VenueRow>> find(const QString& id);
    core::Result<void>
    setExistingRegistration(const QString& id, const QJsonObject& registration, const QDateTime& now);
    /// Counts this venue's submitted applications up by one and returns the new count; the row lock
    /// (or SQLite's write lock) makes two submits at once get different numbers.
    core::Result<int> nextApplicationSequence(const QString& venueId);
    /// For imported records that already carry numbers: the next submit continues after `count`.
    core::Result<void> setApplicationSequence(const QString& venueId, int count);
    /// Makes the venue's capped writes (drafts, reports, doses, doctors, inquiries) take turns until the
    /// transaction ends, so that counting and inserting are one step. Call it inside a transaction. SQLite's
    /// BEGIN IMMEDIATE already admits one writer at a time; PostgreSQL (read committed) locks the venue's row.
    core::Result<void> lockWrites(const QString& venueId);

    core::Result<void> insertAccount(const Account& account, const QDateTime& now);
    core::Result<std::optional<Account>> findAccount(const QString& vsysId);
    /// The venue's V-SYS IDs, in order.
    core::Result<QStringList> vsysIds(const QString& venueId);

private:
    Storage& m_storage;
};

} // namespace vsys::server
