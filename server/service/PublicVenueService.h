// SPDX-License-Identifier: MIT
// PublicVenueService: the public list of venues (接種会場) by 都道府県 and 市区町村 with their 予約受付状態
// as the venues last sent it, and when: what the web page /navi/venues shows to anyone on the internet.
#pragma once

#include "core/venue/ReservationStatus.h"
#include "server/service/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vsys::server {

class Storage;

/// One venue as the public sees it: no id, no V-SYS ID, no address line, no contact.
struct PublicVenue
{
    QString name;
    QString municipalityCode; ///< 6-digit 全国地方公共団体コード
    QString municipality; ///< 千代田区 (from core::MunicipalityDirectory; empty for a code it does not know)
    core::ReservationStatus status = core::ReservationStatus::Unregistered; ///< 未登録 until the venue sends one
    QDateTime changedAt; ///< UTC; null when never sent
};

/// A 都道府県 or 市区町村 to choose, with how many venues it has.
struct PublicPlace
{
    QString code; ///< 2 digits for a prefecture, 6 for a municipality
    QString name;
    int venues = 0;
};

/// What the public asked for, as typed into the page's address (anything may arrive here).
struct PublicVenueQuery
{
    QString prefecture; ///< 2-digit 都道府県コード (13)
    QString municipality; ///< 6-digit 市区町村コード, only used inside the prefecture
    int page = 1;
};

/// One page of the answer. Choices that do not exist are dropped rather than refused, so a stale or
/// edited link still shows a page.
struct PublicVenuePage
{
    QList<PublicPlace> prefectures; ///< all 47, by code, with their venue counts
    QString prefecture; ///< the prefecture shown, empty when none was (validly) chosen
    QList<PublicPlace> municipalities; ///< of the prefecture shown, only those with venues, by code
    QString municipality; ///< the municipality shown, empty for the whole prefecture
    QList<PublicVenue> venues; ///< this page, by 市区町村コード then name
    int total = 0; ///< venues in the prefecture or municipality shown
    int page = 1; ///< from 1, clamped to the pages there are
    int pages = 1;
};

/// Reads only; the venue list comes in pages of kPageSize whatever the caller asks.
class PublicVenueService
{
public:
    static constexpr int kPageSize = 50;

    explicit PublicVenueService(Storage& storage);

    Outcome<PublicVenuePage> find(const PublicVenueQuery& query);

private:
    Storage& m_storage;
};

} // namespace vsys::server
