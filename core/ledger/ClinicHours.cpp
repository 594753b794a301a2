// SPDX-License-Identifier: MIT
#include "core/ledger/ClinicHours.h"

#include "core/billing/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

// Bounds so that a damaged or hostile file cannot make a venue's settings huge: far above any timetable.
constexpr qsizetype kMaxRangesPerDay = 12;
constexpr qsizetype kMaxClosedDates = 3660;

const QString kYearEndKey = u"year_end_holiday"_s;
const QString kClosedKey = u"closed"_s;

/// "HH:MM" exactly (00:00–23:59), or an invalid QTime.
QTime parseTime(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text.size() != 5 || text.at(2) != u':') {
        return {};
    }
    return QTime::fromString(text, u"HH:mm"_s);
}

Result<QList<ClinicHoursRange>> readDay(const QJsonValue& value, const QString& key)
{
    const QString example = u"[[\"09:00\",\"12:00\"],[\"13:00\",\"17:00\"]]"_s;
    if (!value.isArray()) {
        return Error{key,
                     ClinicHours::tr("%1: give the day's hours as a list of ranges, e.g. %2 (or [] for none).")
                         .arg(key, example)};
    }
    const QJsonArray ranges = value.toArray();
    if (ranges.size() > kMaxRangesPerDay) {
        return Error{key, ClinicHours::tr("%1: at most %2 ranges a day.").arg(key).arg(kMaxRangesPerDay)};
    }
    QList<ClinicHoursRange> day;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const QString field = u"%1[%2]"_s.arg(key).arg(i);
        const QJsonArray pair = ranges.at(i).toArray();
        const QTime start = pair.size() == 2 ? parseTime(pair.at(0)) : QTime();
        const QTime end = pair.size() == 2 ? parseTime(pair.at(1)) : QTime();
        if (!ranges.at(i).isArray() || !start.isValid() || !end.isValid()) {
            return Error{
                field, ClinicHours::tr("%1: give a range as [\"09:00\",\"12:00\"] (start and end, HH:MM).").arg(field)};
        }
        if (start >= end) {
            return Error{field, ClinicHours::tr("%1: the start must be before the end.").arg(field)};
        }
        day.append({start, end});
    }
    std::sort(day.begin(), day.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    for (qsizetype i = 1; i < day.size(); ++i) {
        if (day.at(i).start < day.at(i - 1).end) {
            return Error{key, ClinicHours::tr("%1: the ranges overlap.").arg(key)};
        }
    }
    return day;
}

Result<QList<QDate>> readClosed(const QJsonValue& value)
{
    if (!value.isArray()) {
        return Error{
            kClosedKey,
            ClinicHours::tr("%1: give the dates without hours as a list, e.g. [\"2022-01-04\"].").arg(kClosedKey)};
    }
    const QJsonArray dates = value.toArray();
    if (dates.size() > kMaxClosedDates) {
        return Error{kClosedKey, ClinicHours::tr("%1: at most %2 dates.").arg(kClosedKey).arg(kMaxClosedDates)};
    }
    QList<QDate> closed;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate date = parseIsoDate(dates.at(i).toString());
        if (!date.isValid()) {
            const QString field = u"%1[%2]"_s.arg(kClosedKey).arg(i);
            return Error{field, ClinicHours::tr("%1: give the date as YYYY-MM-DD.").arg(field)};
        }
        if (!closed.contains(date)) {
            closed.append(date);
        }
    }
    std::sort(closed.begin(), closed.end());
    return closed;
}

QString timeText(QTime time)
{
    return time.toString(u"HH:mm"_s);
}

} // namespace

QString ClinicHours::dayKey(int index)
{
    static const QStringList kKeys{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    return kKeys.value(index);
}

Result<ClinicHours> ClinicHours::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{{}, tr("The hours are not a JSON object such as {\"mon\":[[\"09:00\",\"12:00\"]],\"sun\":[]}.")};
    }
    const QJsonObject object = document.object();
    ClinicHours hours;
    QStringList known{kClosedKey, kYearEndKey};
    for (int day = 0; day < 7; ++day) {
        const QString key = dayKey(day);
        known << key;
        if (!object.contains(key)) {
            continue;
        }
        auto ranges = readDay(object.value(key), key);
        if (!ranges) {
            return ranges.error();
        }
        hours.weekly[day] = *ranges;
    }
    if (object.contains(kClosedKey)) {
        auto closed = readClosed(object.value(kClosedKey));
        if (!closed) {
            return closed.error();
        }
        hours.closedDates = *closed;
    }
    if (object.contains(kYearEndKey)) {
        if (!object.value(kYearEndKey).isBool()) {
            return Error{kYearEndKey, tr("%1: give true or false.").arg(kYearEndKey)};
        }
        hours.yearEndIsHoliday = object.value(kYearEndKey).toBool();
    }
    for (const QString& key : object.keys()) {
        if (!known.contains(key)) {
            return Error{key, tr("%1: unknown key; the keys are mon … sun, closed and year_end_holiday.").arg(key)};
        }
    }
    return hours;
}

QByteArray ClinicHours::toJson() const
{
    QJsonObject object;
    for (int day = 0; day < 7; ++day) {
        QJsonArray ranges;
        for (const ClinicHoursRange& range : weekly.at(day)) {
            ranges.append(QJsonArray{timeText(range.start), timeText(range.end)});
        }
        object.insert(dayKey(day), ranges);
    }
    QJsonArray closed;
    for (const QDate& date : closedDates) {
        closed.append(date.toString(Qt::ISODate));
    }
    object.insert(kClosedKey, closed);
    object.insert(kYearEndKey, yearEndIsHoliday);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ClinicHours ClinicHours::standard()
{
    ClinicHours hours;
    for (int day = 0; day < 5; ++day) {
        hours.weekly[day] = {{QTime(9, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}};
    }
    return hours;
}

TimeBand ClinicHours::band(QDate date, QTime time, const HolidayCalendar& calendar) const
{
    if (!date.isValid()) {
        return TimeBand::Regular;
    }
    const int weekday = date.dayOfWeek(); // 1 = Monday … 7 = Sunday
    const QList<ClinicHoursRange>& ranges = weekly.at(weekday - 1);
    const bool yearEnd = (date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3);
    // 休日 is the day's nature, whatever the time: Sunday, a 祝日, or a day the venue sets no 診療時間 for.
    if (weekday == 7 || calendar.isHoliday(date) || ranges.isEmpty() || closedDates.contains(date)
        || (yearEndIsHoliday && yearEnd)) {
        return TimeBand::Holiday;
    }
    const bool inside = std::any_of(ranges.begin(), ranges.end(),
                                    [time](const ClinicHoursRange& r) { return r.start <= time && time < r.end; });
    return inside ? TimeBand::Regular : TimeBand::AfterHours;
}

} // namespace vsys::core
