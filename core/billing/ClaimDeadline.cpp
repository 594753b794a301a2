// SPDX-License-Identifier: MIT
// 手引き p.112: 「毎月10日…行政機関の休日に当たる場合は、翌営業日まで」.
#include "core/billing/ClaimDeadline.h"

#include "core/JapaneseFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vsys::core {

Result<QDate> claimDeadline(QDate claimMonth, const HolidayCalendar& calendar)
{
    const QString field = u"claim_month"_s;
    if (!claimMonth.isValid()) {
        return Error{field, QCoreApplication::translate("ClaimDeadline", "%1: enter the claim month.").arg(field)};
    }
    // A day the calendar does not cover might be an unlisted holiday: refuse rather than guess.
    for (QDate day(claimMonth.year(), claimMonth.month(), 10);; day = day.addDays(1)) {
        if (!calendar.covers(day)) {
            return Error{field,
                         QCoreApplication::translate("ClaimDeadline",
                                                     "%1: the deadline of the claim for %2 cannot be determined: "
                                                     "it is outside the holiday data (%3 to %4).")
                             .arg(field, JapaneseFormat::month(claimMonth),
                                  JapaneseFormat::date(calendar.firstCoveredDay()),
                                  JapaneseFormat::date(calendar.lastCoveredDay()))};
        }
        if (calendar.isBusinessDay(day)) {
            return day;
        }
    }
}

} // namespace vsys::core
