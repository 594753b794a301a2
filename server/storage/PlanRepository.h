// SPDX-License-Identifier: MIT
// PlanRepository: each venue's 接種計画 (core::VenuePlan), with the 国の確認 it asked for.
#pragma once

#include "core/Result.h"
#include "core/plan/PlanChange.h"

#include <QList>
#include <QString>

namespace vsys::server {

class Storage;

struct StoredPlan
{
    QString venueId;
    core::VenuePlan plan;
};

class PlanRepository
{
public:
    explicit PlanRepository(Storage& storage);

    /// The venue's plan; version 0 without rows when it never registered one.
    core::Result<core::VenuePlan> find(const QString& venueId);
    /// Every venue's plan whose 国の確認 is pending, oldest request first (the reviewer's queue).
    core::Result<QList<StoredPlan>> pendingApprovals();
    /// Writes `plan` if the stored one is still at `expectedVersion` (0: there is none yet); false if not.
    core::Result<bool> save(const QString& venueId, const core::VenuePlan& plan, int expectedVersion);

private:
    Storage& m_storage;
};

} // namespace vsys::server
