// SPDX-License-Identifier: MIT
// CoolRepository: the クール calendar (two-week delivery periods) and each venue's 分配実績 per クール.
#pragma once

#include "core/Result.h"
#include "core/plan/CoolPeriod.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

/// The calendar is global; the 分配実績 (core::CoolPeriod::allocatedBoxes) is read for one venue,
/// so a venue never sees another's boxes.
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

    core::Result<void> setAllocation(const QString& venueId, int coolId, int boxes, const QDateTime& now);

private:
    Storage& m_storage;
};

} // namespace vsys::server
