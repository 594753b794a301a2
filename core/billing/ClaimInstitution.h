// SPDX-License-Identifier: MIT
// ClaimInstitution: 医療機関等の情報, the header of the 請求総括書 and the 市区町村別請求書: who claims.
#pragma once

#include <QString>

namespace vsys::core {

struct ClaimInstitution // 医療機関等
{
    QString prefecture; ///< 都道府県名 of the venue, e.g. 東京都: its 国保連 receives the 請求総括書
    QString address; ///< 医療機関等の所在地
    QString representative; ///< 代表者氏名
    QString phone; ///< 電話番号
    QString facilityType; ///< 施設等区分 (its values are UNCONFIRMED: printed as entered)
    QString code; ///< 医療機関等番号 (10桁), the V-SYS ID
    QString name; ///< 医療機関等名称

    bool operator==(const ClaimInstitution&) const = default;
};

} // namespace vsys::core
