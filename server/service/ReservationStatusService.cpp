// SPDX-License-Identifier: MIT
// ReservationStatusService: the status, its history row and the change-log entry commit together.
#include "server/service/ReservationStatusService.h"

#include "server/service/VenueLimits.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

ServiceError noSuchVenue(const QString& venueId)
{
    return {core::Error{u"venue"_s, ReservationStatusService::tr("There is no venue %1.").arg(venueId),
                        core::ErrorCode::NotFound}};
}

} // namespace

ReservationStatusService::ReservationStatusService(Storage& storage, int historyLimit)
    : m_storage(storage)
    , m_historyLimit(historyLimit > 0 ? historyLimit : venueLimits::kReservationStatusHistory)
{}

Outcome<core::ReservationState> ReservationStatusService::set(const VenueSession& session, const QJsonObject& body)
{
    const auto status = core::ReservationStatusText::fromKey(body.value(u"status"_s).toString());
    if (!status) {
        return core::ReservationStateJson::unknownStatus(u"status"_s);
    }
    ReservationStatusRepository statuses(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto current = statuses.find(session.venueId);
    if (!current) {
        return current.error();
    }
    if (!*current) {
        return m_storage.failure(u"session of the missing venue %1"_s.arg(session.venueId));
    }
    if ((*current)->status == *status) {
        return **current;
    }
    const core::ReservationState next{*status, QDateTime::currentDateTimeUtc(), session.vsysId};
    if (auto saved = statuses.set(session.venueId, (*current)->status, next); !saved) {
        return saved.error();
    }
    if (auto trimmed = statuses.trimHistory(session.venueId, m_historyLimit); !trimmed) {
        return trimmed.error();
    }
    // The venue record carries the status, so the venue's other V-SYS IDs and PCs get it from /changes.
    if (auto logged = ChangeLog(m_storage).record(session.venueId, ChangeKind::Venue, session.venueId, next.changedAt);
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return next;
}

Outcome<ReservationStatusHistory> ReservationStatusService::history(const QString& venueId, int page)
{
    ReservationStatusRepository statuses(m_storage);
    const auto current = statuses.find(venueId);
    if (!current) {
        return current.error();
    }
    if (!*current) {
        return noSuchVenue(venueId);
    }
    const auto size = statuses.historySize(venueId);
    if (!size) {
        return size.error();
    }
    ReservationStatusHistory history;
    history.current = **current;
    history.pages = std::max(1, (*size + kHistoryPageSize - 1) / kHistoryPageSize);
    if (page < 1 || page > history.pages) {
        return ServiceError{core::Error{u"page"_s, tr("Page: give a number from 1 to %1.").arg(history.pages),
                                        core::ErrorCode::Invalid}};
    }
    history.page = page;
    const auto changes = statuses.history(venueId, kHistoryPageSize, (page - 1) * kHistoryPageSize);
    if (!changes) {
        return changes.error();
    }
    history.changes = *changes;
    return history;
}

} // namespace vsys::server
