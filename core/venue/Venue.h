// SPDX-License-Identifier: MIT
// Venue (接種会場) as the client knows it: the V-SYS ID it logs in with and what the home screen shows.
#pragma once

#include "core/venue/ReservationStatus.h"

#include <QDateTime>
#include <QString>

namespace vsys::core {

struct Venue
{
    QString vsysId; ///< 10-digit V-SYS ID (保険医療機関番号 or 類似コード)
    QString name; ///< 接種会場名称 as registered, e.g. 「(職域)サンプル職域接種会場」
    ReservationStatus reservationStatus = ReservationStatus::Unregistered;
    QDateTime reservationStatusChangedAt; ///< UTC; null until first changed

    bool operator==(const Venue&) const = default;
};

} // namespace vsys::core
