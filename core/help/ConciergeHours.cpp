// SPDX-License-Identifier: MIT
#include "core/help/ConciergeHours.h"

#include "core/billing/HolidayCalendar.h"

namespace vsys::core {

ConciergeHours::ConciergeHours(const Concierge& concierge, const HolidayCalendar& holidays)
    : m_concierge(concierge)
    , m_holidays(holidays)
{}

ConciergeHours::State ConciergeHours::stateAt(const QDateTime& japanTime) const
{
    const QDate date = japanTime.date();
    const QTime time = japanTime.time();
    if (m_concierge.closedWeekdays.contains(date.dayOfWeek()) || inClosedPeriod(date) || time < m_concierge.opens
        || time >= m_concierge.closes) {
        return State::Closed;
    }
    if (!m_concierge.closedOnHolidays) {
        return State::Open;
    }
    if (!m_holidays.covers(date)) {
        return State::Unknown;
    }
    return m_holidays.isHoliday(date) ? State::Closed : State::Open;
}

bool ConciergeHours::inClosedPeriod(QDate date) const
{
    const int day = date.month() * 100 + date.day();
    for (const YearlyClosure& closure : m_concierge.closedPeriods) {
        const int from = closure.fromMonth * 100 + closure.fromDay;
        const int to = closure.toMonth * 100 + closure.toDay;
        // A closure across the new year (12-29 to 01-03) wraps around.
        const bool inside = from <= to ? (day >= from && day <= to) : (day >= from || day <= to);
        if (inside) {
            return true;
        }
    }
    return false;
}

} // namespace vsys::core
