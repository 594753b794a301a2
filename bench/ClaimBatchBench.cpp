// SPDX-License-Identifier: MIT
// ClaimBatchBench: 一括出力 of the 市区町村別請求書 to PDF: one sheet (the baseline) against the batch of every
// municipality (1,747 sheets), in pages per second, and after the run how much more a page of the batch costs
// than a page printed alone (the layouts counted before painting, the growing PDF).
#include "core/Translator.h"
#include "print/ClaimBatchPrinter.h"
#include "print/MunicipalityClaimDocument.h"
#include "tests/print/support/EveryMunicipality.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <string>

using namespace Qt::StringLiterals;
using vsys::print::ClaimBatchPrinter;
using vsys::print::MunicipalityClaimDocument;

namespace {

const std::string kBaseline = "OneSheet";

const QStringList& everySheet()
{
    static const QStringList sheets = MunicipalityClaimDocument::sheets(vsys::print::test::everyMunicipality());
    return sheets;
}

void writeBatch(benchmark::State& state, const QStringList& sheets)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"batch.pdf"_s);
    int pages = 0;
    for (auto _ : state) {
        const auto written = ClaimBatchPrinter::writePdf(MunicipalityClaimDocument::title(), sheets, path);
        if (!written) {
            state.SkipWithError(qPrintable(written.error().message));
            return;
        }
        pages = *written;
    }
    state.counters["pages"]
        = benchmark::Counter(double(pages) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["pages_per_pdf"] = pages;
}

void OneSheet(benchmark::State& state)
{
    writeBatch(state, everySheet().mid(0, 1));
}
BENCHMARK(OneSheet)->Unit(benchmark::kMillisecond)->UseRealTime();

void EveryMunicipality(benchmark::State& state)
{
    writeBatch(state, everySheet());
}
BENCHMARK(EveryMunicipality)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);

/// The console report, and each benchmark's real time per page kept for the ratios after the run.
class PerPageReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            const auto pages = run.counters.find("pages_per_pdf");
            if (run.run_type != Run::RT_Iteration || run.error_occurred || pages == run.counters.end()
                || pages->second.value <= 0) {
                continue;
            }
            m_secondsPerPage[run.run_name.function_name]
                = run.real_accumulated_time / double(run.iterations) / pages->second.value;
        }
    }

    const std::map<std::string, double>& secondsPerPage() const { return m_secondsPerPage; }

private:
    std::map<std::string, double> m_secondsPerPage;
};

} // namespace

int main(int argc, char** argv)
{
    // Headless, as on CI or over SSH, unless the user chose a platform (as vsysdesk-cli does).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    QGuiApplication app(argc, argv);
    // The sheets in Japanese, as the user prints them.
    vsys::core::installTranslators(app, u"ja"_s);

    PerPageReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const auto& perPage = reporter.secondsPerPage();
    const auto baseline = perPage.find(kBaseline);
    if (baseline != perPage.end()) {
        for (const auto& [name, seconds] : perPage) {
            if (name != kBaseline) {
                std::printf("%s: %.2f ms per page, %.2fx the %s baseline (%.2f ms per page)\n", name.c_str(),
                            seconds * 1e3, seconds / baseline->second, kBaseline.c_str(), baseline->second * 1e3);
            }
        }
    }
    return 0;
}
