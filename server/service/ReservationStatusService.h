// SPDX-License-Identifier: MIT
// ReservationStatusService: a venue's 予約受付状態: set by its V-SYS IDs (PUT /venue/reservation-status),
// read with its history by vsysdesk-admin.
#pragma once

#include "core/venue/ReservationStatus.h"
#include "server/service/Outcome.h"
#include "server/service/SessionService.h"
#include "server/storage/ReservationStatusRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vsys::server {

class Storage;

/// One page of a venue's history, newest first.
struct ReservationStatusHistory
{
    core::ReservationState current;
    QList<ReservationStatusChange> changes;
    int page = 1;
    int pages = 1;
};

/// A session changes only its own venue: there is no way to name another. A status equal to the
/// current one changes nothing (no history row, nothing in the changes feed).
class ReservationStatusService
{
    Q_DECLARE_TR_FUNCTIONS(ReservationStatusService)
public:
    static constexpr int kHistoryPageSize = 20;

    /// `historyLimit`: changes kept per venue (venueLimits::kReservationStatusHistory; tests use fewer).
    explicit ReservationStatusService(Storage& storage, int historyLimit = 0);

    /// `body` is {"status": key}; the answer is the venue's state afterwards.
    Outcome<core::ReservationState> set(const VenueSession& session, const QJsonObject& body);
    /// Page `page` (from 1) of the venue's history, with its current state.
    Outcome<ReservationStatusHistory> history(const QString& venueId, int page);

private:
    Storage& m_storage;
    int m_historyLimit;
};

} // namespace vsys::server
