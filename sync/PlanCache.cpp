// SPDX-License-Identifier: MIT
// PlanCache: db::PlanStore for the open account, and the PUT /plan round trip.
#include "sync/PlanCache.h"

#include "sync/Logging.h"
#include "sync/PlanJobs.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

QString planNotSentOffline()
{
    return PlanCache::tr("The vaccination plan could not be sent because the server cannot be reached. Your "
                         "entries are kept on this computer; please register the plan again when the connection is "
                         "back.");
}

} // namespace

PlanCache::PlanCache(db::Database& database, ApiAccessManager& manager, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_plans(database)
{}

PlanCache::~PlanCache() = default;

void PlanCache::setAccount(qint64 accountId)
{
    if (accountId == m_accountId) {
        return;
    }
    m_accountId = accountId;
    if (m_putJob) {
        m_putJob->abort();
        m_putJob.clear();
    }
}

std::optional<core::VenuePlan> PlanCache::plan() const
{
    if (m_accountId == 0) {
        return std::nullopt;
    }
    const auto stored = m_plans.plan(m_accountId);
    if (!stored) {
        qCWarning(lcPlan).noquote() << "Cannot read the cached plan:" << stored.error().message;
        return std::nullopt;
    }
    return *stored ? std::optional<core::VenuePlan>((*stored)->plan) : std::nullopt;
}

QList<core::CoolPeriod> PlanCache::cools() const
{
    if (m_accountId == 0) {
        return {};
    }
    const auto cools = m_plans.cools(m_accountId);
    if (!cools) {
        qCWarning(lcPlan).noquote() << "Cannot read the cached calendar:" << cools.error().message;
        return {};
    }
    return *cools;
}

QDateTime PlanCache::serverNow() const
{
    qint64 offsetMs = 0;
    if (m_accountId != 0) {
        if (const auto stored = m_plans.plan(m_accountId); stored && *stored) {
            offsetMs = (*stored)->serverTimeOffsetMs.value_or(0);
        }
    }
    return QDateTime::currentDateTimeUtc().addMSecs(offsetMs);
}

void PlanCache::store(const core::VenuePlan& plan, std::optional<qint64> serverTimeOffsetMs)
{
    const auto changedNow = m_plans.savePlan(m_accountId, plan, QDateTime::currentDateTimeUtc(), serverTimeOffsetMs);
    if (!changedNow) {
        emit error(changedNow.error().message);
        return;
    }
    if (*changedNow) {
        emit changed();
    }
}

void PlanCache::registerPlan(const QList<core::PlanRow>& rows, bool requestApproval, Blocker blocker)
{
    if (blocker == Blocker::NoAccount || m_accountId == 0) {
        emit refused(u"unauthorized"_s, tr("Please log in to register the vaccination plan."), {});
        return;
    }
    // Kept before anything is sent, so that whatever happens to the request the input survives.
    const db::PlanDraft draft{rows, requestApproval, QDateTime::currentDateTimeUtc()};
    if (auto kept = m_plans.saveDraft(m_accountId, draft); !kept) {
        emit error(kept.error().message);
    }
    if (m_putJob) {
        emit refused(u"busy"_s,
                     tr("The vaccination plan is being sent. Please wait for the server's answer, then "
                        "register again if needed."),
                     {});
        return;
    }
    if (blocker == Blocker::SignedOut) {
        emit refused(u"unauthorized"_s,
                     tr("The vaccination plan could not be sent because you are not logged in. Your entries "
                        "are kept on this computer; please log in and register the plan again."),
                     {});
        return;
    }
    if (blocker == Blocker::Offline) {
        emit refused(u"network"_s, planNotSentOffline(), {});
        return;
    }
    const auto current = plan();
    auto* job = new PutPlanJob(m_manager, rows, requestApproval, current ? current->version : 0, this);
    m_putJob = job;
    connect(job, &ApiJob::finished, this,
            [this, job, rows, requestApproval] { onRegistered(*job, rows, requestApproval); });
    job->start();
}

void PlanCache::onRegistered(PutPlanJob& job, const QList<core::PlanRow>& rows, bool requestApproval)
{
    m_putJob.clear();
    const ApiError& failure = job.error();
    switch (failure.kind) {
    case ApiErrorKind::None:
        emit serverReached(true);
        store(job.plan(), job.serverTime().offsetMs());
        removeDraftIfSent(rows, requestApproval);
        emit registered(job.plan());
        return;
    case ApiErrorKind::Network:
        emit serverReached(false);
        emit refused(u"network"_s, planNotSentOffline(), {});
        return;
    case ApiErrorKind::Auth:
        emit refused(u"unauthorized"_s,
                     tr("The vaccination plan could not be sent because your login has ended. Your entries are "
                        "kept on this computer; please log in again and register the plan again."),
                     {});
        emit authenticationFailed();
        return;
    case ApiErrorKind::Conflict:
    case ApiErrorKind::Rejected:
        break;
    }
    emit serverReached(failure.httpStatus != 0);
    if (const auto rejection = job.rejection(); rejection && rejection->code == u"version_conflict"_s) {
        if (rejection->serverCopy) {
            store(*rejection->serverCopy, std::nullopt);
        } else {
            // A copy that cannot be read is fetched whole instead, so the page still shows the server's plan.
            emit fetchRequested();
        }
    }
    emit refused(failure.code, failure.message, failure.field);
}

void PlanCache::removeDraftIfSent(const QList<core::PlanRow>& rows, bool requestApproval)
{
    const auto draft = m_plans.draft(m_accountId);
    if (!draft) {
        emit error(draft.error().message);
        return;
    }
    // Input typed while the request was on its way is newer than what the server accepted: it stays.
    if (!*draft || (*draft)->rows != rows || (*draft)->requestApproval != requestApproval) {
        return;
    }
    if (auto removed = m_plans.removeDraft(m_accountId); !removed) {
        emit error(removed.error().message);
    }
}

} // namespace vsys::sync
