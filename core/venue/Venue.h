// SPDX-License-Identifier: MIT
// Venue (接種会場) as the client knows it: the V-SYS ID it logs in with and the name the home screen shows.
// Its 予約受付状態 is the server's, per venue (core::ReservationState, through sync).
#pragma once

#include <QString>

namespace vsys::core {

struct Venue
{
    QString vsysId; ///< 10-digit V-SYS ID (保険医療機関番号 or 類似コード)
    QString name; ///< 接種会場名称 as registered, e.g. 「(職域)サンプル職域接種会場」

    bool operator==(const Venue&) const = default;
};

} // namespace vsys::core
