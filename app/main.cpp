// SPDX-License-Identifier: MIT
// vsysdesk: starts the desktop client on its local store and, unless a central server is
// configured, on the embedded server with demo data; optionally renders a screenshot and exits.
#include "app/MainWindow.h"
#include "app/session/ClientSession.h"
#include "app/settings/DesktopSettings.h"
#include "app/window/FirstFrame.h"
#include "app/window/SingleInstance.h"
#include "app/window/StartupWork.h"
#include "core/Translator.h"
#include "core/address/MunicipalityDirectory.h"
#include "db/Database.h"
#include "server/EmbeddedServer.h"
#include "server/demo/DemoData.h"
#include "sync/KeychainSecretStore.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <future>
#include <memory>
#include <thread>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    if (qEnvironmentVariable("QT_QPA_PLATFORM") != u"offscreen"_s) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "VSYS Desk"), message);
    }
    return 1;
}

/// A failure once the window shows: said, then the event loop ends with 1.
void failAfterStart(const QString& message)
{
    fail(message);
    QApplication::exit(1);
}

void saveScreenshot(QWidget& window, const QString& file)
{
    // A dialog open over the window (--page about) is the picture: the package check shows the icon with it.
    QWidget* shown = &window;
    for (QWidget* topLevel : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(topLevel) && topLevel->isVisible()) {
            shown = topLevel;
        }
    }
    // Layout requests posted by the last changes (the status line's texts) are handled before the picture.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const bool saved = shown->grab().save(file, "PNG");
    std::fprintf(saved ? stdout : stderr, "%s %s\n",
                 saved ? "screenshot:" : "could not write screenshot:", qUtf8Printable(file));
    // At once, not at exit: a script (StartupBench) times the start to this line, not the shutdown after it.
    std::fflush(saved ? stdout : stderr);
    QApplication::exit(saved ? 0 : 1);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // The home screen's 対応が必要なこと reads the dose ledger, whose first read loads the municipality table
    // (市区町村, ~6 ms to decompress and parse): loaded on a thread of its own while this one shows the window. Its
    // function-local static makes a later caller wait for it. Started after the QApplication: Qt takes the first
    // thread that touches it for the main thread.
    const std::jthread municipalities([] { vsys::core::MunicipalityDirectory::builtIn(); });
    QApplication::setOrganizationName(u"VSYS Desk"_s);
    QApplication::setApplicationName(u"vsysdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(VSYS_VERSION));
    // The desktop entry the package installs: Wayland matches the window to its name and icon by it.
    QGuiApplication::setDesktopFileName(u"jp.vsysdesk.VsysDesk"_s);

    QSettings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"VSYS Desk"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(u"data-dir"_s,
                                           u"Folder of the local database (default: the one set in 設定, or the "_s
                                           u"system's place for app data)."_s,
                                           u"DIR"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Log in to the embedded server's demo venue at start."_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        u"Render the main window (or the dialog open over it, e.g. --page about) to FILE (PNG) and exit."_s, u"FILE"_s);
    const QCommandLineOption languageOption(u"lang"_s, u"UI language: ja (default) or en."_s, u"LANG"_s,
                                            settings.value(u"ui/language"_s, u"ja"_s).toString());
    const QCommandLineOption serverOption(u"server"_s, u"Central server URL (https://...); default: embedded."_s,
                                          u"URL"_s, settings.value(u"server/url"_s).toString());
    const QCommandLineOption serverCaOption(u"server-ca"_s, u"PEM certificate to trust for --server."_s, u"FILE"_s,
                                            settings.value(u"server/ca"_s).toString());
    const QCommandLineOption pageOption(
        u"page"_s,
        u"Screen to show once signed in: plan, claims, applications, new-application, about (バージョン情報), or an "
        u"application number (申込番号)."_s,
        u"PAGE"_s);
    const QCommandLineOption firstFrameOption(
        u"report-first-frame"_s,
        u"Print \"shown: MS\" on standard output when the window's first frame is painted (for StartupBench)."_s);
    parser.addOptions({dataDirOption, demoOption, screenshotOption, languageOption, serverOption, serverCaOption,
                       pageOption, firstFrameOption});
    parser.process(app);

    const QString dataDir
        = parser.isSet(dataDirOption) ? parser.value(dataDirOption) : vsys::app::DesktopSettings::dataFolder(settings);
    // One instance per user and data folder: a second start brings the first one's window forward and ends (a
    // local socket's round trip, well under a millisecond, before anything else starts).
    vsys::app::SingleInstance instance(dataDir);
    if (!instance.isPrimary()) {
        std::printf("vsysdesk: VSYS Desk already runs on %s; its window was brought forward.\n",
                    qUtf8Printable(QDir::toNativeSeparators(dataDir)));
        return 0;
    }
    if (!instance.listenError().isEmpty()) {
        std::fprintf(stderr, "vsysdesk: a second start will not find this one: %s\n",
                     qUtf8Printable(instance.listenError()));
    }
    vsys::app::DesktopSettings::applySavedFontSize(settings);

    if (!vsys::core::installTranslators(app, parser.value(languageOption))) {
        std::fprintf(stderr, "vsysdesk: no translation for language '%s'; using English\n",
                     qUtf8Printable(parser.value(languageOption)));
    }

    vsys::app::ClientSession::Options options;
    options.dataDir = dataDir;
    options.serverUrl = QUrl(parser.value(serverOption));
    if (!parser.value(serverCaOption).isEmpty()) {
        options.pinnedCas = QSslCertificate::fromPath(parser.value(serverCaOption), QSsl::Pem);
        if (options.pinnedCas.isEmpty()) {
            return fail(QApplication::translate("main", "--server-ca: no PEM certificate could be read from %1.")
                            .arg(parser.value(serverCaOption)));
        }
    }
    // The embedded server (its certificate, its SQLite database, the demo data check, its threads: 10-20 ms)
    // starts on a thread of its own while this one shows the window.
    std::future<vsys::core::Result<std::unique_ptr<vsys::server::EmbeddedServer>>> embedded;
    if (options.serverUrl.isEmpty()) {
        embedded = std::async(std::launch::async,
                              [dataDir] { return vsys::app::ClientSession::startEmbeddedServer(dataDir); });
    }

    // Made before the window and destroyed after it, which uses them once attached.
    std::unique_ptr<vsys::db::Database> database;
    std::unique_ptr<vsys::app::ClientSession> session;
    // The home screen first, the rest after it: the window's frame is on screen before any database opens.
    vsys::app::MainWindow window;
    window.show();
    QObject::connect(&instance, &vsys::app::SingleInstance::activationRequested, &window,
                     [&window] { vsys::app::SingleInstance::bringForward(window); });

    // The page and the screenshot follow the start-up work (StartupWork): the local data opening, and with --demo
    // the login and the first sync, which run after the home screen shows.
    const vsys::app::StartupWork& startup = *window.startupWork();
    if (parser.isSet(pageOption)) {
        const QString page = parser.value(pageOption);
        QObject::connect(
            &startup, &vsys::app::StartupWork::finished, &window,
            [&window, page] {
                if (!window.openPage(page)) {
                    std::fprintf(stderr, "vsysdesk: --page: no such page or application: %s\n", qUtf8Printable(page));
                }
            },
            Qt::SingleShotConnection);
    }
    // The screenshot follows the start-up work and the home screen's first frame (whose `shown:` line it must not
    // precede, as it exits).
    auto screenshotWaitsFor = std::make_shared<int>(2);
    const auto oneDone = [&window, file = parser.value(screenshotOption), screenshotWaitsFor] {
        if (--*screenshotWaitsFor == 0 && !file.isEmpty()) {
            saveScreenshot(window, file);
        }
    };
    // Queued, so that the page opened above and the status line are laid out first.
    QObject::connect(&startup, &vsys::app::StartupWork::finished, &window, oneDone,
                     Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));

    // After the first frame: the local database, the session on the embedded (or configured) server, the window
    // attached to them, then the ID used last from its local data — or, with --demo, the demo login (the embedded
    // server's Argon2id check, ~100 ms of a core, which does not compete with the first frame).
    const bool demoAsked = parser.isSet(demoOption);
    const auto openLocalData = [&] {
        auto opened = vsys::db::Database::open(QDir(dataDir).filePath(u"vsysdesk.sqlite"_s));
        if (!opened) {
            failAfterStart(opened.error().message);
            return;
        }
        database = std::move(opened).value();
        std::unique_ptr<vsys::server::EmbeddedServer> embeddedServer;
        if (embedded.valid()) {
            auto started = embedded.get();
            if (!started) {
                failAfterStart(started.error().message);
                return;
            }
            embeddedServer = std::move(started).value();
        }
        auto made = vsys::app::ClientSession::start(
            *database, options, std::make_unique<vsys::sync::KeychainSecretStore>(), std::move(embeddedServer));
        if (!made) {
            failAfterStart(made.error().message);
            return;
        }
        session = std::move(made).value();
        window.attach(*database, *session);
        if (demoAsked && session->isEmbedded()) {
            const vsys::server::DemoAccount account = vsys::server::DemoData::accounts().constFirst();
            window.awaitLogin(account.vsysId);
            session->sync().login(session->serverUrl(), account.vsysId, account.password, false);
        } else {
            window.start();
        }
        oneDone();
    };
    // A window that is not exposed (started minimised) does not hold the start up for more than a second.
    auto opening = std::make_shared<bool>(false);
    const auto openOnce = [openLocalData, opening] {
        if (!std::exchange(*opening, true)) {
            openLocalData();
        }
    };
    const bool reportFirstFrame = parser.isSet(firstFrameOption);
    vsys::app::FirstFrame::whenPainted(window, [reportFirstFrame, openOnce](qint64 ms) {
        if (reportFirstFrame) {
            vsys::app::FirstFrame::report(ms);
        }
        openOnce();
    });
    QTimer::singleShot(1000, &window, openOnce);
    return QApplication::exec();
}
