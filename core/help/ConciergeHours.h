// SPDX-License-Identifier: MIT
// ConciergeHours: whether the 職域接種コンシェルジュ answers the phone at a given time in Japan: weekdays in
// its hours, not on 祝日 (from the shipped holiday calendar) nor on its yearly closures (12/29–1/3).
#pragma once

#include "core/help/HelpContacts.h"

#include <QDateTime>

namespace vsys::core {

class HolidayCalendar;

class ConciergeHours
{
public:
    enum class State {
        Open,
        Closed,
        Unknown, ///< a date the holiday calendar does not cover: whether it is a 祝日 is not known
    };

    ConciergeHours(const Concierge& concierge, const HolidayCalendar& holidays);

    /// `japanTime` is a time in Japan (JapaneseFormat::inJapan).
    State stateAt(const QDateTime& japanTime) const;

private:
    bool inClosedPeriod(QDate date) const;

    const Concierge& m_concierge;
    const HolidayCalendar& m_holidays;
};

} // namespace vsys::core
