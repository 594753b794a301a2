// SPDX-License-Identifier: MIT
#include "core/help/HelpContacts.h"

#include "core/ShippedData.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

/// "12-29" as month and day; false for anything else.
bool monthDay(const QString& text, int& month, int& day)
{
    static const QRegularExpression shape(u"^(\\d{2})-(\\d{2})$"_s);
    const auto match = shape.match(text);
    if (!match.hasMatch()) {
        return false;
    }
    month = match.captured(1).toInt();
    day = match.captured(2).toInt();
    // 2024 is a leap year, so 02-29 passes.
    return QDate(2024, month, day).isValid();
}

} // namespace

Result<HelpContacts> HelpContacts::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString fileField = u"contacts.json"_s;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{fileField, tr("%1: the file must contain one JSON object.").arg(fileField)};
    }
    const QJsonObject root = doc.object();
    const QJsonObject concierge = root.value(u"concierge"_s).toObject();
    HelpContacts contacts;
    Concierge& desk = contacts.m_concierge;
    desk.name = concierge.value(u"name"_s).toString();
    desk.purpose = concierge.value(u"purpose"_s).toString();
    desk.phone = concierge.value(u"phone"_s).toString();
    desk.hoursText = concierge.value(u"hoursText"_s).toString();
    desk.opens = QTime::fromString(concierge.value(u"opens"_s).toString(), u"HH:mm"_s);
    desk.closes = QTime::fromString(concierge.value(u"closes"_s).toString(), u"HH:mm"_s);
    if (desk.name.isEmpty() || desk.phone.isEmpty() || desk.hoursText.isEmpty()) {
        return Error{u"concierge"_s, tr("%1: give the name, phone and hoursText.").arg(u"concierge"_s)};
    }
    if (!desk.opens.isValid() || !desk.closes.isValid() || desk.closes <= desk.opens) {
        return Error{u"concierge.opens"_s,
                     tr("%1: write the hours as HH:mm, opening first.").arg(u"concierge.opens"_s)};
    }
    for (const QJsonValue day : concierge.value(u"closedWeekdays"_s).toArray()) {
        desk.closedWeekdays.append(day.toInt());
    }
    desk.closedOnHolidays = concierge.value(u"closedOnHolidays"_s).toBool(true);
    const QJsonArray periods = concierge.value(u"closedPeriods"_s).toArray();
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QJsonObject period = periods.at(i).toObject();
        YearlyClosure closure;
        if (!monthDay(period.value(u"from"_s).toString(), closure.fromMonth, closure.fromDay)
            || !monthDay(period.value(u"to"_s).toString(), closure.toMonth, closure.toDay)) {
            const QString field = u"concierge.closedPeriods[%1]"_s.arg(i);
            return Error{field, tr("%1: write the days as MM-DD.").arg(field)};
        }
        desk.closedPeriods.append(closure);
    }
    const QJsonArray manuals = root.value(u"manuals"_s).toArray();
    for (qsizetype i = 0; i < manuals.size(); ++i) {
        const QJsonObject object = manuals.at(i).toObject();
        OfficialManual manual{object.value(u"title"_s).toString(), object.value(u"edition"_s).toString(),
                              object.value(u"published"_s).toString(),
                              QUrl(object.value(u"url"_s).toString(), QUrl::StrictMode)};
        if (manual.title.isEmpty() || !manual.url.isValid() || manual.url.scheme() != u"https"_s) {
            const QString field = u"manuals[%1]"_s.arg(i);
            return Error{field, tr("%1: give a title and an https address.").arg(field)};
        }
        contacts.m_manuals.append(manual);
    }
    return contacts;
}

const HelpContacts& HelpContacts::builtIn()
{
    static const HelpContacts contacts
        = shipped::require(fromJson(shipped::read(u":/data/help/contacts.json"_s)), u"contacts.json"_s);
    return contacts;
}

} // namespace vsys::core
