// SPDX-License-Identifier: MIT
// PlanReviewService: the ministry reviewer's side of a 接種計画 change above the 初回登録時 total (国の確認).
#pragma once

#include "core/plan/PlanChange.h"
#include "server/ServerClock.h"
#include "server/service/Outcome.h"
#include "server/storage/PlanRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vsys::server {

class Storage;

/// Each decision is one transaction with its change-log row, so the venue sees it on its next
/// GET /changes. The 初回登録時 total never changes here.
class PlanReviewService
{
    Q_DECLARE_TR_FUNCTIONS(PlanReviewService)
public:
    PlanReviewService(Storage& storage, const ServerClock& clock = {});

    /// Plans with a pending request, oldest request first.
    Outcome<QList<StoredPlan>> listPending();
    /// The requested rows become the plan; `comment` is optional.
    Outcome<core::VenuePlan> approve(const QString& venueId, const QString& comment);
    /// The plan stays as it is; `comment` (required) tells the venue why.
    Outcome<core::VenuePlan> deny(const QString& venueId, const QString& comment);

private:
    Outcome<core::VenuePlan> decide(const QString& venueId, core::PlanApproval::State decision, const QString& comment);

    Storage& m_storage;
    ServerClock m_clock;
};

} // namespace vsys::server
