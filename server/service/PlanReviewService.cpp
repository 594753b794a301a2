// SPDX-License-Identifier: MIT
// PlanReviewService: only a pending request can be decided, and only once.
#include "server/service/PlanReviewService.h"

#include "server/service/PlanService.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

PlanReviewService::PlanReviewService(Storage& storage, const ServerClock& clock)
    : m_storage(storage)
    , m_clock(clock)
{}

Outcome<QList<StoredPlan>> PlanReviewService::listPending()
{
    auto pending = PlanRepository(m_storage).pendingApprovals();
    if (!pending) {
        return pending.error();
    }
    return std::move(pending).value();
}

Outcome<core::VenuePlan> PlanReviewService::approve(const QString& venueId, const QString& comment)
{
    return decide(venueId, core::PlanApproval::State::Approved, comment);
}

Outcome<core::VenuePlan> PlanReviewService::deny(const QString& venueId, const QString& comment)
{
    if (comment.trimmed().isEmpty()) {
        return ServiceError{core::Error{u"comment"_s,
                                        tr("Comment: write why the plan change is not confirmed; the venue will "
                                           "see it."),
                                        core::ErrorCode::Invalid}};
    }
    return decide(venueId, core::PlanApproval::State::Denied, comment);
}

Outcome<core::VenuePlan>
PlanReviewService::decide(const QString& venueId, core::PlanApproval::State decision, const QString& comment)
{
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto stored = PlanRepository(m_storage).find(venueId);
    if (!stored) {
        return stored.error();
    }
    if (!stored->approval || stored->approval->state != core::PlanApproval::State::Pending) {
        return ServiceError{core::Error{
            u"venue"_s, tr("Venue %1 has no plan change waiting for the government's confirmation.").arg(venueId),
            core::ErrorCode::InvalidStatus}};
    }
    const QDateTime now = m_clock.now();
    core::VenuePlan next = *stored;
    next.approval->state = decision;
    next.approval->comment = comment.trimmed();
    next.approval->decidedAt = now;
    if (decision == core::PlanApproval::State::Approved) {
        next.rows = next.approval->requestedRows;
    }
    next.version = stored->version + 1;
    next.updatedAt = now;
    auto saved = planRules::save(m_storage, venueId, next, stored->version);
    if (!saved) {
        return saved;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return saved;
}

} // namespace vsys::server
