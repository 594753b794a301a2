// SPDX-License-Identifier: MIT
// InstitutionService: what a venue may do with its 医療機関情報 and 接種担当医師, and the municipality's
// 承認/却下 of the fields that wait for it (vsysdesk-admin).
#pragma once

#include "core/institution/Doctor.h"
#include "core/institution/InstitutionDetails.h"
#include "server/ServerClock.h"
#include "server/service/Outcome.h"
#include "server/service/SessionService.h"
#include "server/storage/InstitutionRepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace vsys::server {

class Storage;

struct DoctorPage
{
    QList<core::Doctor> doctors;
    QString next; ///< the last id of the page when another may follow
};

/// The venue is always the session's: another venue's doctor id is NotFound, like an id never used.
class InstitutionService
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionService)
public:
    InstitutionService(Storage& storage, const ServerClock& clock);

    /// The venue's record (version 0 when it never saved one).
    Outcome<core::InstitutionRecord> get(const VenueSession& session);
    /// `requested` over the stored record if `ifMatch` (absent: 0) is its version: the fields that need no
    /// approval change at once, the others become the pending request (core::InstitutionChange). A retry of
    /// a request already taken (the same values after a lost answer) answers the stored record.
    Outcome<core::InstitutionRecord>
    put(const VenueSession& session, const core::InstitutionDetails& requested, std::optional<int> ifMatch);

    Outcome<DoctorPage> doctors(const VenueSession& session, const QString& after, int limit);
    /// Creates (no If-Match) or updates (If-Match: its version) the doctor `id`. A retry that finds the
    /// doctor already as sent answers it as stored.
    Outcome<core::Doctor>
    putDoctor(const VenueSession& session, const QString& id, const core::Doctor& content, std::optional<int> ifMatch);
    /// Deletes the doctor (a tombstone stays); refused for the last doctor of a venue with a newly issued
    /// V-SYS ID. Deleting a deleted doctor answers as the first time.
    Outcome<void> deleteDoctor(const VenueSession& session, const QString& id, std::optional<int> ifMatch);

    /// The municipality's queue: every venue's pending request, oldest first.
    Outcome<QList<StoredInstitution>> pendingRequests();
    /// 承認 (the requested values become the approved ones) or 却下 (they are dropped; `comment` required).
    Outcome<core::InstitutionRecord> decide(const QString& venueId, bool approve, const QString& comment);
    /// All live doctors of `venueId`, by id.
    Outcome<QList<core::Doctor>> allDoctors(const QString& venueId);

private:
    Outcome<core::InstitutionRecord> store(const QString& venueId, const core::InstitutionRecord& next, int expected);
    Outcome<bool> doctorRequired(const QString& venueId);

    Storage& m_storage;
    ServerClock m_clock;
};

} // namespace vsys::server
