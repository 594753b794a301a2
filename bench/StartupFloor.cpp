// SPDX-License-Identifier: MIT
// StartupFloor: the least a Qt Widgets program can do to show a window and write it to a PNG — a bare
// QMainWindow shown, its first frame reported (`shown:`, as `vsysdesk --report-first-frame` does), then grabbed
// and saved, as `vsysdesk --screenshot` does at the end of its start. StartupBench starts it as a child process,
// the same way as vsysdesk, for the floor of the start-up figures.
#include "app/window/FirstFrame.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: StartupFloor FILE.png\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    QMainWindow window;
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
