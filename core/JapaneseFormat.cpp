// SPDX-License-Identifier: MIT
#include "core/JapaneseFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace vsys::core {

QTimeZone JapaneseFormat::timeZone()
{
    return QTimeZone(9 * 3600);
}

QDateTime JapaneseFormat::inJapan(const QDateTime& time)
{
    return time.toTimeZone(timeZone());
}

QString JapaneseFormat::dateTime(const QDateTime& time)
{
    return inJapan(time).toString(u"yyyy/MM/dd HH:mm"_s);
}

QString JapaneseFormat::date(QDate date)
{
    return tr("%1-%2-%3", "year-month-day")
        .arg(date.year())
        .arg(date.month(), 2, 10, QChar(u'0'))
        .arg(date.day(), 2, 10, QChar(u'0'));
}

QString JapaneseFormat::day(QDate date)
{
    return date.toString(u"yyyy/MM/dd"_s);
}

QString JapaneseFormat::month(QDate date)
{
    return tr("%1-%2", "year-month").arg(date.year()).arg(date.month(), 2, 10, QChar(u'0'));
}

QString JapaneseFormat::number(qint64 value)
{
    // The Japanese locale whatever the UI language: its separators are the ones on the forms.
    return QLocale(QLocale::Japanese, QLocale::Japan).toString(value);
}

QString JapaneseFormat::doses(qint64 count)
{
    return tr("%1 doses").arg(number(count));
}

QString JapaneseFormat::cases(qint64 count)
{
    return tr("%1 cases").arg(number(count));
}

QString JapaneseFormat::times(qint64 count)
{
    return tr("%1 times").arg(number(count));
}

QString JapaneseFormat::vials(qint64 count)
{
    return tr("%1 vials").arg(number(count));
}

QString JapaneseFormat::yen(qint64 amount)
{
    return tr("%1 yen").arg(number(amount));
}

} // namespace vsys::core
