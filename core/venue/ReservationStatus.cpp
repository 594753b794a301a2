// SPDX-License-Identifier: MIT
#include "core/venue/ReservationStatus.h"

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

} // namespace vsys::core
