// SPDX-License-Identifier: MIT
// SyncService: a cycle is "outbox until idle, then every page of GET /changes" (and GET /plan once per
// sign-in); local edits go first, so the changes feed finds them already on the server instead of racing them.
#include "sync/SyncService.h"

#include "sync/ApiAccessManager.h"
#include "sync/ChangeApplier.h"
#include "sync/ChangesJob.h"
#include "sync/Logging.h"
#include "sync/LoginJob.h"
#include "sync/LogoutJob.h"
#include "sync/Outbox.h"
#include "sync/PlanJobs.h"
#include "sync/SecretStore.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

QString planNotSentOffline()
{
    return SyncService::tr("The vaccination plan could not be sent because the server cannot be reached. Your "
                           "entries are kept on this computer; please register the plan again when the connection is "
                           "back.");
}

} // namespace

SyncService::SyncService(db::Database& database, SecretStore& secrets, ApiAccessManager& manager, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_manager(manager)
    , m_accounts(database)
    , m_syncState(database)
    , m_plans(database)
{
    m_timer.setInterval(kDefaultSyncInterval);
    connect(&m_timer, &QTimer::timeout, this, [this] { startCycle(false); });
}

SyncService::~SyncService() = default;

void SyncService::login(const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember)
{
    startLogin(serverUrl, vsysId, password, remember, false);
}

core::Result<void> SyncService::resume(const QUrl& serverUrl, const QString& vsysId)
{
    const auto found = m_accounts.find(serverUrl, vsysId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return core::Error{
            u"vsysId"_s,
            tr("V-SYS ID %1 has not logged in to this server from this computer yet. Please log in.").arg(vsysId)};
    }
    if (m_account && m_account->id != (*found)->id) {
        return core::Error{u"vsysId"_s,
                           tr("V-SYS ID %1 is in use in this window. Please log out first.").arg(m_account->vsysId)};
    }
    if (auto set = m_manager.setServerUrl(serverUrl); !set) {
        return set;
    }
    openAccount(**found);
    m_secrets.read(SecretStore::key(serverUrl, vsysId, SecretStore::Secret::Token), this,
                   [this, accountId = (*found)->id](const core::Result<std::optional<QString>>& token) {
                       if (!m_account || m_account->id != accountId) {
                           return;
                       }
                       if (token && *token && !(*token)->isEmpty()) {
                           m_manager.setToken(**token);
                           becomeSignedIn();
                           return;
                       }
                       if (!token) {
                           emit syncError(token.error().message);
                       }
                       loginWithRememberedPassword();
                   });
    return {};
}

void SyncService::logout()
{
    if (!m_account) {
        return;
    }
    if (m_manager.hasToken()) {
        // The request is stamped with the token right here, so the token can be dropped at once.
        auto* job = new LogoutJob(m_manager, this);
        job->start();
    }
    m_manager.clearToken();
    forgetSecret(SecretStore::key(m_account->serverUrl, m_account->vsysId, SecretStore::Secret::Token));
    closeAccount();
    if (m_signedIn) {
        m_signedIn = false;
        emit signedInChanged(false);
    }
}

int SyncService::pendingCount() const
{
    if (!m_outbox) {
        return 0;
    }
    const auto count = m_outbox->pendingCount();
    return count ? *count : 0;
}

void SyncService::syncNow()
{
    startCycle(true);
}

void SyncService::setSyncInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::optional<core::VenuePlan> SyncService::plan() const
{
    if (!m_account) {
        return std::nullopt;
    }
    const auto stored = m_plans.plan(m_account->id);
    if (!stored) {
        qCWarning(lcPlan).noquote() << "Cannot read the cached plan:" << stored.error().message;
        return std::nullopt;
    }
    return *stored ? std::optional<core::VenuePlan>((*stored)->plan) : std::nullopt;
}

QList<core::CoolPeriod> SyncService::cools() const
{
    if (!m_account) {
        return {};
    }
    const auto cools = m_plans.cools(m_account->id);
    if (!cools) {
        qCWarning(lcPlan).noquote() << "Cannot read the cached calendar:" << cools.error().message;
        return {};
    }
    return *cools;
}

QDateTime SyncService::serverNow() const
{
    qint64 offsetMs = 0;
    if (m_account) {
        if (const auto stored = m_plans.plan(m_account->id); stored && *stored) {
            offsetMs = (*stored)->serverTimeOffsetMs.value_or(0);
        }
    }
    return QDateTime::currentDateTimeUtc().addMSecs(offsetMs);
}

void SyncService::registerPlan(const QList<core::PlanRow>& rows, bool requestApproval)
{
    if (!m_account) {
        emit planRefused(u"unauthorized"_s, tr("Please log in to register the vaccination plan."), {});
        return;
    }
    // Kept before anything is sent, so that whatever happens to the request the input survives.
    const db::PlanDraft draft{rows, requestApproval, QDateTime::currentDateTimeUtc()};
    if (auto kept = m_plans.saveDraft(m_account->id, draft); !kept) {
        emit syncError(kept.error().message);
    }
    if (m_planPutJob) {
        emit planRefused(u"busy"_s,
                         tr("The vaccination plan is being sent. Please wait for the server's answer, then "
                            "register again if needed."),
                         {});
        return;
    }
    if (!m_signedIn) {
        if (m_online) {
            emit planRefused(u"unauthorized"_s,
                             tr("The vaccination plan could not be sent because you are not logged in. Your entries "
                                "are kept on this computer; please log in and register the plan again."),
                             {});
        } else {
            emit planRefused(u"network"_s, planNotSentOffline(), {});
        }
        return;
    }
    const auto current = plan();
    auto* job = new PutPlanJob(m_manager, rows, requestApproval, current ? current->version : 0, this);
    m_planPutJob = job;
    connect(job, &ApiJob::finished, this,
            [this, job, rows, requestApproval] { onPlanRegistered(*job, rows, requestApproval); });
    job->start();
}

void SyncService::startLogin(
    const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember, bool silent)
{
    if (m_account
        && (db::AccountRepository::canonicalServerUrl(serverUrl)
                != db::AccountRepository::canonicalServerUrl(m_account->serverUrl)
            || vsysId != m_account->vsysId)) {
        emit loginFailed(tr("V-SYS ID %1 is in use in this window. Please log out first.").arg(m_account->vsysId));
        return;
    }
    if (vsysId.isEmpty() || password.isEmpty()) {
        emit loginFailed(tr("Please enter your V-SYS ID and password."));
        return;
    }
    if (auto set = m_manager.setServerUrl(serverUrl); !set) {
        emit loginFailed(set.error().message);
        return;
    }
    delete m_loginJob.data();
    m_manager.clearToken();
    auto* job = new LoginJob(m_manager, vsysId, password, this);
    m_loginJob = job;
    const QString remembered = remember ? password : QString();
    connect(job, &ApiJob::finished, this, [this, job, serverUrl, vsysId, remembered, remember, silent] {
        onLoginFinished(*job, serverUrl, vsysId, remembered, remember, silent);
    });
    job->start();
}

void SyncService::onLoginFinished(
    LoginJob& job, const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember, bool silent)
{
    m_loginJob.clear();
    if (!job.succeeded()) {
        const ApiError& error = job.error();
        if (error.kind == ApiErrorKind::Network) {
            setOnline(false);
        } else if (error.httpStatus != 0) {
            setOnline(true);
        }
        if (!silent) {
            emit loginFailed(error.message);
        } else if (error.kind == ApiErrorKind::Network) {
            // Offline at start: try again later instead of asking for a password the user already gave.
            QTimer::singleShot(m_timer.intervalAsDuration(), this, [this, vsysId] {
                if (m_account && m_account->vsysId == vsysId && !m_signedIn && !m_loginJob) {
                    loginWithRememberedPassword();
                }
            });
        } else {
            emit syncError(error.message);
            emit authenticationRequired();
        }
        return;
    }
    setOnline(true);
    db::Account account;
    account.serverUrl = serverUrl;
    account.vsysId = vsysId;
    account.venueId = job.venueId();
    account.venueName = job.venueName();
    account.lastUsedAt = QDateTime::currentDateTimeUtc();
    const auto id = m_accounts.save(account);
    if (!id) {
        emit loginFailed(id.error().message);
        return;
    }
    account.id = *id;
    m_manager.setToken(job.token());
    rememberSecrets(serverUrl, vsysId, remember ? password : QString(), remember ? job.token() : QString());
    openAccount(account);
    becomeSignedIn();
}

void SyncService::rememberSecrets(const QUrl& serverUrl,
                                  const QString& vsysId,
                                  const QString& password,
                                  const QString& token)
{
    const QString passwordKey = SecretStore::key(serverUrl, vsysId, SecretStore::Secret::Password);
    const QString tokenKey = SecretStore::key(serverUrl, vsysId, SecretStore::Secret::Token);
    if (password.isEmpty()) {
        forgetSecret(passwordKey);
        forgetSecret(tokenKey);
        return;
    }
    const auto reportFailure = [this](const core::Result<void>& written) {
        if (!written) {
            emit syncError(written.error().message);
        }
    };
    m_secrets.write(passwordKey, password, this, reportFailure);
    m_secrets.write(tokenKey, token, this, reportFailure);
}

void SyncService::forgetSecret(const QString& key)
{
    m_secrets.remove(key, this, [this](const core::Result<void>& removed) {
        if (!removed) {
            emit syncError(removed.error().message);
        }
    });
}

void SyncService::openAccount(const db::Account& account)
{
    m_account = account;
    if (!m_outbox) {
        m_outbox = new Outbox(m_database, m_manager, account.id, this);
        connect(m_outbox, &Outbox::recordChanged, this, &SyncService::recordChanged);
        connect(m_outbox, &Outbox::pendingCountChanged, this, &SyncService::pendingCountChanged);
        connect(m_outbox, &Outbox::syncError, this, &SyncService::syncError);
        connect(m_outbox, &Outbox::serverReached, this, [this] { setOnline(true); });
        connect(m_outbox, &Outbox::networkFailed, this, [this] {
            m_cycleNetworkFailed = true;
            setOnline(false);
        });
        connect(m_outbox, &Outbox::authenticationRequired, this, &SyncService::onAuthenticationFailed);
        connect(m_outbox, &Outbox::idle, this, &SyncService::onOutboxIdle);
    }
    const auto lastSync = m_syncState.lastSyncAt(account.id);
    if (!lastSync) {
        emit syncError(lastSync.error().message);
    } else if (*lastSync != m_lastSync) {
        m_lastSync = *lastSync;
        emit lastSyncChanged(m_lastSync);
    }
    emit pendingCountChanged(pendingCount());
    emit planChanged();
}

void SyncService::becomeSignedIn()
{
    if (!m_signedIn) {
        m_signedIn = true;
        emit signedInChanged(true);
    }
    m_planFetchDue = true;
    m_outbox->start();
    m_timer.start();
    startCycle(true);
}

void SyncService::loginWithRememberedPassword()
{
    m_reloginTried = true;
    const db::Account account = *m_account;
    m_secrets.read(SecretStore::key(account.serverUrl, account.vsysId, SecretStore::Secret::Password), this,
                   [this, account](const core::Result<std::optional<QString>>& password) {
                       if (!m_account || m_account->id != account.id) {
                           return;
                       }
                       if (!password) {
                           emit syncError(password.error().message);
                       } else if (*password && !(*password)->isEmpty()) {
                           startLogin(account.serverUrl, account.vsysId, **password, true, true);
                           return;
                       }
                       emit authenticationRequired();
                   });
}

void SyncService::onAuthenticationFailed()
{
    m_manager.clearToken();
    m_timer.stop();
    if (m_outbox) {
        m_outbox->stop();
    }
    if (m_signedIn) {
        m_signedIn = false;
        emit signedInChanged(false);
    }
    if (m_cycleRunning) {
        finishCycle();
    }
    forgetSecret(SecretStore::key(m_account->serverUrl, m_account->vsysId, SecretStore::Secret::Token));
    if (m_reloginTried) {
        emit authenticationRequired();
    } else {
        loginWithRememberedPassword();
    }
}

void SyncService::startCycle(bool onDemand)
{
    if (!m_signedIn || !m_outbox) {
        return;
    }
    if (m_cycleRunning) {
        m_cycleAgain = true;
        m_againOnDemand = m_againOnDemand || onDemand;
        return;
    }
    m_cycleRunning = true;
    m_cycleNetworkFailed = false;
    m_waitingForOutbox = true;
    // On demand the user is asking "now": no change keeps waiting for its retry time.
    if (onDemand) {
        m_outbox->retryNow();
    } else {
        m_outbox->start();
    }
}

void SyncService::onOutboxIdle()
{
    if (!m_waitingForOutbox) {
        return;
    }
    m_waitingForOutbox = false;
    if (m_cycleNetworkFailed) {
        finishCycle();
        return;
    }
    fetchChanges();
}

void SyncService::fetchChanges()
{
    const auto cursor = m_syncState.cursor(m_account->id);
    if (!cursor) {
        emit syncError(cursor.error().message);
        finishCycle();
        return;
    }
    auto* job = new ChangesJob(m_manager, *cursor, this);
    m_changesJob = job;
    connect(job, &ApiJob::finished, this, [this, job, since = *cursor] { onChangesPage(*job, since); });
    job->start();
}

void SyncService::onChangesPage(const ChangesJob& job, const QString& since)
{
    if (job.error().kind != ApiErrorKind::None) {
        endCycleAfterFailure(job.error());
        return;
    }
    setOnline(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Each page is stored with its cursor in one transaction: a cycle cut short after any page
    // resumes at the next one, and nothing is applied twice.
    const auto applied = ChangeApplier(m_database, *m_account).apply(job.changes(), job.cursor(), now);
    if (!applied) {
        emit syncError(applied.error().message);
        finishCycle();
        return;
    }
    m_reloginTried = false;
    if (const auto refreshed = m_accounts.find(m_account->id); refreshed && *refreshed) {
        m_account = **refreshed;
    }
    for (const QString& id : applied->applications) {
        emit recordChanged(id);
    }
    if (applied->plan || applied->calendar) {
        emit planChanged();
    }
    // A page that does not move the cursor would be asked for forever; the next cycle tries again.
    if (job.hasMore() && job.cursor() != since) {
        fetchChanges();
        return;
    }
    m_lastSync = now;
    emit lastSyncChanged(now);
    // The server answers again: changes waiting out a retry delay need not wait any longer.
    m_outbox->retryNow();
    if (m_planFetchDue || !plan()) {
        fetchPlan();
        return;
    }
    finishCycle();
}

void SyncService::fetchPlan()
{
    auto* job = new GetPlanJob(m_manager, this);
    m_planFetchJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error().kind != ApiErrorKind::None) {
            endCycleAfterFailure(job->error());
            return;
        }
        setOnline(true);
        m_planFetchDue = false;
        storePlan(job->plan(), job->serverTime().offsetMs());
        finishCycle();
    });
    job->start();
}

void SyncService::endCycleAfterFailure(const ApiError& error)
{
    switch (error.kind) {
    case ApiErrorKind::Auth:
        // A new sign-in (or the password dialog) ends the cycle instead.
        onAuthenticationFailed();
        return;
    case ApiErrorKind::Network:
        setOnline(false);
        break;
    case ApiErrorKind::None:
    case ApiErrorKind::Conflict:
    case ApiErrorKind::Rejected:
        setOnline(error.httpStatus != 0);
        emit syncError(error.message);
        break;
    }
    finishCycle();
}

void SyncService::onPlanRegistered(PutPlanJob& job, const QList<core::PlanRow>& rows, bool requestApproval)
{
    m_planPutJob.clear();
    const ApiError& error = job.error();
    switch (error.kind) {
    case ApiErrorKind::None:
        setOnline(true);
        storePlan(job.plan(), job.serverTime().offsetMs());
        removeDraftIfSent(rows, requestApproval);
        emit planRegistered(job.plan());
        return;
    case ApiErrorKind::Network:
        setOnline(false);
        emit planRefused(u"network"_s, planNotSentOffline(), {});
        return;
    case ApiErrorKind::Auth:
        emit planRefused(u"unauthorized"_s,
                         tr("The vaccination plan could not be sent because your login has ended. Your entries are "
                            "kept on this computer; please log in again and register the plan again."),
                         {});
        onAuthenticationFailed();
        return;
    case ApiErrorKind::Conflict:
    case ApiErrorKind::Rejected:
        break;
    }
    setOnline(error.httpStatus != 0);
    if (const auto rejection = job.rejection(); rejection && rejection->code == u"version_conflict"_s) {
        if (rejection->serverCopy) {
            storePlan(*rejection->serverCopy, std::nullopt);
        } else {
            // A copy that cannot be read is fetched whole instead, so the page still shows the server's plan.
            m_planFetchDue = true;
            startCycle(true);
        }
    }
    emit planRefused(error.code, error.message, error.field);
}

void SyncService::removeDraftIfSent(const QList<core::PlanRow>& rows, bool requestApproval)
{
    const auto draft = m_plans.draft(m_account->id);
    if (!draft) {
        emit syncError(draft.error().message);
        return;
    }
    // Input typed while the request was on its way is newer than what the server accepted: it stays.
    if (!*draft || (*draft)->rows != rows || (*draft)->requestApproval != requestApproval) {
        return;
    }
    if (auto removed = m_plans.removeDraft(m_account->id); !removed) {
        emit syncError(removed.error().message);
    }
}

void SyncService::storePlan(const core::VenuePlan& plan, std::optional<qint64> serverTimeOffsetMs)
{
    const auto changed = m_plans.savePlan(m_account->id, plan, QDateTime::currentDateTimeUtc(), serverTimeOffsetMs);
    if (!changed) {
        emit syncError(changed.error().message);
        return;
    }
    if (*changed) {
        emit planChanged();
    }
}

void SyncService::finishCycle()
{
    m_cycleRunning = false;
    m_waitingForOutbox = false;
    emit syncFinished();
    if (m_cycleAgain) {
        const bool onDemand = m_againOnDemand;
        m_cycleAgain = false;
        m_againOnDemand = false;
        startCycle(onDemand);
    }
}

void SyncService::closeAccount()
{
    m_timer.stop();
    delete m_loginJob.data();
    delete m_changesJob.data();
    delete m_planFetchJob.data();
    delete m_planPutJob.data();
    m_cycleRunning = false;
    m_cycleAgain = false;
    m_againOnDemand = false;
    m_waitingForOutbox = false;
    m_reloginTried = false;
    m_planFetchDue = false;
    if (m_outbox) {
        // Possibly inside one of its own signals (the UI logs out on authenticationRequired): it goes
        // later, and says nothing more meanwhile.
        m_outbox->disconnect(this);
        m_outbox->stop();
        m_outbox->deleteLater();
        m_outbox = nullptr;
    }
    m_account.reset();
    m_lastSync = QDateTime();
    emit lastSyncChanged(m_lastSync);
    emit pendingCountChanged(0);
    emit planChanged();
}

void SyncService::setOnline(bool online)
{
    if (m_online != online) {
        m_online = online;
        emit onlineChanged(online);
    }
}

} // namespace vsys::sync
