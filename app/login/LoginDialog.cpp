// SPDX-License-Identifier: MIT
#include "app/login/LoginDialog.h"

#include "core/validation/Validators.h"
#include "ui_LoginDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

enum ServerChoice { Embedded = 0, Custom = 1 };

} // namespace

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    m_ui->serverComboBox->addItem(tr("Embedded server on this computer (demo data)"));
    m_ui->serverComboBox->addItem(tr("Central server at this URL"));
    m_loginButton = m_ui->buttonBox->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->serverComboBox, &QComboBox::currentIndexChanged, this, &LoginDialog::updateServerUrlField);
    for (QLabel* label : {m_ui->serverLabel, m_ui->serverUrlLabel, m_ui->vsysIdLabel, m_ui->passwordLabel}) {
        label->buddy()->setAccessibleName(label->text());
    }
    updateServerUrlField();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setDefaultServerLabel(const QString& label)
{
    m_ui->serverComboBox->setItemText(Embedded, label);
}

void LoginDialog::setRequest(const LoginRequest& request)
{
    m_ui->serverComboBox->setCurrentIndex(request.serverUrl.isEmpty() ? Embedded : Custom);
    m_ui->serverUrlLineEdit->setText(request.serverUrl.toString());
    m_ui->vsysIdLineEdit->setText(request.vsysId);
    m_ui->passwordLineEdit->setText(request.password);
    m_ui->rememberCheckBox->setChecked(request.remember);
    (request.vsysId.isEmpty() ? m_ui->vsysIdLineEdit : m_ui->passwordLineEdit)->setFocus();
}

void LoginDialog::showError(const QString& message)
{
    setBusy(false);
    m_ui->messageBanner->showMessage(message, MessageBanner::Kind::Error);
    m_ui->passwordLineEdit->clear();
    m_ui->passwordLineEdit->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->serverComboBox, m_ui->serverUrlLineEdit, m_ui->vsysIdLineEdit,
                                         m_ui->passwordLineEdit, m_ui->rememberCheckBox, m_loginButton}) {
        w->setEnabled(!busy);
    }
    if (!busy) {
        updateServerUrlField();
    }
    m_ui->messageBanner->setVisible(busy || m_ui->messageBanner->kind() == MessageBanner::Kind::Error);
    if (busy) {
        m_ui->messageBanner->showMessage(tr("Logging in..."), MessageBanner::Kind::Information);
    }
}

void LoginDialog::updateServerUrlField()
{
    const bool custom = m_ui->serverComboBox->currentIndex() == Custom;
    m_ui->serverUrlLineEdit->setEnabled(custom && m_ui->serverComboBox->isEnabled());
    m_ui->serverUrlLabel->setEnabled(custom);
}

void LoginDialog::submit()
{
    LoginRequest request;
    if (m_ui->serverComboBox->currentIndex() == Custom) {
        request.serverUrl = QUrl(m_ui->serverUrlLineEdit->text().trimmed(), QUrl::StrictMode);
        if (!request.serverUrl.isValid() || request.serverUrl.scheme() != u"https"_s
            || request.serverUrl.host().isEmpty()) {
            showError(tr("Server URL: enter an address that starts with https://, e.g. https://vsys.example.jp."));
            m_ui->serverUrlLineEdit->setFocus();
            return;
        }
    }
    const core::ValidationResult id = core::VsysId::validate(m_ui->vsysIdLineEdit->text(), tr("V-SYS ID"));
    if (!id.acceptable()) {
        m_ui->messageBanner->showMessage(id.message, MessageBanner::Kind::Error);
        m_ui->vsysIdLineEdit->setFocus();
        return;
    }
    if (m_ui->passwordLineEdit->text().isEmpty()) {
        m_ui->messageBanner->showMessage(tr("Password: please enter your password."), MessageBanner::Kind::Error);
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    request.vsysId = id.normalized;
    request.password = m_ui->passwordLineEdit->text();
    request.remember = m_ui->rememberCheckBox->isChecked();
    setBusy(true);
    emit loginRequested(request);
}

} // namespace vsys::app
