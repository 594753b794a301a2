// SPDX-License-Identifier: MIT
// JapaneseFormat: how dates, times, counts and amounts are written for the user, in one place for the
// app, the printouts, the CLI and the server (ui-guidelines.md "Numbers and dates").
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace vsys::core {

class JapaneseFormat
{
    Q_DECLARE_TR_FUNCTIONS(JapaneseFormat)
public:
    /// `time` in Japan time. Asia/Tokyo has been UTC+9 without daylight saving time since 1951, so a
    /// fixed offset is that zone without depending on the tz database of the PC.
    static QDateTime inJapan(const QDateTime& time);
    /// Japan time as a zone, for reading a time written without an offset.
    static QTimeZone timeZone();
    /// 「2022/03/14 09:05」 in Japan time, whatever zone `time` is in.
    static QString dateTime(const QDateTime& time);
    /// 「2021年04月12日」: a day as messages write it.
    static QString date(QDate date);
    /// 「2022/03/01」: a day as the screens write it (2022/03/01時点の接種実績).
    static QString day(QDate date);
    /// 「2021年04月」: a month as the forms write it (2021年04月請求分); the day of `date` is ignored.
    static QString month(QDate date);

    /// 「122,320」: thousands separated, as every count and amount is shown.
    static QString number(qint64 value);
    /// 「1,800回」: a count of vaccinations.
    static QString doses(qint64 count);
    /// 「12件」: a count of claims or records.
    static QString cases(qint64 count);
    /// 「2回」: how often something was done (a 委任状's downloads).
    static QString times(qint64 count);
    /// 「1本」: a count of vials.
    static QString vials(qint64 count);
    /// 「122,320円」.
    static QString yen(qint64 amount);
};

} // namespace vsys::core
