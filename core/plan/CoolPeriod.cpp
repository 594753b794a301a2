// SPDX-License-Identifier: MIT
#include "core/plan/CoolPeriod.h"

#include "core/JapaneseFormat.h"
#include "core/JsonNumber.h"
#include "core/application/ApplicationRecord.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

/// 「2/28」: month and day without leading zeros.
QString monthDay(const QDate& date)
{
    return u"%1/%2"_s.arg(date.month()).arg(date.day());
}

QJsonValue dateToJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDate dateFromJson(const QJsonValue& value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

QJsonValue optionalToJson(const std::optional<int>& count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

/// null or absent is 未定; anything else must be a count of 0 or more.
bool optionalFromJson(const QJsonValue& value, std::optional<int>& count)
{
    if (value.isNull() || value.isUndefined()) {
        count.reset();
        return true;
    }
    count = JsonNumber::integer(value, 0);
    return count.has_value();
}

} // namespace

QString CoolPeriod::stateKey(State state)
{
    switch (state) {
    case State::Open:
        return u"open"_s;
    case State::Locked:
        return u"locked"_s;
    case State::Allocated:
        return u"allocated"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CoolPeriod::State> CoolPeriod::stateFromKey(const QString& key)
{
    for (State state : {State::Open, State::Locked, State::Allocated}) {
        if (stateKey(state) == key) {
            return state;
        }
    }
    return std::nullopt;
}

QString CoolRules::periodLabel(const CoolPeriod& cool)
{
    return tr("%1-%2 vaccination").arg(monthDay(cool.start), monthDay(cool.end));
}

QString CoolRules::deliveryLabel(const CoolPeriod& cool)
{
    return tr("delivery in the week of %1").arg(monthDay(cool.deliveryWeek));
}

QString CoolRules::batchLabel(const CoolPeriod& cool)
{
    const QString deadline = JapaneseFormat::dateTime(cool.changeDeadline);
    switch (cool.state) {
    case CoolPeriod::State::Open:
        return deadline;
    case CoolPeriod::State::Locked:
        return tr("%1 (allocation in progress)").arg(deadline);
    case CoolPeriod::State::Allocated:
        return tr("%1 (allocation final)").arg(deadline);
    }
    Q_UNREACHABLE();
    return {};
}

QString CoolRules::rowLockReason(const CoolPeriod& cool, const QDateTime& now)
{
    if (cool.state == CoolPeriod::State::Allocated) {
        return tr("%1 cannot be changed: its allocation is final.").arg(periodLabel(cool));
    }
    if (cool.changeDeadline.isValid() && now >= cool.changeDeadline) {
        return tr("%1 cannot be changed: the plan change deadline (%2) has passed.")
            .arg(periodLabel(cool), JapaneseFormat::dateTime(cool.changeDeadline));
    }
    return {};
}

QString CoolRules::planLockReason(const QList<CoolPeriod>& cools)
{
    for (const CoolPeriod& cool : cools) {
        if (cool.state != CoolPeriod::State::Locked) {
            continue;
        }
        if (cool.lockedUntil.isValid()) {
            return tr("Plans cannot be changed until %2 while the allocation for %1 is being worked out.")
                .arg(periodLabel(cool), JapaneseFormat::dateTime(cool.lockedUntil));
        }
        return tr("Plans cannot be changed while the allocation for %1 is being worked out.").arg(periodLabel(cool));
    }
    return {};
}

QJsonObject CoolJson::toJson(const CoolPeriod& cool)
{
    return {{u"id"_s, cool.id},
            {u"start"_s, dateToJson(cool.start)},
            {u"end"_s, dateToJson(cool.end)},
            {u"delivery_week"_s, dateToJson(cool.deliveryWeek)},
            {u"change_deadline"_s, ApplicationJson::timeToJson(cool.changeDeadline)},
            {u"state"_s, CoolPeriod::stateKey(cool.state)},
            {u"locked_until"_s, ApplicationJson::timeToJson(cool.lockedUntil)},
            {u"allocated_boxes"_s, optionalToJson(cool.allocatedBoxes)},
            {u"allocated_needle_boxes"_s, optionalToJson(cool.allocatedNeedleBoxes)},
            {u"delivery_date"_s, dateToJson(cool.deliveryDate)}};
}

std::optional<CoolPeriod> CoolJson::fromJson(const QJsonObject& json)
{
    CoolPeriod cool;
    const auto id = JsonNumber::integer(json.value(u"id"_s), 0);
    const auto state = CoolPeriod::stateFromKey(json.value(u"state"_s).toString());
    if (!id || *id < 1 || !state) {
        return std::nullopt;
    }
    cool.id = *id;
    cool.state = *state;
    cool.start = dateFromJson(json.value(u"start"_s));
    cool.end = dateFromJson(json.value(u"end"_s));
    cool.deliveryWeek = dateFromJson(json.value(u"delivery_week"_s));
    cool.changeDeadline = ApplicationJson::timeFromJson(json.value(u"change_deadline"_s));
    if (!cool.start.isValid() || !cool.end.isValid() || !cool.deliveryWeek.isValid()
        || !cool.changeDeadline.isValid()) {
        return std::nullopt;
    }
    const QJsonValue lockedUntil = json.value(u"locked_until"_s);
    cool.lockedUntil = ApplicationJson::timeFromJson(lockedUntil);
    if (lockedUntil.isString() && !cool.lockedUntil.isValid()) {
        return std::nullopt;
    }
    if (!optionalFromJson(json.value(u"allocated_boxes"_s), cool.allocatedBoxes)
        || !optionalFromJson(json.value(u"allocated_needle_boxes"_s), cool.allocatedNeedleBoxes)) {
        return std::nullopt;
    }
    const QJsonValue deliveryDate = json.value(u"delivery_date"_s);
    cool.deliveryDate = dateFromJson(deliveryDate);
    if (deliveryDate.isString() && !cool.deliveryDate.isValid()) {
        return std::nullopt;
    }
    return cool;
}

} // namespace vsys::core
