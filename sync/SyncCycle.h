// SPDX-License-Identifier: MIT
// SyncCycle: one round of sync for the open account: the outbox until it is idle, then every page of
// GET /changes, then GET /plan once per sign-in; every interval and on demand.
#pragma once

#include "db/AccountRepository.h"
#include "db/SyncStateRepository.h"
#include "sync/ChangeApplier.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>
#include <utility>

namespace vsys::sync {

class ApiAccessManager;
class ApiJob;
class ChangesJob;
struct ApiError;
class Outbox;
class PlanCache;

/// Local edits go first, so the changes feed finds them already on the server instead of racing them.
/// Signals may be answered by closing the account (the UI logs out): after each one the cycle checks
/// whether it was closed meanwhile, and its jobs are aborted, never deleted inside their own finished().
class SyncCycle : public QObject
{
    Q_OBJECT
public:
    SyncCycle(db::Database& database, ApiAccessManager& manager, PlanCache& plans, QObject* parent = nullptr);
    ~SyncCycle() override;

    /// The account to sync and its outbox, whose idle() and networkFailed() the cycle follows.
    void open(const db::Account& account, Outbox& outbox);
    /// Forgets the account: the timer stops and a cycle under way is dropped without a signal.
    void close();
    /// Signed in: cycles every interval from now, the first at once and with GET /plan.
    void resume();
    /// Signed out: no more cycles until resume(); one under way ends (finished()).
    void pause();
    /// A cycle now (`onDemand`: changes waiting for their retry time go too); one under way is
    /// followed by another.
    void start(bool onDemand);
    /// The next cycle fetches the whole plan too.
    void fetchPlan();
    bool isRunning() const { return m_stage != Stage::Idle; }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }

signals:
    /// A cycle ended, successfully or not.
    void finished();
    /// Every change up to now is here (the last page of /changes was applied).
    void synced(const QDateTime& at);
    /// A page of /changes was stored.
    void applied(const vsys::sync::AppliedChanges& changes);
    void serverReached(bool reached);
    void authenticationFailed();
    void error(const QString& message);

private:
    enum class Stage { Idle, Outbox, Changes, Plan };

    void onOutboxIdle();
    /// GET /changes from the stored cursor: one page; onChangesPage() asks for the next one.
    void fetchChanges();
    /// Applies a page and stores its cursor; the cycle goes on with the next page, and after the
    /// last one counts as a sync.
    void onChangesPage(const ChangesJob& job, const QString& since);
    void startPlanFetch();
    void finish();
    /// A request of the cycle failed: say so (offline, the server's message, or a new sign-in).
    void endAfterFailure(const ApiError& failure);
    void dropJob();

    db::Database& m_database;
    ApiAccessManager& m_manager;
    PlanCache& m_plans;
    db::SyncStateRepository m_syncState;
    std::optional<db::Account> m_account;
    QPointer<Outbox> m_outbox;
    QPointer<ApiJob> m_job;
    QTimer m_timer;
    Stage m_stage = Stage::Idle;
    /// Asked for while a cycle ran: another follows, on demand if any request was.
    std::optional<bool> m_queuedOnDemand;
    /// The outbox found no network in this cycle: the feed is not asked for.
    bool m_outboxOffline = false;
    /// GET /plan once per sign-in: it fills the cache the first time and measures the server's
    /// time; /changes keeps the plan current after that.
    bool m_planFetchDue = false;
    /// Counts close() and pause(): code that emitted a signal checks it to see whether it may go on.
    quint64 m_generation = 0;
};

} // namespace vsys::sync
