// SPDX-License-Identifier: MIT
// Which 請求総括書 / 市区町村別請求書 layout applies to a 接種月 (domain-rules.md §2.1).
#pragma once

#include <QDate>

namespace vsys::core {

enum class ClaimFormat { // 様式
    Old, ///< 旧様式: up to 2021-11 接種分; 時間外・休日加算 are billed to the municipality on a separate form
    New, ///< 新様式: from 2021-12 接種分; 時間外・休日 rows are part of the claim
};

/// The layout for doses given in the month of `vaccinationMonth` (any day of the month).
ClaimFormat claimFormatFor(QDate vaccinationMonth);

} // namespace vsys::core
