// SPDX-License-Identifier: MIT
// InstitutionService: the version first, then core::InstitutionChange; each accepted change is one transaction
// that ends with its note for GET /changes.
#include "server/service/InstitutionService.h"

#include "core/application/ApplicationStatus.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ApplicationRepository.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kInstitutionId = u"institution"_s;

ServiceError institutionConflict(const core::InstitutionRecord& serverCopy)
{
    return {core::Error{u"If-Match"_s,
                        InstitutionService::tr("The medical institution details were changed elsewhere in the "
                                               "meantime (version %1 on the server). Please check them and save again.")
                            .arg(serverCopy.version),
                        core::ErrorCode::VersionConflict},
            core::InstitutionRecordJson::toJson(serverCopy)};
}

ServiceError doctorConflict(const core::Doctor& serverCopy)
{
    return {core::Error{u"If-Match"_s,
                        InstitutionService::tr("The doctor %1 was changed elsewhere in the meantime (version %2 on the "
                                               "server). Please check the entry and save again.")
                            .arg(serverCopy.name)
                            .arg(serverCopy.version),
                        core::ErrorCode::VersionConflict},
            core::DoctorJson::toJson(serverCopy)};
}

ServiceError notFound()
{
    return core::Error{u"id"_s, InstitutionService::tr("There is no such doctor."), core::ErrorCode::NotFound};
}

template <typename T> std::optional<ServiceError> failed(const core::Result<T>& result)
{
    return result ? std::nullopt : std::optional<ServiceError>(result.error());
}

} // namespace

InstitutionService::InstitutionService(Storage& storage, const ServerClock& clock)
    : m_storage(storage)
    , m_clock(clock)
{}

Outcome<core::InstitutionRecord> InstitutionService::get(const VenueSession& session)
{
    auto record = InstitutionRepository(m_storage).find(session.venueId);
    if (!record) {
        return record.error();
    }
    return std::move(record).value();
}

Outcome<core::InstitutionRecord> InstitutionService::put(const VenueSession& session,
                                                         const core::InstitutionDetails& requested,
                                                         std::optional<int> ifMatch)
{
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto found = InstitutionRepository(m_storage).find(session.venueId);
    if (!found) {
        return found.error();
    }
    const core::InstitutionRecord& stored = *found;
    const core::InstitutionRecord next
        = core::InstitutionChange::applied(stored, requested, m_clock.now(), session.vsysId);
    if (next == stored) {
        // Nothing changes: also the retry of a request whose answer was lost, whatever its If-Match.
        return stored;
    }
    if (ifMatch.value_or(0) != stored.version) {
        return institutionConflict(stored);
    }
    auto saved = store(session.venueId, next, stored.version);
    if (!saved) {
        return saved;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Outcome<core::InstitutionRecord>
InstitutionService::store(const QString& venueId, const core::InstitutionRecord& next, int expected)
{
    InstitutionRepository institutions(m_storage);
    const auto saved = institutions.save(venueId, next, expected);
    if (!saved) {
        return saved.error();
    }
    if (!*saved) {
        // PostgreSQL (read committed) lets two requests read the same version; the second one's guarded
        // write then matches no row. It lost the race exactly like a stale If-Match.
        const auto current = institutions.find(venueId);
        if (!current) {
            return current.error();
        }
        return institutionConflict(*current);
    }
    if (auto logged = ChangeLog(m_storage).record(venueId, ChangeKind::Institution, kInstitutionId, next.updatedAt);
        !logged) {
        return logged.error();
    }
    return next;
}

Outcome<DoctorPage> InstitutionService::doctors(const VenueSession& session, const QString& after, int limit)
{
    // One more than the page holds tells whether another page follows.
    auto doctors = InstitutionRepository(m_storage).doctors(session.venueId, after, limit + 1);
    if (!doctors) {
        return doctors.error();
    }
    DoctorPage page;
    page.doctors = std::move(doctors).value();
    if (page.doctors.size() > limit) {
        page.doctors.resize(limit);
        page.next = page.doctors.constLast().id;
    }
    return page;
}

Outcome<core::Doctor> InstitutionService::putDoctor(const VenueSession& session,
                                                    const QString& id,
                                                    const core::Doctor& content,
                                                    std::optional<int> ifMatch)
{
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    InstitutionRepository doctors(m_storage);
    if (auto locked = VenueRepository(m_storage).lockWrites(session.venueId); !locked) {
        return locked.error();
    }
    const auto found = doctors.findDoctor(id);
    if (!found) {
        return found.error();
    }
    if (*found && (*found)->venueId != session.venueId) {
        return notFound();
    }
    core::Doctor next = content;
    next.id = id;
    const QDateTime now = m_clock.now();
    StoredDoctor row{session.venueId, id, 1, std::nullopt, now};
    int expected = 0;
    if (*found) {
        const StoredDoctor& stored = **found;
        if (stored.doctor && stored.doctor->sameContent(next)) {
            return *stored.doctor;
        }
        if (!stored.doctor && ifMatch) {
            return notFound();
        }
        if (stored.doctor && ifMatch.value_or(0) != stored.version) {
            return doctorConflict(*stored.doctor);
        }
        expected = stored.version;
        row.version = stored.version + 1;
    } else if (ifMatch.value_or(0) != 0) {
        return notFound();
    }
    const bool adds = !*found || !(*found)->doctor;
    if (adds) {
        const auto live = doctors.countLiveDoctors(session.venueId);
        if (auto error = failed(live)) {
            return *error;
        }
        const auto rows = doctors.countDoctorRows(session.venueId);
        if (auto error = failed(rows)) {
            return *error;
        }
        if (*live >= venueLimits::kMaxDoctors || (!*found && *rows >= venueLimits::kMaxDoctorRows)) {
            return core::Error{u"id"_s,
                               tr("This venue already has %1 vaccinating doctors, the most allowed (%2). Please "
                                  "delete a doctor who no longer vaccinates here before adding another.")
                                   .arg(*live)
                                   .arg(venueLimits::kMaxDoctors),
                               core::ErrorCode::Invalid};
        }
    }
    next.version = row.version;
    next.updatedAt = now;
    row.doctor = next;
    const auto saved = doctors.saveDoctor(row, expected);
    if (!saved) {
        return saved.error();
    }
    if (!*saved) {
        const auto current = doctors.findDoctor(id);
        if (!current) {
            return current.error();
        }
        if (!*current || !(*current)->doctor) {
            return notFound();
        }
        return doctorConflict(*(*current)->doctor);
    }
    if (auto logged = ChangeLog(m_storage).record(session.venueId, ChangeKind::Doctor, id, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return next;
}

Outcome<void>
InstitutionService::deleteDoctor(const VenueSession& session, const QString& id, std::optional<int> ifMatch)
{
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    InstitutionRepository doctors(m_storage);
    if (auto locked = VenueRepository(m_storage).lockWrites(session.venueId); !locked) {
        return locked.error();
    }
    const auto found = doctors.findDoctor(id);
    if (!found) {
        return found.error();
    }
    if (!*found || (*found)->venueId != session.venueId) {
        return notFound();
    }
    const StoredDoctor& stored = **found;
    if (!stored.doctor) {
        return {};
    }
    if (ifMatch && *ifMatch != stored.version) {
        return doctorConflict(*stored.doctor);
    }
    const auto live = doctors.countLiveDoctors(session.venueId);
    if (auto error = failed(live)) {
        return *error;
    }
    if (*live <= 1) {
        const auto required = doctorRequired(session.venueId);
        if (!required) {
            return required.error();
        }
        if (*required) {
            return core::Error{u"id"_s, core::DoctorRequirement::lastDoctorMessage(), core::ErrorCode::InvalidStatus};
        }
    }
    const QDateTime now = m_clock.now();
    const StoredDoctor tombstone{session.venueId, id, stored.version + 1, std::nullopt, now};
    const auto saved = doctors.saveDoctor(tombstone, stored.version);
    if (!saved) {
        return saved.error();
    }
    if (!*saved) {
        return ServiceError{core::Error{u"If-Match"_s,
                                        tr("The doctor was changed elsewhere in the meantime. Please try again."),
                                        core::ErrorCode::VersionConflict}};
    }
    if (auto logged = ChangeLog(m_storage).record(session.venueId, ChangeKind::Doctor, id, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return {};
}

Outcome<bool> InstitutionService::doctorRequired(const QString& venueId)
{
    const auto confirmed = ApplicationRepository(m_storage).listByStatus(
        core::ApplicationStatusMachine::key(core::ApplicationStatus::Confirmed));
    if (!confirmed) {
        return confirmed.error();
    }
    QList<core::ApplicationRecord> venueApplications;
    for (const StoredApplication& stored : *confirmed) {
        if (stored.venueId == venueId) {
            venueApplications.append(stored.record);
        }
    }
    return core::DoctorRequirement::required(venueApplications);
}

Outcome<QList<StoredInstitution>> InstitutionService::pendingRequests()
{
    auto pending = InstitutionRepository(m_storage).pendingRequests();
    if (!pending) {
        return pending.error();
    }
    return std::move(pending).value();
}

Outcome<core::InstitutionRecord>
InstitutionService::decide(const QString& venueId, bool approve, const QString& comment)
{
    if (!approve && comment.trimmed().isEmpty()) {
        return core::Error{u"comment"_s, tr("Give the reason for the rejection: it tells the venue what to fix.")};
    }
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto found = InstitutionRepository(m_storage).find(venueId);
    if (!found) {
        return found.error();
    }
    if (!found->pending) {
        return core::Error{u"venue"_s, tr("The venue %1 has no change waiting for approval.").arg(venueId),
                           core::ErrorCode::NotFound};
    }
    auto saved = store(venueId, core::InstitutionChange::decided(*found, approve, comment.trimmed(), m_clock.now()),
                       found->version);
    if (!saved) {
        return saved;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Outcome<QList<core::Doctor>> InstitutionService::allDoctors(const QString& venueId)
{
    auto doctors = InstitutionRepository(m_storage).doctors(venueId, QString(), venueLimits::kMaxDoctorRows);
    if (!doctors) {
        return doctors.error();
    }
    return std::move(doctors).value();
}

} // namespace vsys::server
