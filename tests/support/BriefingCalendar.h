// SPDX-License-Identifier: MIT
// The briefing's plan screen as test data, shared by the core, app and print tests of the 接種計画: its
// five クール of 2022 with the demo server's deadlines (resources/demo/demo-data.json), the first two
// 分配量確定済 with 4 and 3 boxes, seen at the demo server's clock.
#pragma once

#include "core/plan/CoolPeriod.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace vsys::test::briefing {

/// A time of 2022 in Japan, as UTC.
inline QDateTime japanTime(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2022, month, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

/// 2022-03-01 10:00 in Japan: the demo server's clock.
inline const QDateTime kServerNow = japanTime(3, 1, 10, 0);

inline core::CoolPeriod cool(int id,
                             QDate start,
                             QDate deliveryWeek,
                             QDateTime deadline,
                             core::CoolPeriod::State state,
                             std::optional<int> allocated = std::nullopt)
{
    core::CoolPeriod period;
    period.id = id;
    period.start = start;
    period.end = start.addDays(13);
    period.deliveryWeek = deliveryWeek;
    period.changeDeadline = deadline;
    period.state = state;
    period.allocatedBoxes = allocated;
    return period;
}

inline QList<core::CoolPeriod> calendar()
{
    using State = core::CoolPeriod::State;
    return {cool(1, QDate(2022, 2, 28), QDate(2022, 2, 21), japanTime(1, 31, 23, 59), State::Allocated, 4),
            cool(2, QDate(2022, 3, 14), QDate(2022, 3, 7), japanTime(2, 22, 15, 0), State::Allocated, 3),
            cool(3, QDate(2022, 3, 28), QDate(2022, 3, 21), japanTime(3, 8, 15, 0), State::Open),
            cool(4, QDate(2022, 4, 11), QDate(2022, 4, 4), japanTime(3, 22, 15, 0), State::Open),
            cool(5, QDate(2022, 4, 25), QDate(2022, 4, 18), japanTime(4, 5, 15, 0), State::Open)};
}

} // namespace vsys::test::briefing
