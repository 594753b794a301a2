// SPDX-License-Identifier: MIT
// InstitutionRepository: each venue's 医療機関情報 (core::InstitutionRecord) and its 接種担当医師, tombstones included.
#pragma once

#include "core/Result.h"
#include "core/institution/Doctor.h"
#include "core/institution/InstitutionDetails.h"

#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct ChangeRange;

struct StoredInstitution
{
    QString venueId;
    core::InstitutionRecord record;
};

/// A doctor row: live (doctor set) or a tombstone.
struct StoredDoctor
{
    QString venueId;
    QString id;
    int version = 0;
    std::optional<core::Doctor> doctor; ///< nullopt: deleted
    QDateTime updatedAt;
};

class InstitutionRepository
{
public:
    explicit InstitutionRepository(Storage& storage);

    /// The venue's record; version 0 with empty values when it never saved one.
    core::Result<core::InstitutionRecord> find(const QString& venueId);
    /// Every venue's record with a pending request, oldest request first (the municipality's queue).
    core::Result<QList<StoredInstitution>> pendingRequests();
    /// Writes `record` if the stored one is still at `expectedVersion` (0: none yet); false if not.
    core::Result<bool> save(const QString& venueId, const core::InstitutionRecord& record, int expectedVersion);

    /// The doctor row of `id`, of whichever venue.
    core::Result<std::optional<StoredDoctor>> findDoctor(const QString& id);
    /// The venue's doctors (live or deleted) changed in `range` (GET /changes).
    core::Result<QList<StoredDoctor>> changedDoctors(const QString& venueId, const ChangeRange& range);
    /// The venue's live doctors with an id after `after`, by id, at most `limit`.
    core::Result<QList<core::Doctor>> doctors(const QString& venueId, const QString& after, int limit);
    core::Result<int> countLiveDoctors(const QString& venueId);
    /// Live and deleted rows: what the venue holds in the table.
    core::Result<int> countDoctorRows(const QString& venueId);
    /// Inserts or updates the row at `expectedVersion` (0: a new row); false when it lost a race.
    core::Result<bool> saveDoctor(const StoredDoctor& row, int expectedVersion);

private:
    Storage& m_storage;
};

} // namespace vsys::server
