// SPDX-License-Identifier: MIT
// Value types of a claim: the counts entered per municipality and the computed 請求書 rows and totals.
#pragma once

#include "core/billing/ClaimFormat.h"

#include <QList>
#include <QString>

namespace vsys::core {

/// The largest count a claim row may hold: far above any venue's, and small enough that a double (a
/// JSON number) holds every count exactly and count × unit price fits in qint64.
inline constexpr qint64 kMaxClaimCount = 1'000'000'000'000'000;

// The enumerators are declared in the order of the official form's rows, and rows are sorted by them.

enum class DoseKind { // 区分
    ScreeningOnly, ///< 予診のみ (接種を実施できなかった場合の予診)
    Vaccination, ///< 接種
};

enum class AgeBand { // 年齢
    UnderSix, ///< 6歳未満 (乳幼児加算)
    SixAndOver, ///< 6歳以上
};

enum class TimeBand { // 時間帯
    Regular, ///< 通常
    AfterHours, ///< 時間外 (休日以外の日の診療時間外)
    Holiday, ///< 休日 (日曜日・祝日・休診日)
};

/// A component of a unit price, as listed in the fee table (fees.json "item").
enum class FeeItem { // 費用項目
    Vaccination, ///< 接種費用
    ScreeningOnly, ///< 予診のみ (接種を実施できなかった場合の予診費用)
    UnderSixAddition, ///< 6歳未満の乳幼児加算 (on 予診のみ too)
    AfterHoursAddition, ///< 時間外加算
    HolidayAddition, ///< 休日加算
};

/// One line of input: how many 予診 or 接種 of one kind were given to residents of one municipality.
struct BillingCount
{
    QString municipality; ///< 全国地方公共団体コード of the 住所地 (6 digits)
    DoseKind kind = DoseKind::Vaccination;
    AgeBand age = AgeBand::SixAndOver;
    TimeBand time = TimeBand::Regular;
    qint64 count = 0;

    bool operator==(const BillingCount&) const = default;
};

/// One row of a 市区町村別請求書 (請求件数, 請求金額).
struct BillingRow
{
    DoseKind kind = DoseKind::Vaccination;
    AgeBand age = AgeBand::SixAndOver;
    TimeBand time = TimeBand::Regular;
    qint64 count = 0;
    int unitPrice = 0; ///< tax included (税込)
    qint64 amount = 0; ///< count × unitPrice
};

/// 市区町村別請求書: the claim on one paying municipality.
struct MunicipalityClaim
{
    QString code; ///< normalised 6-digit 全国地方公共団体コード
    QList<BillingRow> rows;
    qint64 totalCount = 0;
    qint64 totalAmount = 0;
};

/// 請求総括書 with its 市区町村別請求書, for one 請求月 and one 接種月.
struct BillingStatement
{
    ClaimFormat format = ClaimFormat::New;
    QList<MunicipalityClaim> municipalities; ///< sorted by code
    qint64 totalCount = 0;
    qint64 totalAmount = 0;
};

} // namespace vsys::core
