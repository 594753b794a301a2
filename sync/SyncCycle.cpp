// SPDX-License-Identifier: MIT
// SyncCycle: a page of the feed is stored with its cursor in one transaction, so a cycle cut short resumes
// at the next page and nothing is applied twice.
#include "sync/SyncCycle.h"

#include "sync/ApiAccessManager.h"
#include "sync/ChangesJob.h"
#include "sync/Outbox.h"
#include "sync/PlanCache.h"
#include "sync/PlanJobs.h"

namespace vsys::sync {

SyncCycle::SyncCycle(db::Database& database, ApiAccessManager& manager, PlanCache& plans, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_manager(manager)
    , m_plans(plans)
    , m_syncState(database)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { start(false); });
}

SyncCycle::~SyncCycle() = default;

void SyncCycle::open(const db::Account& account, Outbox& outbox)
{
    m_account = account;
    if (m_outbox == &outbox) {
        return;
    }
    m_outbox = &outbox;
    connect(&outbox, &Outbox::idle, this, &SyncCycle::onOutboxIdle);
    connect(&outbox, &Outbox::networkFailed, this, [this] { m_outboxOffline = true; });
}

void SyncCycle::close()
{
    ++m_generation;
    m_timer.stop();
    dropJob();
    if (m_outbox) {
        m_outbox->disconnect(this);
    }
    m_outbox.clear();
    m_account.reset();
    m_stage = Stage::Idle;
    m_queuedOnDemand.reset();
    m_planFetchDue = false;
}

void SyncCycle::resume()
{
    m_planFetchDue = true;
    m_timer.start();
    start(true);
}

void SyncCycle::pause()
{
    ++m_generation;
    m_timer.stop();
    dropJob();
    if (isRunning()) {
        m_queuedOnDemand.reset();
        finish();
    }
}

void SyncCycle::start(bool onDemand)
{
    if (!m_account || !m_outbox || !m_timer.isActive()) {
        return;
    }
    if (isRunning()) {
        m_queuedOnDemand = m_queuedOnDemand.value_or(false) || onDemand;
        return;
    }
    m_stage = Stage::Outbox;
    m_outboxOffline = false;
    // On demand the user is asking "now": no change keeps waiting for its retry time.
    if (onDemand) {
        m_outbox->retryNow();
    } else {
        m_outbox->start();
    }
}

void SyncCycle::fetchPlan()
{
    m_planFetchDue = true;
}

void SyncCycle::onOutboxIdle()
{
    if (m_stage != Stage::Outbox) {
        return;
    }
    if (m_outboxOffline) {
        finish();
        return;
    }
    fetchChanges();
}

void SyncCycle::fetchChanges()
{
    m_stage = Stage::Changes;
    const auto cursor = m_syncState.cursor(m_account->id);
    if (!cursor) {
        emit error(cursor.error().message);
        finish();
        return;
    }
    auto* job = new ChangesJob(m_manager, *cursor, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, since = *cursor] { onChangesPage(*job, since); });
    job->start();
}

void SyncCycle::onChangesPage(const ChangesJob& job, const QString& since)
{
    m_job.clear();
    if (job.error().kind != ApiErrorKind::None) {
        endAfterFailure(job.error());
        return;
    }
    const quint64 generation = m_generation;
    emit serverReached(true);
    if (generation != m_generation) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto applied = ChangeApplier(m_database, *m_account).apply(job.changes(), job.cursor(), now);
    if (!applied) {
        emit error(applied.error().message);
        finish();
        return;
    }
    emit this->applied(*applied);
    if (generation != m_generation) {
        return;
    }
    // A page that does not move the cursor would be asked for forever; the next cycle tries again.
    if (job.hasMore() && job.cursor() != since) {
        fetchChanges();
        return;
    }
    emit synced(now);
    if (generation != m_generation) {
        return;
    }
    // The server answers again: changes waiting out a retry delay need not wait any longer.
    m_outbox->retryNow();
    if (m_planFetchDue || !m_plans.plan()) {
        startPlanFetch();
        return;
    }
    finish();
}

void SyncCycle::startPlanFetch()
{
    m_stage = Stage::Plan;
    auto* job = new GetPlanJob(m_manager, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        m_job.clear();
        if (job->error().kind != ApiErrorKind::None) {
            endAfterFailure(job->error());
            return;
        }
        const quint64 generation = m_generation;
        emit serverReached(true);
        if (generation != m_generation) {
            return;
        }
        m_planFetchDue = false;
        m_plans.store(job->plan(), job->serverTime().offsetMs());
        if (generation == m_generation) {
            finish();
        }
    });
    job->start();
}

void SyncCycle::endAfterFailure(const ApiError& failure)
{
    const quint64 generation = m_generation;
    switch (failure.kind) {
    case ApiErrorKind::Auth:
        // A new sign-in (or the password dialog) ends the cycle instead.
        emit authenticationFailed();
        return;
    case ApiErrorKind::Network:
        emit serverReached(false);
        break;
    case ApiErrorKind::None:
    case ApiErrorKind::Conflict:
    case ApiErrorKind::Rejected:
        emit serverReached(failure.httpStatus != 0);
        emit error(failure.message);
        break;
    }
    if (generation == m_generation) {
        finish();
    }
}

void SyncCycle::finish()
{
    m_stage = Stage::Idle;
    const std::optional<bool> again = std::exchange(m_queuedOnDemand, std::nullopt);
    const quint64 generation = m_generation;
    emit finished();
    if (again && generation == m_generation) {
        start(*again);
    }
}

void SyncCycle::dropJob()
{
    if (m_job) {
        m_job->abort();
        m_job.clear();
    }
}

} // namespace vsys::sync
