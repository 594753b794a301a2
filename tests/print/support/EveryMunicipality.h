// SPDX-License-Identifier: MIT
// EveryMunicipality: a month claimed from every municipality of the 全国地方公共団体コード一覧, the largest
// 一括出力 of 市区町村別請求書 a venue could print, for the batch tests and bench/ClaimBatchBench.
#pragma once

#include "print/ClaimSheet.h"

namespace vsys::print::test {

/// Every municipality of the shipped list that a claim can go to, neither the 47 prefectures themselves nor the
/// wards of a 政令指定都市 (their city pays), by code: 接種・6歳以上 given in 2021年12月 and claimed in 2022年01月,
/// (index % 7) + 1 doses from the municipality at that index, names included.
ClaimPrintout everyMunicipality();

} // namespace vsys::print::test
