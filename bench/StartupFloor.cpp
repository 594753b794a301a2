// SPDX-License-Identifier: MIT
// StartupFloor: the least a Qt Widgets program can do to show a window and write it to a PNG — a bare
// QMainWindow shown, its first frame reported (`shown:`, as `vsysdesk --report-first-frame` does), then grabbed
// and saved, as `vsysdesk --screenshot` does at the end of its start. StartupBench starts it as a child process,
// the same way as vsysdesk, for the floor of the start-up figures.
// With `--japanese-text` the window holds one line of Japanese (a QLabel) and a status line: what any window
// showing Japanese pays beyond the bare one (fontconfig, the font database, the Japanese fallback font, its
// glyphs), printed by StartupBench for information.
#include "app/window/FirstFrame.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QStatusBar>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const bool japaneseText = argc == 3 && qstrcmp(argv[2], "--japanese-text") == 0;
    if (argc != 2 && !japaneseText) {
        std::fprintf(stderr, "usage: StartupFloor FILE.png [--japanese-text]\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    QMainWindow window;
    if (japaneseText) {
        window.setCentralWidget(new QLabel(QStringLiteral("職域追加接種の実施申込"), &window));
        window.statusBar()->showMessage(QStringLiteral("この端末のデータを開いています…"));
    }
    // The size MainWindow gives itself, so that both pictures have as many pixels to grab and compress.
    window.resize(QSize(1240, 700).boundedTo(window.screen()->availableGeometry().size()));
    window.show();
    // After the first frame, as vsysdesk's screenshot comes after its first frame and start-up work.
    vsys::app::FirstFrame::whenPainted(window, [&window, file](qint64 ms) {
        vsys::app::FirstFrame::report(ms);
        const bool saved = window.grab().save(file, "PNG");
        std::printf("screenshot: %s\n", qUtf8Printable(file));
        std::fflush(stdout);
        QApplication::exit(saved ? 0 : 1);
    });
    return QApplication::exec();
}
