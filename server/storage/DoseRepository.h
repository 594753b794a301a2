// SPDX-License-Identifier: MIT
// DoseRepository: the venues' 接種台帳 records (core::DoseEntry), each with its venue and its number.
#pragma once

#include "core/Result.h"
#include "core/ledger/DoseEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct ChangeRange;

struct StoredDose
{
    QString venueId;
    int number = 0; ///< the venue's count of records when this one was stored (1 = its first)
    core::DoseEntry entry;
};

/// What a venue asks for is filtered by its venue in SQL; whether an id is free looks across venues.
/// A record of the 接種台帳 as the change feed passes it on: the stored core::DoseJson text, unparsed.
struct DoseJsonText
{
    QString id;
    QByteArray json;
};

class DoseRepository
{
public:
    explicit DoseRepository(Storage& storage);

    /// The record `id` of any venue.
    core::Result<std::optional<StoredDose>> find(const QString& id);
    /// The record `id` if it belongs to `venueId`.
    core::Result<std::optional<StoredDose>> findForVenue(const QString& venueId, const QString& id);
    /// At most `limit` of the venue's records numbered above `after` (0: from the first), oldest first.
    /// The venue's records changed in `range` as stored (GET /changes).
    core::Result<QList<DoseJsonText>> changedForVenue(const QString& venueId, const ChangeRange& range);
    core::Result<QList<StoredDose>> pageForVenue(const QString& venueId, int after, int limit);
    /// The highest number the venue's records have (0: none).
    core::Result<int> lastNumber(const QString& venueId);
    core::Result<void> insert(const QString& venueId,
                              int number,
                              const core::DoseEntry& entry,
                              const QString& receivedBy,
                              const QDateTime& receivedAt);

private:
    core::Result<QList<StoredDose>> select(const QString& sql, const QVariantMap& values);

    Storage& m_storage;
};

} // namespace vsys::server
