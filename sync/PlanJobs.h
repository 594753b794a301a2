// SPDX-License-Identifier: MIT
// PlanJobs: GET /plan and PUT /plan, the venue's 接種計画 (docs/api.md "接種計画") with the server's time.
#pragma once

#include "core/plan/PlanChange.h"
#include "sync/ApiJob.h"
#include "sync/ServerTime.h"

#include <QList>
#include <QString>

#include <optional>

namespace vsys::sync {

/// Why the server did not take a plan, as it said it: the rules of core::PlanChange (or a stale
/// version) judged at the server's time.
struct PlanRejection
{
    QString code; ///< invalid_field, cool_locked, plan_locked, approval_required or version_conflict
    QString message; ///< the server's Japanese message, for the user as it is
    QString field; ///< what it names, e.g. "rows[2].needle_boxes"; may be empty
    std::optional<core::VenuePlan> serverCopy; ///< version_conflict: the plan as the server has it

    bool operator==(const PlanRejection&) const = default;
};

/// Both requests answer `{"server_time","plan"}`, read with the shared codec (core::PlanJson).
class PlanJob : public ApiJob
{
    Q_OBJECT
public:
    /// The plan the server answered with (valid once succeeded()).
    const core::VenuePlan& plan() const { return m_plan; }
    /// server_time of the answer (valid once succeeded()).
    const ServerTime& serverTime() const { return m_serverTime; }
    /// The server's refusal of the plan (400 invalid_field, 409 cool_locked, plan_locked,
    /// approval_required, version_conflict); nullopt on success and on failures of any other kind
    /// (network, session, ...), which error() describes.
    std::optional<PlanRejection> rejection() const;

protected:
    using ApiJob::ApiJob;
    core::Result<void> readBody(const QByteArray& body) override;

private:
    core::VenuePlan m_plan;
    ServerTime m_serverTime;
};

class GetPlanJob : public PlanJob
{
    Q_OBJECT
public:
    explicit GetPlanJob(ApiAccessManager& manager, QObject* parent = nullptr);

    void start() override;
};

/// 登録/変更する: the rows of the page laid over the plan of `baseVersion` (0 for the first registration).
class PutPlanJob : public PlanJob
{
    Q_OBJECT
public:
    /// `requestApproval` is 「国の確認を依頼する」, for a total above the 初回登録時 one.
    PutPlanJob(ApiAccessManager& manager,
               QList<core::PlanRow> rows,
               bool requestApproval,
               int baseVersion,
               QObject* parent = nullptr);

    void start() override;

private:
    QList<core::PlanRow> m_rows;
    bool m_requestApproval = false;
    int m_baseVersion = 0;
};

} // namespace vsys::sync
