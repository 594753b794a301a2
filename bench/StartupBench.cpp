// SPDX-License-Identifier: MIT
// StartupBench: the time from starting vsysdesk to its home screen written to a PNG (`--screenshot`), with
// `--demo` (the screenshot waits for the demo login and the first sync) and without a demo login, against the
// floor of a bare QMainWindow shown and written to a PNG (StartupFloor). All three are child processes started
// the same way, in rounds that alternate them, and timed from start() to the moment the "screenshot:" line
// arrives on their standard output (the file is written by then); the figure is the median over the rounds.
// The first start in a new data folder (which seeds the embedded server's demo database) is printed apart.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/// Seconds from start() to the "screenshot:" line; negative when the program failed.
double timeToScreenshot(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray out;
    while (!out.contains("screenshot:")) {
        if (!process.waitForReadyRead(60'000)) {
            std::fprintf(stderr, "%s wrote no screenshot line (exit %d)\n", qUtf8Printable(program),
                         process.exitCode());
            process.kill();
            process.waitForFinished();
            return -1;
        }
        out += process.readAllStandardOutput();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    process.waitForFinished(60'000);
    return seconds;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void printRatio(const char* name, double figure, double floor, double required)
{
    std::printf("start-up %s: %.3f s; floor (bare QMainWindow shown and written to PNG, same run): %.3f s; "
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
    const QStringList demo{u"--demo"_s, u"--data-dir"_s, data, u"--screenshot"_s, png};
    const QStringList noDemo{u"--data-dir"_s, data, u"--screenshot"_s, png};

    const double first = timeToScreenshot(vsysdesk, demo);
    if (first < 0) {
        return 1;
    }
    std::printf("first start in a new data folder (seeds the embedded server), --demo: %.3f s\n", first);

    std::vector<double> floors, demos, noDemos;
    for (int round = 0; round < rounds; ++round) {
        for (const auto& [times, program, arguments] :
             {std::tuple{&floors, floorProgram, QStringList{png}}, std::tuple{&demos, vsysdesk, demo},
              std::tuple{&noDemos, vsysdesk, noDemo}}) {
            const double seconds = timeToScreenshot(program, arguments);
            if (seconds < 0) {
                return 1;
            }
            times->push_back(seconds);
        }
    }
    const double floor = median(floors);
    std::printf("%d rounds, medians:\n", rounds);
    printRatio("--demo (to the home screen after the login and first sync)", median(demos), floor, 3);
    printRatio("without a demo login (the ID used last, from local data)", median(noDemos), floor, 2);
    return 0;
}
