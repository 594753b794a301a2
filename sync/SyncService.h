// SPDX-License-Identifier: MIT
// SyncService: sign-in and the sync cycle of one V-SYS ID (outbox out, changes in), the 接種計画's
// registration, with signals for the UI.
#pragma once

#include "core/Result.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "db/AccountRepository.h"
#include "db/PlanStore.h"
#include "db/SyncStateRepository.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace vsys::db {
class Database;
}

namespace vsys::sync {

class ApiAccessManager;
class ApiJob;
class ChangesJob;
struct ApiError;
class LoginJob;
class PutPlanJob;
class SecretStore;

/// One account at a time. Editing never waits for it: the Outbox saves locally at once, and the service
/// sends and fetches in the background every syncInterval and on syncNow(). "Offline" means the
/// last request failed for a network reason; nothing is blocked by it. The token is kept in memory
/// (and, when the user asked to remember the password, in the SecretStore together with it).
/// The 接種計画 is not queued like an application: registering it needs the server's verdict at the
/// server's time, so it is sent at once and only the user's input (the plan draft) waits offline.
class SyncService : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultSyncInterval{60'000};

    SyncService(db::Database& database, SecretStore& secrets, ApiAccessManager& manager, QObject* parent = nullptr);
    ~SyncService() override;

    /// Signs in with POST /session; signedInChanged(true) or loginFailed() follows. With `remember`
    /// the password and token go to the SecretStore; without, any remembered ones are removed.
    void login(const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember);
    /// Opens an account that signed in on this computer before, without the network: the outbox is
    /// ready for edits at once. Then signs in with the remembered token or password in the
    /// background, or asks for a password with authenticationRequired().
    core::Result<void> resume(const QUrl& serverUrl, const QString& vsysId);
    /// Ends the session here and on the server (best effort) and closes the account, so that another
    /// one can log in or resume. Its queued changes stay in the outbox for its next login.
    void logout();

    bool isSignedIn() const { return m_signedIn; }
    bool isOnline() const { return m_online; }
    QDateTime lastSync() const { return m_lastSync; }
    /// Changes not on the server yet.
    int pendingCount() const;
    std::optional<db::Account> account() const { return m_account; }
    /// Where the UI saves applications and queues actions; null until an account is open.
    Outbox* outbox() const { return m_outbox; }

    /// Sends what waits (without waiting for retry times) and fetches the server's changes.
    void syncNow();
    void setSyncInterval(std::chrono::milliseconds interval);

    /// The venue's 接種計画 as last received (GET /plan at sign-in, then /changes); nullopt before
    /// the first one arrived or while no account is open.
    std::optional<core::VenuePlan> plan() const;
    /// The cached クール calendar, by id.
    QList<core::CoolPeriod> cools() const;
    /// The server's clock now, as well as this PC can tell: its own clock plus the difference the
    /// last GET or PUT /plan measured (the PC's clock alone before any). The クール locks are judged
    /// with it, as the server judges them.
    QDateTime serverNow() const;
    /// 登録/変更する: PUT /plan with `rows` on the cached plan's version. The rows are kept as the
    /// plan draft until the server accepts them. planRegistered() or planRefused() follows.
    void registerPlan(const QList<core::PlanRow>& rows, bool requestApproval);

signals:
    void signedInChanged(bool signedIn);
    void loginFailed(const QString& message);
    void onlineChanged(bool online);
    void lastSyncChanged(const QDateTime& at);
    void pendingCountChanged(int count);
    /// The local copy or sync state of an application changed.
    void recordChanged(const QString& applicationId);
    /// The session ended and no remembered password could renew it: the UI asks for the password.
    void authenticationRequired();
    void syncError(const QString& message);
    /// A sync cycle (send, then fetch) ended, successfully or not.
    void syncFinished();
    /// The cached plan or クール calendar changed, or an account opened or closed: the plan page
    /// reloads both.
    void planChanged();
    /// The server accepted registerPlan(): `plan` is the plan now (with a pending approval when the
    /// 国's confirmation was asked for). The draft is gone, unless the user typed on while the plan
    /// was on its way.
    void planRegistered(const core::VenuePlan& plan);
    /// registerPlan() did not register the plan; the draft is kept. `code` is the server's error
    /// (invalid_field, cool_locked, plan_locked, approval_required, version_conflict, ...), or
    /// "network" / "unauthorized" / "busy" when the request did not get that far; `message` is for the
    /// user, `field` names the row when the server named one. After version_conflict the cached plan
    /// is the server's.
    void planRefused(const QString& code, const QString& message, const QString& field);

private:
    void startLogin(const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember, bool silent);
    void onLoginFinished(LoginJob& job,
                         const QUrl& serverUrl,
                         const QString& vsysId,
                         const QString& password,
                         bool remember,
                         bool silent);
    void rememberSecrets(const QUrl& serverUrl, const QString& vsysId, const QString& password, const QString& token);
    void forgetSecret(const QString& key);
    void openAccount(const db::Account& account);
    void becomeSignedIn();
    void loginWithRememberedPassword();
    void onAuthenticationFailed();
    void startCycle(bool onDemand);
    void onOutboxIdle();
    /// GET /changes from the stored cursor: one page; onChangesPage() asks for the next one.
    void fetchChanges();
    /// Applies a page and stores its cursor; the cycle goes on with the next page, and after the
    /// last one counts as a sync.
    void onChangesPage(const ChangesJob& job, const QString& since);
    void fetchPlan();
    void onPlanRegistered(PutPlanJob& job, const QList<core::PlanRow>& rows, bool requestApproval);
    void removeDraftIfSent(const QList<core::PlanRow>& rows, bool requestApproval);
    void storePlan(const core::VenuePlan& plan, std::optional<qint64> serverTimeOffsetMs);
    void finishCycle();
    /// A request of the sync cycle failed: say so (offline, the server's message, or a new sign-in).
    void endCycleAfterFailure(const ApiError& error);
    void closeAccount();
    void setOnline(bool online);

    db::Database& m_database;
    SecretStore& m_secrets;
    ApiAccessManager& m_manager;
    db::AccountRepository m_accounts;
    db::SyncStateRepository m_syncState;
    db::PlanStore m_plans;
    std::optional<db::Account> m_account;
    QPointer<Outbox> m_outbox;
    QPointer<LoginJob> m_loginJob;
    QPointer<ApiJob> m_changesJob;
    QPointer<ApiJob> m_planFetchJob;
    QPointer<ApiJob> m_planPutJob;
    QTimer m_timer;
    QDateTime m_lastSync;
    bool m_signedIn = false;
    bool m_online = false;
    bool m_cycleRunning = false;
    bool m_cycleAgain = false;
    bool m_againOnDemand = false;
    bool m_waitingForOutbox = false;
    bool m_cycleNetworkFailed = false;
    /// GET /plan once per sign-in: it fills the cache the first time and measures the server's
    /// time; /changes keeps the plan current after that.
    bool m_planFetchDue = false;
    /// One silent sign-in with the remembered password per lost session, so a server that keeps
    /// refusing cannot cause a loop.
    bool m_reloginTried = false;
};

} // namespace vsys::sync
