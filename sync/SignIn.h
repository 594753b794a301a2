// SPDX-License-Identifier: MIT
// SignIn: getting and keeping a session token for one V-SYS ID (POST /session, the remembered token
// and password in the SecretStore, one silent renewal when the session ends).
#pragma once

#include "db/AccountRepository.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace vsys::sync {

class ApiAccessManager;
class LoginJob;
class SecretStore;

/// Sets the token on the ApiAccessManager and says signedIn(); everything after that (the outbox,
/// the cycle) is the SyncService's. Failures are told as the user must hear them: loginFailed() for a
/// login the user asked for, authenticationRequired() when a silent one cannot go on without the
/// user's password.
class SignIn : public QObject
{
    Q_OBJECT
public:
    SignIn(db::Database& database, SecretStore& secrets, ApiAccessManager& manager, QObject* parent = nullptr);
    ~SignIn() override;

    /// POST /session with what the user typed. With `remember` the password and token go to the
    /// SecretStore; without, any remembered ones are removed.
    void login(const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember);
    /// Signs `account` in with its remembered token, or else its remembered password, in the background.
    void resume(const db::Account& account);
    /// The session of `account` ended (401): the token is forgotten, and the remembered password
    /// tried once; a second end before renewalSucceeded() asks the user instead.
    void renew(const db::Account& account);
    /// The server accepted the session again: a later end may be renewed silently once more.
    void renewalSucceeded() { m_renewalTried = false; }
    /// Forgets the token of `account` here and in the SecretStore.
    void forgetToken(const db::Account& account);
    /// Drops any sign-in under way, without a word.
    void cancel();
    bool isBusy() const { return !m_job.isNull(); }
    /// How long a silent sign-in that found no network waits before it tries again.
    void setRetryInterval(std::chrono::milliseconds interval) { m_retry.setInterval(interval); }

signals:
    /// The token is set; `account` is saved (with the venue the server named) and may be opened.
    void signedIn(const db::Account& account);
    void loginFailed(const QString& message);
    void authenticationRequired();
    /// The server answered (true) or could not be reached (false).
    void serverReached(bool reached);
    void error(const QString& message);

private:
    void start(const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember, bool silent);
    void onFinished(LoginJob& job,
                    const QUrl& serverUrl,
                    const QString& vsysId,
                    const QString& password,
                    bool remember,
                    bool silent);
    void loginWithRememberedPassword(const db::Account& account);
    void rememberSecrets(const QUrl& serverUrl, const QString& vsysId, const QString& password, const QString& token);
    void forgetSecret(const QString& key);

    SecretStore& m_secrets;
    ApiAccessManager& m_manager;
    db::AccountRepository m_accounts;
    QPointer<LoginJob> m_job;
    /// A silent sign-in that found no network tries again once after this.
    QTimer m_retry;
    db::Account m_retryAccount;
    /// Counts cancel(): an answer of the SecretStore for an older generation is for nobody.
    quint64 m_generation = 0;
    /// One silent sign-in with the remembered password per lost session, so a server that keeps
    /// refusing cannot cause a loop.
    bool m_renewalTried = false;
};

} // namespace vsys::sync
