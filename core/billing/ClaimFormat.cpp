// SPDX-License-Identifier: MIT
// The switch to the new forms is by 接種月, not by 請求月: a late claim for November 2021 doses still has
// no 時間外・休日 rows (briefing 「接種費用と時間外・休日加算の取扱いについて」).
#include "core/billing/ClaimFormat.h"

namespace vsys::core {

namespace {

const QDate kFirstNewFormatMonth(2021, 12, 1);

} // namespace

ClaimFormat claimFormatFor(QDate vaccinationMonth)
{
    const QDate month(vaccinationMonth.year(), vaccinationMonth.month(), 1);
    return month < kFirstNewFormatMonth ? ClaimFormat::Old : ClaimFormat::New;
}

} // namespace vsys::core
