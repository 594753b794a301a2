// SPDX-License-Identifier: MIT
#include "core/billing/HolidayCalendar.h"

#include "core/ShippedData.h"
#include "core/billing/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

// 行政機関の休日に関する法律 第1条: the year-end days are closed by law, not listed as holidays.
bool isYearEndClosure(QDate date)
{
    return (date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3);
}

} // namespace

HolidayCalendar::HolidayCalendar(QDate from, QDate to, QMap<QDate, QString> holidays)
    : m_from(from)
    , m_to(to)
    , m_holidays(std::move(holidays))
{}

Result<HolidayCalendar> HolidayCalendar::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString fileField = u"holidays.json"_s;
    if (parseError.error != QJsonParseError::NoError) {
        return Error{fileField, tr("%1: the file is not valid JSON (%2).").arg(fileField, parseError.errorString())};
    }
    if (!doc.isObject()) {
        return Error{fileField, tr("%1: the file must contain one JSON object.").arg(fileField)};
    }
    const QJsonObject root = doc.object();

    const QJsonObject covers = root.value(u"covers"_s).toObject();
    const QDate from = parseIsoDate(covers.value(u"from"_s).toString());
    if (!from.isValid()) {
        return Error{u"covers.from"_s, tr("%1: write the date as YYYY-MM-DD.").arg(u"covers.from"_s)};
    }
    const QDate to = parseIsoDate(covers.value(u"to"_s).toString());
    if (!to.isValid()) {
        return Error{u"covers.to"_s, tr("%1: write the date as YYYY-MM-DD.").arg(u"covers.to"_s)};
    }
    if (to < from) {
        return Error{u"covers.to"_s,
                     tr("%1: the end of the covered range comes before its start.").arg(u"covers.to"_s)};
    }

    const QString listField = u"holidays"_s;
    if (!root.value(listField).isArray()) {
        return Error{listField, tr("%1: list the holidays as an array of {\"date\", \"name\"}.").arg(listField)};
    }
    const QJsonArray list = root.value(listField).toArray();
    QMap<QDate, QString> holidays;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const QString dateField = u"holidays[%1].date"_s.arg(i);
        const QDate date = parseIsoDate(entry.value(u"date"_s).toString());
        if (!date.isValid()) {
            return Error{dateField, tr("%1: write the date as YYYY-MM-DD.").arg(dateField)};
        }
        if (date < from || date > to) {
            return Error{dateField, tr("%1: the date is outside the covered range (covers).").arg(dateField)};
        }
        if (holidays.contains(date)) {
            return Error{dateField, tr("%1: this date is listed twice.").arg(dateField)};
        }
        const QString name = entry.value(u"name"_s).toString().trimmed();
        if (name.isEmpty()) {
            const QString nameField = u"holidays[%1].name"_s.arg(i);
            return Error{nameField, tr("%1: give the name of the holiday.").arg(nameField)};
        }
        holidays.insert(date, name);
    }
    return HolidayCalendar(from, to, std::move(holidays));
}

const HolidayCalendar& HolidayCalendar::builtIn()
{
    static const QString kFile = u":/data/calendar/holidays.json"_s;
    static const HolidayCalendar calendar = shipped::require(fromJson(shipped::read(kFile)), kFile);
    return calendar;
}

bool HolidayCalendar::covers(QDate date) const
{
    return date.isValid() && date >= m_from && date <= m_to;
}

bool HolidayCalendar::isHoliday(QDate date) const
{
    return m_holidays.contains(date);
}

QString HolidayCalendar::holidayName(QDate date) const
{
    return m_holidays.value(date);
}

bool HolidayCalendar::isBusinessDay(QDate date) const
{
    return date.dayOfWeek() < Qt::Saturday && !isHoliday(date) && !isYearEndClosure(date);
}

} // namespace vsys::core
