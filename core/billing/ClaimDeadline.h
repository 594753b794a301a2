// SPDX-License-Identifier: MIT
// 請求期限: when the 国保連 must receive a month's claim (domain-rules.md §2.1).
#pragma once

#include "core/Result.h"
#include "core/billing/HolidayCalendar.h"

#include <QDate>

namespace vsys::core {

/// The deadline of the claim submitted in the month of `claimMonth` (any day of the month): the 10th, or the
/// next business day when the 10th is a 行政機関の休日. An error (field "claim_month") when the calendar does
/// not cover the days it needs to look at.
Result<QDate> claimDeadline(QDate claimMonth, const HolidayCalendar& calendar = HolidayCalendar::builtIn());

} // namespace vsys::core
