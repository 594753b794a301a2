// SPDX-License-Identifier: MIT
// PlanService: the version first, then core::PlanChange; each accepted change is one transaction.
#include "server/service/PlanService.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/CoolRepository.h"
#include "server/storage/PlanRepository.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace planRules {

ServiceError versionConflict(const core::VenuePlan& serverCopy)
{
    return {Failure::VersionConflict,
            {u"If-Match"_s,
             PlanService::tr("The vaccination plan was changed elsewhere in the meantime (version %1 on the server). "
                             "Please compare your entries with the server's plan and register again.")
                 .arg(serverCopy.version)},
            core::PlanJson::toJson(serverCopy),
            {}};
}

Outcome<core::VenuePlan>
save(Storage& storage, const QString& venueId, const core::VenuePlan& next, int expectedVersion)
{
    PlanRepository plans(storage);
    const auto saved = plans.save(venueId, next, expectedVersion);
    if (!saved) {
        return saved.error();
    }
    if (!*saved) {
        // PostgreSQL (read committed) lets two requests read the same version; the second one's
        // guarded write then matches no row. It lost the race exactly like a stale If-Match.
        const auto current = plans.find(venueId);
        if (!current) {
            return current.error();
        }
        return versionConflict(*current);
    }
    if (auto logged = ChangeLog(storage).record(venueId, ChangeKind::Plan, u"plan"_s, next.updatedAt); !logged) {
        return logged.error();
    }
    return next;
}

} // namespace planRules

namespace {

Failure failureOf(core::PlanRefusal refusal)
{
    switch (refusal) {
    case core::PlanRefusal::InvalidRow:
        return Failure::InvalidField;
    case core::PlanRefusal::CoolLocked:
        return Failure::CoolLocked;
    case core::PlanRefusal::PlanLocked:
        return Failure::PlanLocked;
    case core::PlanRefusal::ApprovalRequired:
        return Failure::ApprovalRequired;
    }
    Q_UNREACHABLE();
    return Failure::InvalidField;
}

int totalOf(const QList<core::PlanRow>& rows)
{
    core::VenuePlan plan;
    plan.rows = rows;
    return plan.totalBoxes();
}

} // namespace

PlanService::PlanService(Storage& storage, const ServerClock& clock)
    : m_storage(storage)
    , m_clock(clock)
{}

Outcome<core::VenuePlan> PlanService::get(const VenueSession& session)
{
    auto plan = PlanRepository(m_storage).find(session.venueId);
    if (!plan) {
        return plan.error();
    }
    return std::move(plan).value();
}

Outcome<core::VenuePlan> PlanService::put(const VenueSession& session,
                                          const QList<core::PlanRow>& rows,
                                          bool requestApproval,
                                          std::optional<int> ifMatch)
{
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto found = PlanRepository(m_storage).find(session.venueId);
    if (!found) {
        return found.error();
    }
    const core::VenuePlan& stored = *found;
    if (ifMatch.value_or(0) != stored.version) {
        return planRules::versionConflict(stored);
    }
    const auto cools = CoolRepository(m_storage).all(session.venueId);
    if (!cools) {
        return cools.error();
    }
    const QDateTime now = m_clock.now();
    const core::PlanVerdict verdict = core::PlanChange::check(stored, rows, *cools, now, requestApproval);
    if (!verdict.accepted()) {
        return ServiceError{failureOf(*verdict.refusal), verdict.error, std::nullopt, {}};
    }

    const QList<core::PlanRow> merged = core::PlanChange::merged(stored, rows);
    core::VenuePlan next = stored;
    switch (verdict.outcome) {
    case core::PlanOutcome::FirstRegistration:
        next.rows = merged;
        next.initialTotalBoxes = totalOf(merged);
        break;
    case core::PlanOutcome::Apply: {
        if (!core::PlanChange::changes(stored, rows)) {
            return stored;
        }
        next.rows = merged;
        // An accepted change is at or below 初回登録時 (else it would need the 国), so a pending
        // request for more is withdrawn (docs/api.md).
        if (next.approval && next.approval->state == core::PlanApproval::State::Pending) {
            next.approval.reset();
        }
        break;
    }
    case core::PlanOutcome::RequestApproval: {
        core::PlanApproval approval;
        approval.requestedRows = merged;
        approval.requestedTotalBoxes = totalOf(merged);
        approval.requestedAt = now;
        next.approval = approval;
        break;
    }
    }
    next.version = stored.version + 1;
    next.updatedAt = now;
    auto saved = planRules::save(m_storage, session.venueId, next, stored.version);
    if (!saved) {
        return saved;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return saved;
}

} // namespace vsys::server
