// SPDX-License-Identifier: MIT
// HelpContacts: where a clerk finds help outside the app, from resources/help/contacts.json: the
// 職域接種コンシェルジュ and its hours, and the official V-SYS manuals.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>
#include <QUrl>

namespace vsys::core {

/// A closed stretch of every year, e.g. 12-29 to 01-03 (年末年始), given as month and day.
struct YearlyClosure
{
    int fromMonth = 0;
    int fromDay = 0;
    int toMonth = 0;
    int toDay = 0;
};

struct Concierge // 職域接種コンシェルジュ
{
    QString name;
    QString purpose;
    QString phone;
    QTime opens;
    QTime closes;
    QString hoursText;
    QList<int> closedWeekdays; ///< Qt::DayOfWeek numbers, 6 and 7 for 土日
    bool closedOnHolidays = true;
    QList<YearlyClosure> closedPeriods;
};

struct OfficialManual
{
    QString title; ///< 医療機関用マニュアル
    QString edition; ///< 第46版
    QString published; ///< YYYY-MM-DD
    QUrl url;
};

class HelpContacts
{
    Q_DECLARE_TR_FUNCTIONS(HelpContacts)
public:
    static Result<HelpContacts> fromJson(const QByteArray& json);
    /// The shipped contacts (:/data/help/contacts.json), parsed once.
    static const HelpContacts& builtIn();

    const Concierge& concierge() const { return m_concierge; }
    const QList<OfficialManual>& manuals() const { return m_manuals; }

private:
    Concierge m_concierge;
    QList<OfficialManual> m_manuals;
};

} // namespace vsys::core
