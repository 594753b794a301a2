// SPDX-License-Identifier: MIT
// SyncService: sign-in and the sync cycle of one V-SYS ID (outbox out, changes in), with signals for the UI.
#pragma once

#include "core/Result.h"
#include "db/AccountRepository.h"
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
class LoginJob;
class SecretStore;

/// One account at a time. Editing never waits for it: the Outbox saves locally at once, and the service
/// sends and fetches in the background every syncInterval and on syncNow(). "Offline" means the
/// last request failed for a network reason; nothing is blocked by it. The token is kept in memory
/// (and, when the user asked to remember the password, in the SecretStore together with it).
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
    void fetchChanges();
    void finishCycle();
    void closeAccount();
    void setOnline(bool online);

    db::Database& m_database;
    SecretStore& m_secrets;
    ApiAccessManager& m_manager;
    db::AccountRepository m_accounts;
    db::SyncStateRepository m_syncState;
    std::optional<db::Account> m_account;
    QPointer<Outbox> m_outbox;
    QPointer<LoginJob> m_loginJob;
    QPointer<ApiJob> m_changesJob;
    QTimer m_timer;
    QDateTime m_lastSync;
    bool m_signedIn = false;
    bool m_online = false;
    bool m_cycleRunning = false;
    bool m_cycleAgain = false;
    bool m_againOnDemand = false;
    bool m_waitingForOutbox = false;
    bool m_cycleNetworkFailed = false;
    /// One silent sign-in with the remembered password per lost session, so a server that keeps
    /// refusing cannot cause a loop.
    bool m_reloginTried = false;
};

} // namespace vsys::sync
