// SPDX-License-Identifier: MIT
// vsysdesk: starts the desktop client on its local store and, unless a central server is
// configured, on the embedded server with demo data; optionally renders a screenshot and exits.
#include "app/MainWindow.h"
#include "app/session/ClientSession.h"
#include "app/window/FirstFrameReport.h"
#include "app/window/StartupWork.h"
#include "core/Translator.h"
#include "db/Database.h"
#include "server/demo/DemoData.h"
#include "sync/KeychainSecretStore.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <functional>
#include <memory>

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

void saveScreenshot(QWidget& window, const QString& file)
{
    // Layout requests posted by the last changes (the status line's texts) are handled before the picture.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const bool saved = window.grab().save(file, "PNG");
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
    QApplication::setOrganizationName(u"VSYS Desk"_s);
    QApplication::setApplicationName(u"vsysdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(VSYS_VERSION));

    QSettings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"VSYS Desk"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(u"data-dir"_s, u"Folder of the local database."_s, u"DIR"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Log in to the embedded server's demo venue at start."_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s, u"Render the main window to FILE (PNG) and exit."_s,
                                              u"FILE"_s);
    const QCommandLineOption languageOption(u"lang"_s, u"UI language: ja (default) or en."_s, u"LANG"_s,
                                            settings.value(u"ui/language"_s, u"ja"_s).toString());
    const QCommandLineOption serverOption(u"server"_s, u"Central server URL (https://...); default: embedded."_s,
                                          u"URL"_s, settings.value(u"server/url"_s).toString());
    const QCommandLineOption serverCaOption(u"server-ca"_s, u"PEM certificate to trust for --server."_s, u"FILE"_s,
                                            settings.value(u"server/ca"_s).toString());
    const QCommandLineOption pageOption(
        u"page"_s,
        u"Screen to show once signed in: plan, claims, applications, new-application, or an application number "
        u"(申込番号)."_s,
        u"PAGE"_s);
    const QCommandLineOption firstFrameOption(
        u"report-first-frame"_s,
        u"Print \"shown: MS\" on standard output when the window's first frame is painted (for StartupBench)."_s);
    parser.addOptions({dataDirOption, demoOption, screenshotOption, languageOption, serverOption, serverCaOption,
                       pageOption, firstFrameOption});
    parser.process(app);

    if (!vsys::core::installTranslators(app, parser.value(languageOption))) {
        std::fprintf(stderr, "vsysdesk: no translation for language '%s'; using English\n",
                     qUtf8Printable(parser.value(languageOption)));
    }

    const QString dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    auto database = vsys::db::Database::open(QDir(dataDir).filePath(u"vsysdesk.sqlite"_s));
    if (!database) {
        return fail(database.error().message);
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
    auto session
        = vsys::app::ClientSession::start(**database, options, std::make_unique<vsys::sync::KeychainSecretStore>());
    if (!session) {
        return fail(session.error().message);
    }

    // The demo login is sent before the window is made: its request leaves on Qt's network thread, and the
    // embedded server checks the password (Argon2id, ~100 ms) on its own thread while this one builds the window.
    const bool demo = parser.isSet(demoOption) && (*session)->isEmbedded();
    if (demo) {
        const vsys::server::DemoAccount account = vsys::server::DemoData::accounts().constFirst();
        (*session)->sync().login((*session)->serverUrl(), account.vsysId, account.password, false);
    }
    vsys::app::MainWindow window(**database, **session);
    window.show();
    // The page and the screenshot follow the start-up work (StartupWork): with --demo the login and the first
    // sync, which run after the home screen shows; otherwise nothing, as the window opens on local data.
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
    // The screenshot follows the start-up work and, with --report-first-frame, the first frame's line (it exits).
    const bool reportFirstFrame = parser.isSet(firstFrameOption);
    auto screenshotWaitsFor = std::make_shared<int>(reportFirstFrame ? 2 : 1);
    const auto oneDone = [&window, file = parser.value(screenshotOption), screenshotWaitsFor] {
        if (--*screenshotWaitsFor == 0) {
            saveScreenshot(window, file);
        }
    };
    if (parser.isSet(screenshotOption)) {
        // Queued, so that the page opened above and the status line are laid out first.
        QObject::connect(&startup, &vsys::app::StartupWork::finished, &window, oneDone,
                         Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    if (reportFirstFrame) {
        vsys::app::FirstFrameReport::install(window,
                                             parser.isSet(screenshotOption) ? std::function<void()>(oneDone) : nullptr);
    }

    if (demo) {
        window.loginSent(vsys::server::DemoData::accounts().constFirst().vsysId);
    } else {
        window.start();
    }
    return QApplication::exec();
}
