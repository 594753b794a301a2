// SPDX-License-Identifier: MIT
// StartupBench: the time from starting vsysdesk to its home screen's first frame on screen, with `--demo` (the
// login and first sync then run behind the home screen, the status line saying so) and without a demo login,
// against the floor of a bare QMainWindow's first frame (StartupFloor). All three are child processes started the
// same way, in rounds that alternate them, and timed from start() to the moment their "shown:" line
// (`--report-first-frame`, app/window/FirstFrame.h) arrives on their standard output; the figure is the
// median over the rounds. The time to the "screenshot:" line (the start-up work finished and the window written
// to a PNG, the screenshot tool's own cost) is printed for information.
// The first start in a new data folder (which seeds the embedded server's demo database) is printed apart, and so
// is, for information, the same bare window holding one line of Japanese text (`StartupFloor --japanese-text`):
// the part of every figure that any window showing Japanese pays (fontconfig, the font database, the Japanese
// fallback font and its glyphs), which the bare floor does not.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/// Seconds from start() to the child's "shown:" line (its first frame painted) and to its "screenshot:" line
/// (the start-up work finished and the PNG written); negative when the program failed.
struct Times
{
    double shown = -1;
    double screenshot = -1;
};

Times timeChild(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray out;
    Times times;
    while (times.screenshot < 0) {
        if (!process.waitForReadyRead(60'000)) {
            std::fprintf(stderr, "%s wrote no %s line (exit %d)\n", qUtf8Printable(program),
                         times.shown < 0 ? "shown" : "screenshot", process.exitCode());
            process.kill();
            process.waitForFinished();
            return {};
        }
        out += process.readAllStandardOutput();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (times.shown < 0 && out.contains("shown:")) {
            times.shown = seconds;
        }
        if (out.contains("screenshot:")) {
            times.screenshot = seconds;
        }
    }
    process.waitForFinished(60'000);
    if (times.shown < 0) {
        std::fprintf(stderr, "%s wrote no shown line\n", qUtf8Printable(program));
        return {};
    }
    return times;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void printRatio(const char* name, double figure, double floor, double required)
{
    std::printf("start-up %s: %.3f s; floor (bare QMainWindow, its first frame, same run): %.3f s; "
                "ratio %.2fx (required <= %gx)\n",
                name, figure, floor, figure / floor, required);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int rounds = 7;
    if (const qsizetype at = args.indexOf(u"--rounds"_s); at > 0 && at + 1 < args.size()) {
        rounds = std::max(1, args.at(at + 1).toInt());
    }
    // Headless as on CI, unless a platform was chosen; both children get the same environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    const QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    const QString png = dir.filePath(u"shot.png"_s);
    const QString vsysdesk = QStringLiteral(VSYSDESK_PATH);
    const QString floorProgram = QStringLiteral(STARTUP_FLOOR_PATH);
    const QStringList demo{u"--demo"_s, u"--data-dir"_s, data, u"--screenshot"_s, png, u"--report-first-frame"_s};
    const QStringList noDemo{u"--data-dir"_s, data, u"--screenshot"_s, png, u"--report-first-frame"_s};

    const Times first = timeChild(vsysdesk, demo);
    if (first.shown < 0) {
        return 1;
    }
    std::printf("first start in a new data folder (seeds the embedded server), --demo: home screen shown %.3f s, "
                "login and first sync done and PNG written %.3f s\n",
                first.shown, first.screenshot);

    // Per program: the first frame's times, then the times to the written PNG.
    struct Series
    {
        std::vector<double> shown, screenshot;
    };
    Series floors, texts, demos, noDemos;
    for (int round = 0; round < rounds; ++round) {
        for (const auto& [series, program, arguments] :
             {std::tuple{&floors, floorProgram, QStringList{png}},
              std::tuple{&texts, floorProgram, QStringList{png, u"--japanese-text"_s}},
              std::tuple{&demos, vsysdesk, demo}, std::tuple{&noDemos, vsysdesk, noDemo}}) {
            const Times times = timeChild(program, arguments);
            if (times.shown < 0) {
                return 1;
            }
            series->shown.push_back(times.shown);
            series->screenshot.push_back(times.screenshot);
        }
    }
    const double floor = median(floors.shown);
    std::printf("%d rounds, medians:\n", rounds);
    printRatio("--demo (to the home screen's first frame; the login and first sync run behind it)", median(demos.shown),
               floor, 3);
    printRatio("without a demo login (to the home screen's first frame, the ID used last, from local data)",
               median(noDemos.shown), floor, 2);
    std::printf("  for information, the bare window with one line of Japanese text (StartupFloor --japanese-text): "
                "%.3f s, %.2fx the floor\n",
                median(texts.shown), median(texts.shown) / floor);
    std::printf("  for information, to the PNG written after the start-up work: --demo %.3f s, without a demo login "
                "%.3f s, floor %.3f s\n",
                median(demos.screenshot), median(noDemos.screenshot), median(floors.screenshot));
    return 0;
}
