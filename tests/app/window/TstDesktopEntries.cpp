// SPDX-License-Identifier: MIT
// What a desktop program is expected to have (issue 18), in the real window at a laptop's size on the embedded
// server: ファイル → 設定… before 終了, its checks naming the field and its settings kept; ヘルプ → バージョン情報 with
// the icon, the version, the data sources and every licence text; the tables' column widths surviving a restart.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/about/AboutDialog.h"
#include "app/applications/ApplicationsPage.h"
#include "app/common/HeaderState.h"
#include "app/common/MessageBanner.h"
#include "app/ledger/LedgerPage.h"
#include "app/settings/DesktopSettings.h"
#include "app/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using vsys::app::AboutDialog;
using vsys::app::SettingsDialog;

class TstDesktopEntries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void settingsComesBeforeQuit();
    void settingsRefusesAUrlThatIsNotHttps();
    void settingsRefusesARelativeDataFolder();
    void settingsAreKeptAndTheFontSizeAppliesAtOnce();
    void aboutShowsTheIconVersionAndDataSources();
    void aboutShowsEveryLicenceText();
    void columnWidthsSurviveARestart();
    void aWidthChangedJustBeforeQuittingIsKept();

private:
    void startApp();
    SettingsDialog* openSettings();
    void keep(QWidget& widget, const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

void TstDesktopEntries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
    vsys::app::DesktopSettings::applyFontSize(0);
    startApp();
}

void TstDesktopEntries::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstDesktopEntries::startApp()
{
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->path());
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
}

void TstDesktopEntries::keep(QWidget& widget, const QString& name) const
{
    // For a person to look at: VSYS_SCREENSHOT_DIR=/some/dir keeps the dialog as a PNG.
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
    }
}

SettingsDialog* TstDesktopEntries::openSettings()
{
    auto* action = m_app->window->fileMenu()->findChild<QAction*>(u"settingsAction"_s);
    if (!action) {
        return nullptr;
    }
    action->trigger();
    auto* dialog = m_app->window->findChild<SettingsDialog*>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TstDesktopEntries::settingsComesBeforeQuit()
{
    const QList<QAction*> entries = m_app->window->fileMenu()->actions();
    QVERIFY(entries.size() >= 3);
    QCOMPARE(entries.constLast()->objectName(), u"quitAction"_s);
    QCOMPARE(entries.at(entries.size() - 3)->objectName(), u"settingsAction"_s);
    QVERIFY(entries.at(entries.size() - 2)->isSeparator());
}

void TstDesktopEntries::settingsRefusesAUrlThatIsNotHttps()
{
    SettingsDialog* dialog = openSettings();
    QVERIFY(dialog);
    dialog->serverUrl()->setText(u"http://vsys.example.jp"_s);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageBanner()->isVisible());
    QCOMPARE(
        dialog->messageBanner()->text(),
        u"Server URL: VSYS Desk connects to the server only over HTTPS, so \"http://vsys.example.jp\" was refused. "
        u"Please use an address that starts with https://."_s);
    QCOMPARE(dialog->serverUrl()->text(), u"http://vsys.example.jp"_s); // kept as typed
    QCOMPARE(dialog->focusWidget(), dialog->serverUrl());
    QVERIFY(!QSettings().contains(u"server/url"_s));
    keep(*dialog, u"settings-error.png"_s);

    dialog->serverUrl()->setText(u"https://"_s);
    QVERIFY(!dialog->save());
    QCOMPARE(dialog->messageBanner()->text(),
             u"Server URL: The server address \"https://\" is not a valid address. Please enter an address such as "
             u"https://vsys.example.jp."_s);
}

void TstDesktopEntries::settingsRefusesARelativeDataFolder()
{
    SettingsDialog* dialog = openSettings();
    QVERIFY(dialog);
    dialog->serverUrl()->setText(u"https://vsys.example.jp"_s);
    dialog->dataFolder()->setText(u"data"_s);
    QVERIFY(!dialog->save());
    QCOMPARE(dialog->messageBanner()->text(),
             u"Data folder: enter the folder's full path, e.g. %1."_s.arg(
                 QDir::toNativeSeparators(vsys::app::DesktopSettings::defaultDataFolder())));
    QVERIFY(!QSettings().contains(u"data/folder"_s));

    QFile file(m_dir->filePath(u"a-file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    dialog->dataFolder()->setText(file.fileName());
    QVERIFY(!dialog->save());
    QCOMPARE(dialog->messageBanner()->text(),
             u"Data folder: \"%1\" is a file, not a folder."_s.arg(QDir::toNativeSeparators(file.fileName())));
}

void TstDesktopEntries::settingsAreKeptAndTheFontSizeAppliesAtOnce()
{
    SettingsDialog* dialog = openSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->fontSize()->text(), u"System default"_s);
    const QString folder = m_dir->filePath(u"elsewhere"_s);
    dialog->serverUrl()->setText(u"  https://vsys.example.jp  "_s);
    dialog->dataFolder()->setText(folder);
    dialog->fontSize()->setValue(14);
    keep(*dialog, u"settings.png"_s);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!dialog->isVisible());

    QCOMPARE(QApplication::font().pointSize(), 14);
    // Every widget follows, without a restart (the change reaches them through the event loop).
    QTRY_COMPARE(m_app->window->applicationsPage()->font().pointSize(), 14);
    const QSettings settings;
    QCOMPARE(settings.value(u"server/url"_s).toString(), u"https://vsys.example.jp"_s);
    QCOMPARE(settings.value(u"data/folder"_s).toString(), folder);
    QCOMPARE(settings.value(u"ui/fontSize"_s).toInt(), 14);
    QCOMPARE(vsys::app::DesktopSettings::dataFolder(settings), folder);

    // Opened again (as after a restart), it shows what was kept.
    dialog = openSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->serverUrl()->text(), u"https://vsys.example.jp"_s);
    QCOMPARE(dialog->dataFolder()->text(), QDir::toNativeSeparators(folder));
    QCOMPARE(dialog->fontSize()->value(), 14);
    // Back to the system's size, at once too.
    dialog->fontSize()->setValue(dialog->fontSize()->minimum());
    QVERIFY(dialog->save());
    QCOMPARE(QSettings().value(u"ui/fontSize"_s).toInt(), 0);
    QVERIFY(QApplication::font().pointSize() != 14);
}

void TstDesktopEntries::aboutShowsTheIconVersionAndDataSources()
{
    auto* action = m_app->window->findChild<QAction*>(u"aboutAction"_s);
    QVERIFY(action);
    QVERIFY(m_app->window->openPage(u"about"_s));
    auto* dialog = m_app->window->findChild<AboutDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel*>(u"aboutVersion"_s)->text(), u"Version %1"_s.arg(QStringLiteral(VSYS_VERSION)));
    const QPixmap icon = dialog->findChild<QLabel*>(u"aboutIcon"_s)->pixmap();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.deviceIndependentSize().toSize(), QSize(64, 64));
    QCOMPARE(m_app->window->windowIcon().availableSizes().size(), 7);

    const QString sources = dialog->dataSources()->toPlainText();
    for (const QString& credit :
         {u"総務省「全国地方公共団体コード」"_s,
          u"出典：総務省「全国地方公共団体コード」（令和6年1月1日現在）を加工して作成（カナを全角に変換）"_s,
          u"日本郵便株式会社「郵便番号データ（住所の郵便番号、1レコード1行、UTF-8形式）」"_s,
          u"内閣府「国民の祝日について」"_s, u"厚生労働省「新型コロナワクチン接種の費用（単価表）」"_s,
          u"https://www.soumu.go.jp/denshijiti/code.html"_s}) {
        QVERIFY2(sources.contains(credit), qPrintable(credit));
    }
    keep(*dialog, u"about.png"_s);
}

void TstDesktopEntries::aboutShowsEveryLicenceText()
{
    QVERIFY(m_app->window->openPage(u"about"_s));
    auto* dialog = m_app->window->findChild<AboutDialog*>();
    QVERIFY(dialog);
    dialog->tabs()->setCurrentIndex(1);
    // Each component shipped, its licence, and a line only its own licence text has.
    const QList<std::tuple<QString, QString, QString>> expected{
        {u"Qt 6.4.2"_s, u"LGPL-3.0（GPL-3.0 を含む）"_s, u"GNU LESSER GENERAL PUBLIC LICENSE"_s},
        {u"QtKeychain 0.13.2"_s, u"BSD-3-Clause"_s, u"Frank Osterfeld"_s},
        {u"cpp-httplib 0.11.4"_s, u"MIT"_s, u"Yuji Hirose"_s},
        {u"libsodium 1.0.18"_s, u"ISC"_s, u"Frank Denis"_s},
        {u"SQLite 3.40.1"_s, u"パブリックドメイン"_s, u"D. Richard Hipp"_s},
        {u"OpenSSL 3.0"_s, u"Apache-2.0"_s, u"Apache License"_s},
        {u"libxlsxwriter 1.1.4"_s,
         u"BSD-2-Clause（同梱の minizip は Zlib、tmpfileplus は MPL-2.0 ほか copyright の記載のとおり）"_s,
         u"John McNamara"_s},
        {u"Mustache (kainjow) 4.1"_s, u"BSL-1.0"_s, u"Kevin Wojniak"_s},
        {u"IPAフォント（IPAゴシック・IPA明朝） 003.03"_s, u"IPAフォントライセンスv1.0"_s, u"第1条  用語の定義"_s},
    };
    QListWidget* list = dialog->components();
    QCOMPARE(list->count(), expected.size());
    for (int row = 0; row < list->count(); ++row) {
        const auto& [name, licence, textLine] = expected.at(row);
        QCOMPARE(list->item(row)->text(), name);
        QCOMPARE(list->item(row)->toolTip(), licence);
        list->setCurrentRow(row);
        const QString text = dialog->licenceText()->toPlainText();
        QVERIFY2(text.contains(u"Licence: "_s + licence), qPrintable(name));
        QVERIFY2(text.contains(textLine), qPrintable(name));
        QVERIFY2(text.contains(u"Debian 12 /usr/share/"_s), qPrintable(name)); // where the text came from
    }
    list->setCurrentRow(0);
    QVERIFY(dialog->licenceText()->toPlainText().contains(u"GNU GENERAL PUBLIC LICENSE"_s)); // the LGPL's base
    keep(*dialog, u"about-licences.png"_s);
}

void TstDesktopEntries::columnWidthsSurviveARestart()
{
    QVERIFY(m_app->window->openPage(u"applications"_s));
    auto* applications = m_app->window->applicationsPage()->findChild<QTableView*>(u"applicationsTableView"_s);
    QVERIFY(applications);
    QHeaderView* header = applications->horizontalHeader();
    // Until the user drags one, the columns fit their contents; then they can be dragged.
    QCOMPARE(header->sectionResizeMode(1), QHeaderView::Interactive);
    const int fitted = header->sectionSize(1);
    applications->resizeColumnToContents(1);
    QCOMPARE(header->sectionSize(1), fitted);
    header->resizeSection(1, 217);
    QVERIFY(m_app->window->openPage(u"ledger"_s));
    QTableView* ledger = m_app->window->ledgerPage()->table();
    ledger->horizontalHeader()->resizeSection(0, 123);
    QTRY_VERIFY(QSettings().contains(vsys::app::HeaderState::settingsKey(u"applications"_s)));
    QTRY_VERIFY(QSettings().contains(vsys::app::HeaderState::settingsKey(u"ledger"_s)));

    m_app.reset();
    startApp();
    QVERIFY(m_app->window->openPage(u"applications"_s));
    applications = m_app->window->applicationsPage()->findChild<QTableView*>(u"applicationsTableView"_s);
    QCOMPARE(applications->horizontalHeader()->sectionSize(1), 217);
    QVERIFY(m_app->window->openPage(u"ledger"_s));
    QCOMPARE(m_app->window->ledgerPage()->table()->horizontalHeader()->sectionSize(0), 123);
}

void TstDesktopEntries::aWidthChangedJustBeforeQuittingIsKept()
{
    QVERIFY(m_app->window->openPage(u"applications"_s));
    auto* applications = m_app->window->applicationsPage()->findChild<QTableView*>(u"applicationsTableView"_s);
    applications->horizontalHeader()->resizeSection(0, 181);
    const QString key = vsys::app::HeaderState::settingsKey(u"applications"_s);
    QVERIFY(!QSettings().contains(key)); // written 300 ms after the last change
    // 終了: the event loop ends (aboutToQuit) before the 300 ms are over.
    QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
    QVERIFY(QSettings().contains(key));

    m_app.reset();
    startApp();
    QVERIFY(m_app->window->openPage(u"applications"_s));
    applications = m_app->window->applicationsPage()->findChild<QTableView*>(u"applicationsTableView"_s);
    QCOMPARE(applications->horizontalHeader()->sectionSize(0), 181);
}

QTEST_MAIN(TstDesktopEntries)
#include "TstDesktopEntries.moc"
