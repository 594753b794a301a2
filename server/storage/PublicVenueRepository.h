// SPDX-License-Identifier: MIT
// PublicVenueRepository: the read-only SQL behind the public venues page: where each venue is (the
// 市区町村コード of its 接種会場 address in the 既存登録情報) and its 予約受付状態, nothing else.
#pragma once

#include "core/Result.h"
#include "core/venue/ReservationStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vsys::server {

class Storage;

/// What the public may see of a venue: no id, no V-SYS ID, no contact.
struct PublicVenueRow
{
    QString name;
    QString municipalityCode; ///< 6-digit 全国地方公共団体コード of the venue's address
    core::ReservationStatus status = core::ReservationStatus::Unregistered;
    QDateTime changedAt; ///< UTC; null when the venue never sent a status
};

/// Venues per 市区町村コード, for the prefecture and municipality choices.
struct MunicipalityVenueCount
{
    QString code;
    int venues = 0;
};

/// The address is read inside the stored JSON (SQLite's json_extract, PostgreSQL's jsonb #>>): the
/// registration is the one place the server keeps it, so there is no second copy to keep in step.
class PublicVenueRepository
{
public:
    explicit PublicVenueRepository(Storage& storage);

    /// Every 市区町村コード that has venues, by code, with how many. Venues without an address are not counted.
    core::Result<QList<MunicipalityVenueCount>> counts();
    /// The venues whose code starts with `codePrefix` (2 digits: a prefecture, 6: one municipality), by
    /// code, then name (code point order, the same on both databases), `limit` of them after `offset`.
    core::Result<QList<PublicVenueRow>> list(const QString& codePrefix, int limit, int offset);

private:
    Storage& m_storage;
};

} // namespace vsys::server
