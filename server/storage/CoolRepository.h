// SPDX-License-Identifier: MIT
// CoolRepository: the クール calendar (two-week delivery periods) and each venue's 分配実績 per クール.
#pragma once

#include "core/Result.h"
#include "core/plan/Allocation.h"
#include "core/plan/CoolPeriod.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct ChangeRange;

/// One venue's allocation of one クール, as vsysdesk-admin lists it.
struct StoredAllocation
{
    QString venueId;
    int coolId = 0;
    core::Allocation allocation;
};

/// The calendar is global; the 分配実績 (core::CoolPeriod::allocatedBoxes, the needle boxes and the
/// 配送予定日) is read for one venue, so a venue never sees another's allocation.
class CoolRepository
{
public:
    explicit CoolRepository(Storage& storage);

    /// Inserts the クール or replaces the one with the same id (allocatedBoxes is not stored here).
    core::Result<void> save(const core::CoolPeriod& cool, const QDateTime& now);
    /// With `venueId`'s 分配実績; without a venue, every クール is 未定.
    core::Result<std::optional<core::CoolPeriod>> find(int id, const QString& venueId = {});
    /// Every クール by id, with `venueId`'s 分配実績 as find() reads it.
    core::Result<QList<core::CoolPeriod>> all(const QString& venueId = {});
    /// The クール changed in `range` for `venueId` (their calendar or its allocation), with its allocation.
    core::Result<QList<core::CoolPeriod>> changedForVenue(const QString& venueId, const ChangeRange& range);

    /// Inserts or replaces the venue's allocation of the クール (checked by core::AllocationRules before).
    core::Result<void>
    setAllocation(const QString& venueId, int coolId, const core::Allocation& allocation, const QDateTime& now);
    /// The venue's allocation of the クール; nothing when none was set.
    core::Result<std::optional<core::Allocation>> allocation(const QString& venueId, int coolId);
    /// Every allocation of `venueId` (of every venue when empty), by venue and クール.
    core::Result<QList<StoredAllocation>> allocations(const QString& venueId = {});

private:
    core::Result<QList<core::CoolPeriod>> select(const QString& sql, const QVariantMap& values);

    Storage& m_storage;
};

} // namespace vsys::server
