// SPDX-License-Identifier: MIT
// LoginFlow: how the window gets a V-SYS ID open. At start the ID used last opens at once from its local data;
// a switch closes the open ID first; the login dialog asks for a password when no session is remembered and
// shows the server's refusals.
#pragma once

#include <QObject>

#include <optional>

class QWidget;

namespace vsys::db {
struct Account;
}

namespace vsys::app {

class ClientSession;
class LoginDialog;

class LoginFlow : public QObject
{
    Q_OBJECT
public:
    /// `window` is the login dialog's parent.
    LoginFlow(ClientSession& session, QWidget* window);

    /// Opens `last` (the ID used last), or asks for an ID when this computer has used none.
    void start(const std::optional<db::Account>& last);
    /// Signs in directly, e.g. with the demo account; failures show in the login dialog.
    void login(const QString& vsysId, const QString& password);
    /// Opens an ID used on this computer before, closing the open one; asks for its password when it has no
    /// remembered session.
    void open(const db::Account& account);
    /// The login dialog, pre-filled with `vsysId`.
    void ask(const QString& vsysId = {});
    LoginDialog* dialog();

signals:
    /// An ID was opened from its local data, before (or without) signing in to the server.
    void accountResumed();

private:
    void signedInChanged(bool signedIn);
    QString openVsysId() const;

    ClientSession& m_session;
    QWidget* m_window;
    LoginDialog* m_dialog = nullptr;
};

} // namespace vsys::app
