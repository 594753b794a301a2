// SPDX-License-Identifier: MIT
// ReservationStatusRepository: a venue's 予約受付状態 (on its venue row) and the history of its changes.
#pragma once

#include "core/Result.h"
#include "core/venue/ReservationStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

/// One change: who (the V-SYS ID), when, from what to what.
struct ReservationStatusChange
{
    qint64 seq = 0;
    QString vsysId;
    core::ReservationStatus from = core::ReservationStatus::Unregistered;
    core::ReservationStatus to = core::ReservationStatus::Unregistered;
    QDateTime changedAt;
};

class ReservationStatusRepository
{
public:
    explicit ReservationStatusRepository(Storage& storage);

    /// The venue's state; nothing when there is no such venue.
    core::Result<std::optional<core::ReservationState>> find(const QString& venueId);
    /// Sets the venue's state and appends the change to its history; the caller's transaction
    /// makes the two one.
    core::Result<void> set(const QString& venueId, core::ReservationStatus from, const core::ReservationState& state);
    /// The venue's changes, newest first: `limit` of them after skipping `offset`.
    core::Result<QList<ReservationStatusChange>> history(const QString& venueId, int limit, int offset);
    core::Result<int> historySize(const QString& venueId);
    /// Drops the venue's changes older than the newest `keep`.
    core::Result<void> trimHistory(const QString& venueId, int keep);

private:
    Storage& m_storage;
};

} // namespace vsys::server
