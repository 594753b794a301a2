// SPDX-License-Identifier: MIT
// SignIn: the token is in memory only, and in the SecretStore only when the user asked to be remembered.
#include "sync/SignIn.h"

#include "sync/ApiAccessManager.h"
#include "sync/LoginJob.h"
#include "sync/SecretStore.h"

namespace vsys::sync {

SignIn::SignIn(db::Database& database, SecretStore& secrets, ApiAccessManager& manager, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_manager(manager)
    , m_accounts(database)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!m_job) {
            loginWithRememberedPassword(m_retryAccount);
        }
    });
}

SignIn::~SignIn() = default;

void SignIn::login(const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember)
{
    start(serverUrl, vsysId, password, remember, false);
}

void SignIn::resume(const db::Account& account)
{
    m_secrets.read(SecretStore::key(account.serverUrl, account.vsysId, SecretStore::Secret::Token), this,
                   [this, account, generation = m_generation](const core::Result<std::optional<QString>>& token) {
                       if (generation != m_generation) {
                           return;
                       }
                       if (token && *token && !(*token)->isEmpty()) {
                           m_manager.setToken(**token);
                           emit signedIn(account);
                           return;
                       }
                       if (!token) {
                           emit error(token.error().message);
                       }
                       loginWithRememberedPassword(account);
                   });
}

void SignIn::renew(const db::Account& account)
{
    forgetToken(account);
    if (m_renewalTried) {
        emit authenticationRequired();
    } else {
        loginWithRememberedPassword(account);
    }
}

void SignIn::forgetToken(const db::Account& account)
{
    m_manager.clearToken();
    forgetSecret(SecretStore::key(account.serverUrl, account.vsysId, SecretStore::Secret::Token));
}

void SignIn::cancel()
{
    ++m_generation;
    m_retry.stop();
    m_renewalTried = false;
    if (m_job) {
        m_job->abort();
        m_job.clear();
    }
}

void SignIn::start(const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember, bool silent)
{
    if (m_job) {
        m_job->abort();
    }
    m_retry.stop();
    m_manager.clearToken();
    auto* job = new LoginJob(m_manager, vsysId, password, this);
    m_job = job;
    const QString remembered = remember ? password : QString();
    connect(job, &ApiJob::finished, this, [this, job, serverUrl, vsysId, remembered, remember, silent] {
        onFinished(*job, serverUrl, vsysId, remembered, remember, silent);
    });
    job->start();
}

void SignIn::onFinished(
    LoginJob& job, const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember, bool silent)
{
    m_job.clear();
    if (!job.succeeded()) {
        const ApiError& failure = job.error();
        if (failure.kind == ApiErrorKind::Network) {
            emit serverReached(false);
        } else if (failure.httpStatus != 0) {
            emit serverReached(true);
        }
        if (!silent) {
            emit loginFailed(failure.message);
        } else if (failure.kind == ApiErrorKind::Network) {
            // Offline at start: try again later instead of asking for a password the user already gave.
            if (const auto known = m_accounts.find(serverUrl, vsysId); known && *known) {
                m_retryAccount = **known;
                m_retry.start();
            }
        } else {
            emit error(failure.message);
            emit authenticationRequired();
        }
        return;
    }
    emit serverReached(true);
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
    emit signedIn(account);
}

void SignIn::loginWithRememberedPassword(const db::Account& account)
{
    m_renewalTried = true;
    m_secrets.read(SecretStore::key(account.serverUrl, account.vsysId, SecretStore::Secret::Password), this,
                   [this, account, generation = m_generation](const core::Result<std::optional<QString>>& password) {
                       if (generation != m_generation) {
                           return;
                       }
                       if (!password) {
                           emit error(password.error().message);
                       } else if (*password && !(*password)->isEmpty()) {
                           start(account.serverUrl, account.vsysId, **password, true, true);
                           return;
                       }
                       emit authenticationRequired();
                   });
}

void SignIn::rememberSecrets(const QUrl& serverUrl,
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
            emit error(written.error().message);
        }
    };
    m_secrets.write(passwordKey, password, this, reportFailure);
    m_secrets.write(tokenKey, token, this, reportFailure);
}

void SignIn::forgetSecret(const QString& key)
{
    m_secrets.remove(key, this, [this](const core::Result<void>& removed) {
        if (!removed) {
            emit error(removed.error().message);
        }
    });
}

} // namespace vsys::sync
