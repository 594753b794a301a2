// SPDX-License-Identifier: MIT
// PlanService: what a venue may do with its 接種計画 (登録・変更, 国の確認の依頼), by core::PlanChange.
#pragma once

#include "core/plan/PlanChange.h"
#include "server/ServerClock.h"
#include "server/service/Outcome.h"
#include "server/service/SessionService.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace vsys::server {

class Storage;

/// The plan is the session's venue's; there is no way to name another venue's. The rules are judged
/// at the server clock's time, the one GET /cools and GET /plan send as server_time.
class PlanService
{
    Q_DECLARE_TR_FUNCTIONS(PlanService)
public:
    PlanService(Storage& storage, const ServerClock& clock);

    /// The venue's plan (version 0 when it never registered one).
    Outcome<core::VenuePlan> get(const VenueSession& session);
    /// `rows` laid over the stored plan, if `ifMatch` (absent: 0) is its version and core::PlanChange
    /// accepts them: the plan itself, or a pending 国の確認 with the plan unchanged. A request that
    /// changes nothing answers the stored plan as it is.
    Outcome<core::VenuePlan> put(const VenueSession& session,
                                 const QList<core::PlanRow>& rows,
                                 bool requestApproval,
                                 std::optional<int> ifMatch);

private:
    Storage& m_storage;
    ServerClock m_clock;
};

/// Helpers the venue's and the reviewer's plan services share.
namespace planRules {

/// VersionConflict carrying the stored plan as server_copy.
ServiceError versionConflict(const core::VenuePlan& serverCopy);
/// Stores `next` over the venue's plan at `expectedVersion` and notes the change for GET /changes;
/// a lost race is a VersionConflict with the plan that won. Call it inside a transaction.
Outcome<core::VenuePlan>
save(Storage& storage, const QString& venueId, const core::VenuePlan& next, int expectedVersion);

} // namespace planRules

} // namespace vsys::server
