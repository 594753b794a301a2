// SPDX-License-Identifier: MIT
// 診療時間: the venue's weekly timetable and its dates without 診療時間, from which each dose's 時間帯
// (通常 / 時間外 / 休日, domain-rules.md §1) follows.
#pragma once

#include "core/Result.h"
#include "core/billing/BillingTypes.h"
#include "core/billing/HolidayCalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTime>

#include <array>

namespace vsys::core {

/// One range of a day's 診療時間: `start` is inside it, `end` is not.
struct ClinicHoursRange
{
    QTime start;
    QTime end;

    bool operator==(const ClinicHoursRange&) const = default;
};

class ClinicHours // 診療時間
{
    Q_DECLARE_TR_FUNCTIONS(ClinicHours)
public:
    std::array<QList<ClinicHoursRange>, 7> weekly; ///< index 0 = Monday … 6 = Sunday
    QList<QDate> closedDates; ///< dates without 診療時間 (平日休診日)
    bool yearEndIsHoliday = false; ///< 12/29–1/3 as 休日: UNCONFIRMED, default off (docs/decisions.md)

    /// The hours.json of the CLI: {"mon":[["09:00","12:00"],...],...,"sun":[],"closed":["2022-01-04"]}
    /// plus optional "year_end_holiday": true. A missing weekday has no ranges. Errors name the key
    /// ("tue[1]", "closed[0]"): a malformed time, a start not before its end, overlapping ranges, an unknown key.
    static Result<ClinicHours> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    /// A new venue's default: Mon–Fri 09:00–12:00 and 13:00–17:00, Sat/Sun none.
    static ClinicHours standard();

    /// 休日 (Sunday, a HolidayCalendar holiday, a day with no ranges or in closedDates, 12/29–1/3 if set),
    /// else 時間外 when `time` is in no range, else 通常. `date`/`time` are Japan wall-clock.
    TimeBand band(QDate date, QTime time, const HolidayCalendar& calendar = HolidayCalendar::builtIn()) const;

    /// "mon" … "sun" for index 0 … 6 of `weekly`.
    static QString dayKey(int index);

    bool operator==(const ClinicHours&) const = default;
};

} // namespace vsys::core
