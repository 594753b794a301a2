// SPDX-License-Identifier: MIT
// LoginDialog (ログイン): server, V-SYS ID, password and "remember me"; the caller logs in and
// either accepts the dialog or shows the server's message in it.
#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

class QPushButton;

namespace Ui {
class LoginDialog;
}

namespace vsys::app {

struct LoginRequest
{
    QUrl serverUrl; ///< empty: the embedded server on this computer
    QString vsysId; ///< normalised: 10 ASCII digits
    QString password;
    bool remember = false;
};

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget* parent = nullptr);
    ~LoginDialog() override;

    /// Names the server used when the user does not type a URL (the embedded one by default).
    void setDefaultServerLabel(const QString& label);
    /// Pre-fills the form (e.g. the account chosen in the switcher).
    void setRequest(const LoginRequest& request);
    /// Shows why the login failed and lets the user try again; nothing typed is cleared but the password.
    void showError(const QString& message);
    /// While the caller waits for the server, the form is read-only.
    void setBusy(bool busy);

signals:
    void loginRequested(const vsys::app::LoginRequest& request);

private:
    void submit();
    void updateServerUrlField();

    const std::unique_ptr<Ui::LoginDialog> m_ui;
    QPushButton* m_loginButton;
};

} // namespace vsys::app
