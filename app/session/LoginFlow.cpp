// SPDX-License-Identifier: MIT
#include "app/session/LoginFlow.h"

#include "app/login/LoginDialog.h"
#include "app/session/ClientSession.h"
#include "sync/SyncService.h"

namespace vsys::app {

LoginFlow::LoginFlow(ClientSession& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    sync::SyncService& service = m_session.sync();
    connect(&service, &sync::SyncService::signedInChanged, this, &LoginFlow::signedInChanged);
    connect(&service, &sync::SyncService::loginFailed, this, [this](const QString& message) {
        ask(openVsysId());
        dialog()->showError(message);
    });
    connect(&service, &sync::SyncService::authenticationRequired, this, [this] { ask(openVsysId()); });
}

void LoginFlow::start(const std::optional<db::Account>& last)
{
    if (last) {
        open(*last);
    } else {
        ask();
    }
}

void LoginFlow::login(const QString& vsysId, const QString& password)
{
    m_session.sync().login(m_session.serverUrl(), vsysId, password, false);
}

void LoginFlow::open(const db::Account& account)
{
    sync::SyncService& service = m_session.sync();
    service.logout();
    if (service.resume(m_session.accountServerUrl(account.serverUrl), account.vsysId)) {
        emit accountResumed();
    } else {
        ask(account.vsysId);
    }
}

LoginDialog* LoginFlow::dialog()
{
    if (!m_dialog) {
        m_dialog = new LoginDialog(m_window);
        // The dialog names the embedded server itself; a configured one is named by its address.
        if (!m_session.isEmbedded()) {
            m_dialog->setDefaultServerLabel(tr("Configured server (%1)").arg(m_session.serverUrl().toString()));
        }
        connect(m_dialog, &LoginDialog::loginRequested, this, [this](const LoginRequest& request) {
            sync::SyncService& service = m_session.sync();
            if (service.account() && service.account()->vsysId != request.vsysId) {
                service.logout();
            }
            service.login(m_session.serverUrl(request.serverUrl), request.vsysId, request.password, request.remember);
        });
    }
    return m_dialog;
}

void LoginFlow::ask(const QString& vsysId)
{
    LoginDialog* login = dialog();
    if (!login->isVisible()) {
        login->setRequest({{}, vsysId, {}, false});
        login->open();
    }
}

void LoginFlow::signedInChanged(bool signedIn)
{
    if (signedIn && m_dialog && m_dialog->isVisible()) {
        m_dialog->setBusy(false);
        m_dialog->accept();
    }
}

QString LoginFlow::openVsysId() const
{
    const auto account = m_session.sync().account();
    return account ? account->vsysId : QString();
}

} // namespace vsys::app
