// SPDX-License-Identifier: MIT
// The login dialog as a user fills it in: what it asks the caller to do, and what it refuses.
#include "app/common/MessageBanner.h"
#include "app/login/LoginDialog.h"
#include "core/Translator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::app::LoginDialog;
using vsys::app::LoginRequest;

class TstLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void embeddedServerLogin();
    void customServerMustBeHttps();
    void vsysIdIsCheckedAndNormalised();
    void serverErrorKeepsTheFormButThePassword();

private:
    static QLineEdit* edit(LoginDialog& d, const char* name)
    {
        return d.findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    static void clickLogin(LoginDialog& d)
    {
        const auto buttons = d.findChild<QDialogButtonBox*>(u"buttonBox"_s)->buttons();
        for (QAbstractButton* b : buttons) {
            if (b->text() == u"ログイン"_s) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        }
        QFAIL("no ログイン button");
    }
    static QString banner(LoginDialog& d) { return d.findChild<vsys::app::MessageBanner*>(u"messageBanner"_s)->text(); }
};

void TstLoginDialog::embeddedServerLogin()
{
    LoginDialog dialog;
    QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
    QCOMPARE(dialog.findChild<QComboBox*>(u"serverComboBox"_s)->currentText(),
             u"このパソコンの内蔵サーバー（デモデータ）"_s);
    QVERIFY(!edit(dialog, "serverUrlLineEdit")->isEnabled());
    edit(dialog, "vsysIdLineEdit")->setText(u"１３１０００００１７"_s);
    edit(dialog, "passwordLineEdit")->setText(u"secret-password"_s);
    dialog.findChild<QCheckBox*>(u"rememberCheckBox"_s)->setChecked(true);
    clickLogin(dialog);
    QCOMPARE(requested.count(), 1);
    const auto request = requested.at(0).at(0).value<LoginRequest>();
    QVERIFY(request.serverUrl.isEmpty());
    QCOMPARE(request.vsysId, u"1310000017"_s);
    QCOMPARE(request.password, u"secret-password"_s);
    QVERIFY(request.remember);
    QVERIFY(!edit(dialog, "passwordLineEdit")->isEnabled()); // busy while the caller logs in
}

void TstLoginDialog::customServerMustBeHttps()
{
    LoginDialog dialog;
    QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
    dialog.findChild<QComboBox*>(u"serverComboBox"_s)->setCurrentIndex(1);
    QVERIFY(edit(dialog, "serverUrlLineEdit")->isEnabled());
    edit(dialog, "serverUrlLineEdit")->setText(u"http://vsys.example.jp"_s);
    edit(dialog, "vsysIdLineEdit")->setText(u"1310000017"_s);
    edit(dialog, "passwordLineEdit")->setText(u"pw"_s);
    clickLogin(dialog);
    QCOMPARE(requested.count(), 0);
    QCOMPARE(banner(dialog),
             u"接続先URL：https:// で始まるアドレスを入力してください（例：https://vsys.example.jp）。"_s);

    edit(dialog, "serverUrlLineEdit")->setText(u"https://vsys.example.jp:8443"_s);
    edit(dialog, "passwordLineEdit")->setText(u"pw"_s);
    clickLogin(dialog);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<LoginRequest>().serverUrl, QUrl(u"https://vsys.example.jp:8443"_s));
}

void TstLoginDialog::vsysIdIsCheckedAndNormalised()
{
    LoginDialog dialog;
    QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
    edit(dialog, "vsysIdLineEdit")->setText(u"13100"_s);
    edit(dialog, "passwordLineEdit")->setText(u"pw"_s);
    clickLogin(dialog);
    QCOMPARE(requested.count(), 0);
    QVERIFY2(banner(dialog).startsWith(u"V-SYS ID："_s), qPrintable(banner(dialog)));
    QCOMPARE(edit(dialog, "vsysIdLineEdit")->text(), u"13100"_s); // what was typed stays

    edit(dialog, "vsysIdLineEdit")->setText(u"1310000017"_s);
    edit(dialog, "passwordLineEdit")->clear();
    clickLogin(dialog);
    QCOMPARE(requested.count(), 0);
    QCOMPARE(banner(dialog), u"パスワード：パスワードを入力してください。"_s);
}

void TstLoginDialog::serverErrorKeepsTheFormButThePassword()
{
    LoginDialog dialog;
    dialog.setRequest({QUrl(), u"1310000017"_s, {}, true});
    edit(dialog, "passwordLineEdit")->setText(u"wrong"_s);
    clickLogin(dialog);
    dialog.showError(u"V-SYS IDまたはパスワードが正しくありません。"_s);
    QCOMPARE(banner(dialog), u"V-SYS IDまたはパスワードが正しくありません。"_s);
    QCOMPARE(edit(dialog, "vsysIdLineEdit")->text(), u"1310000017"_s);
    QVERIFY(edit(dialog, "passwordLineEdit")->text().isEmpty());
    QVERIFY(edit(dialog, "passwordLineEdit")->isEnabled());
    QVERIFY(dialog.findChild<QCheckBox*>(u"rememberCheckBox"_s)->isChecked());
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstLoginDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstLoginDialog.moc"
