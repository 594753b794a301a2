// SPDX-License-Identifier: MIT
#include "core/venue/ReservationStatus.h"

#include "core/application/ApplicationRecord.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

QString ReservationStatusText::key(ReservationStatus status)
{
    switch (status) {
    case ReservationStatus::Available:
        return u"available"_s;
    case ReservationStatus::FewLeft:
        return u"few_left"_s;
    case ReservationStatus::NotAccepting:
        return u"not_accepting"_s;
    case ReservationStatus::NotRequired:
        return u"not_required"_s;
    case ReservationStatus::Unregistered:
        return u"unregistered"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ReservationStatus> ReservationStatusText::fromKey(const QString& key)
{
    for (ReservationStatus status : kReservationStatuses) {
        if (ReservationStatusText::key(status) == key) {
            return status;
        }
    }
    return std::nullopt;
}

QString ReservationStatusText::label(ReservationStatus status)
{
    switch (status) {
    case ReservationStatus::Available:
        return tr("Bookable");
    case ReservationStatus::FewLeft:
        return tr("Few left");
    case ReservationStatus::NotAccepting:
        return tr("Not accepting bookings");
    case ReservationStatus::NotRequired:
        return tr("No booking needed");
    case ReservationStatus::Unregistered:
        return tr("Not registered");
    }
    Q_UNREACHABLE();
    return {};
}

QString ReservationStatusText::symbol(ReservationStatus status)
{
    switch (status) {
    case ReservationStatus::Available:
        return u"○"_s;
    case ReservationStatus::FewLeft:
        return u"▲"_s;
    case ReservationStatus::NotAccepting:
        return u"×"_s;
    case ReservationStatus::NotRequired:
        return u"●"_s;
    case ReservationStatus::Unregistered:
        return u"—"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QJsonObject ReservationStateJson::toJson(const ReservationState& state)
{
    return {{u"status"_s, ReservationStatusText::key(state.status)},
            {u"changed_at"_s, ApplicationJson::timeToJson(state.changedAt)},
            {u"changed_by"_s, state.changedBy.isEmpty() ? QJsonValue() : QJsonValue(state.changedBy)}};
}

Result<ReservationState> ReservationStateJson::fromJson(const QJsonObject& object)
{
    const auto status = ReservationStatusText::fromKey(object.value(u"status"_s).toString());
    if (!status) {
        return unknownStatus(u"status"_s);
    }
    ReservationState state;
    state.status = *status;
    const QJsonValue changedAt = object.value(u"changed_at"_s);
    state.changedAt = ApplicationJson::timeFromJson(changedAt);
    if (!changedAt.isNull() && !changedAt.isUndefined() && !state.changedAt.isValid()) {
        return Error{u"changed_at"_s, tr("The time of the booking reception status change is not a valid time.")};
    }
    state.changedBy = object.value(u"changed_by"_s).toString();
    return state;
}

Error ReservationStateJson::unknownStatus(const QString& field)
{
    return Error{field,
                 tr("Booking reception status: choose one of available, few_left, not_accepting, not_required or "
                    "unregistered.")};
}

} // namespace vsys::core
