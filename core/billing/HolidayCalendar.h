// SPDX-License-Identifier: MIT
// 祝日（行政機関の休日）: national holidays from holidays.json, for deadlines that move to the next business day.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace vsys::core {

class HolidayCalendar // 祝日カレンダー
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
public:
    /// Parses holidays.json. Errors name the key ("holidays[3].date", "covers.to").
    static Result<HolidayCalendar> fromJson(const QByteArray& json);
    /// The shipped calendar (:/data/calendar/holidays.json), parsed once.
    static const HolidayCalendar& builtIn();

    /// Whether `date` lies in the range the data lists every holiday for; the answers below are only
    /// meaningful for covered dates.
    bool covers(QDate date) const;
    QDate firstCoveredDay() const { return m_from; }
    QDate lastCoveredDay() const { return m_to; }
    /// 国民の祝日, 振替休日 or 国民の休日.
    bool isHoliday(QDate date) const;
    /// The holiday's name (元日, 休日（振替休日）, ...), empty on other days.
    QString holidayName(QDate date) const;
    /// Not a 行政機関の休日: not a Saturday, Sunday, holiday, nor 12-29 to 01-03 (年末年始).
    bool isBusinessDay(QDate date) const;

private:
    HolidayCalendar(QDate from, QDate to, QMap<QDate, QString> holidays);

    QDate m_from;
    QDate m_to;
    QMap<QDate, QString> m_holidays;
};

} // namespace vsys::core
