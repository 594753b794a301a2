// SPDX-License-Identifier: MIT
// vsysdesk: starts the desktop client on the local store, optionally with demo data or as a
// one-shot screenshot for machines without a display.
#include "app/MainWindow.h"
#include "core/Translator.h"
#include "db/Database.h"
#include "db/DemoData.h"
#include "db/VenueRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

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

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"VSYS Desk"_s);
    QApplication::setApplicationName(u"vsysdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(VSYS_VERSION));

    // Japanese is the default UI; English only when chosen.
    const QString language = QSettings().value(u"ui/language"_s, u"ja"_s).toString();
    QCommandLineParser parser;
    parser.setApplicationDescription(u"VSYS Desk"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(u"data-dir"_s, u"Folder of the local database."_s, u"DIR"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Add the demo venue when the database has none."_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s, u"Render the main window to FILE (PNG) and exit."_s,
                                              u"FILE"_s);
    const QCommandLineOption languageOption(u"lang"_s, u"UI language: ja (default) or en."_s, u"LANG"_s, language);
    const QCommandLineOption vsysIdOption(u"vsys-id"_s, u"Open the venue with this V-SYS ID."_s, u"ID"_s);
    parser.addOptions({dataDirOption, demoOption, screenshotOption, languageOption, vsysIdOption});
    parser.process(app);

    if (!vsys::core::installTranslators(app, parser.value(languageOption))) {
        std::fprintf(stderr, "vsysdesk: no translation for language '%s'; using English\n",
                     qUtf8Printable(parser.value(languageOption)));
    }

    const QString dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    auto database = vsys::db::Database::open(QDir(dataDir).filePath(u"vsysdesk.sqlite"_s));
    if (!database.ok()) {
        return fail(database.error().message);
    }
    if (parser.isSet(demoOption)) {
        if (const auto seeded = vsys::db::seedDemoData(**database); !seeded.ok()) {
            return fail(seeded.error().message);
        }
    }

    vsys::db::VenueRepository venues(**database);
    vsys::app::MainWindow window(venues);
    window.showVenue(parser.value(vsysIdOption));
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(0, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            std::fprintf(saved ? stdout : stderr, "%s %s\n",
                         saved ? "screenshot:" : "could not write screenshot:", qUtf8Printable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
