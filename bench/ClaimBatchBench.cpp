// SPDX-License-Identifier: MIT
// ClaimBatchBench: 一括出力 of the 市区町村別請求書 to one PDF, against its floor measured in the same run: the same
// content (every sheet's text runs, bordered cells and shaded heads, IPA fonts, A4 at 300 dpi) drawn with plain
// QPainter calls at hard-coded positions on a QPdfWriter, with none of the project's layout code. The ratio is
// what the sheets' layout costs over drawing the same marks; it must stay within 2x.
//   Full run:  build/release/bench/ClaimBatchBench              (the 1,747 sheets of every municipality)
//   Smoke run: ClaimBatchBench --benchmark_filter=/20/          (20 sheets, ctest ClaimBatchBenchSmoke)
#include "core/Translator.h"
#include "print/ClaimBatchPrinter.h"
#include "print/MunicipalityClaimDocument.h"
#include "tests/print/support/EveryMunicipality.h"

#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;
using vsys::print::ClaimBatchPrinter;
using vsys::print::ClaimSheet;
using vsys::print::MunicipalityClaimDocument;

namespace {

const QList<ClaimSheet>& everySheet()
{
    static const QList<ClaimSheet> sheets = MunicipalityClaimDocument::sheets(vsys::print::test::everyMunicipality());
    return sheets;
}

void Sheets(benchmark::State& state)
{
    const QList<ClaimSheet> sheets = everySheet().mid(0, state.range(0));
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"batch.pdf"_s);
    for (auto _ : state) {
        const auto written = ClaimBatchPrinter::writePdf(MunicipalityClaimDocument::title(), sheets, path);
        if (!written || *written != sheets.size()) {
            state.SkipWithError("the batch was not written");
            return;
        }
    }
    state.counters["pages"]
        = benchmark::Counter(double(sheets.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}

// ---- The floor: no project code below but the sheets' words. ----

/// Every word a sheet prints, in drawing order: what the floor draws, one text run each.
QStringList wordsOf(const ClaimSheet& sheet, int page, int total)
{
    const ClaimSheet::Captions captions = ClaimSheet::captions();
    QStringList words{sheet.addressee, sheet.addresseeNote};
    for (const auto& field : sheet.institution) {
        words << field.label << field.value;
    }
    words << sheet.title;
    for (const auto& field : sheet.ids) {
        words << field.label << field.value;
    }
    words << sheet.checkLabel << sheet.checkNote << sheet.claimMonth;
    words << captions.category << captions.type << captions.claimedCount << captions.claimedAmount
          << captions.decidedCount << captions.decidedAmount;
    for (const auto& group : sheet.amounts) {
        words << group.category;
        for (const auto& row : group.rows) {
            words << row.type << row.count << row.amount;
        }
        words << group.subtotal.type << group.subtotal.count << group.subtotal.amount;
    }
    words << sheet.total.type << sheet.total.count << sheet.total.amount << captions.thickFrame;
    words << captions.unitPrices << captions.category << captions.type << captions.unitPrice;
    for (const auto& group : sheet.unitPrices) {
        words << group.category;
        for (const auto& price : group.prices) {
            words << price.label << price.value;
        }
    }
    words << u"%1 / %2"_s.arg(page).arg(total);
    return words;
}

/// A new-format sheet as ClaimSheetPainter draws it: bordered cells (the check box, the header rows, both
/// tables and the 太枠) and shaded heads (labels and column heads).
constexpr int kBorderedCells = 126;
constexpr int kShadedCells = 15;

/// Writes `pages` pages of the words to the PDF file `path`, each page's words on a fixed grid of 4 columns.
void drawFloor(const QList<QStringList>& pages, const QString& path)
{
    // To a file, as the batch writes its PDF.
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPainter painter(&writer);
    QFont mincho(u"IPAMincho"_s);
    mincho.setPointSizeF(10.5);
    QFont gothic(u"IPAGothic"_s);
    gothic.setPointSizeF(9.5);
    const qreal mm = 300 / 25.4;
    painter.setPen(QPen(Qt::black, 0.2 * mm));
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0) {
            writer.newPage();
        }
        for (int cell = 0; cell < kShadedCells; ++cell) {
            painter.fillRect(QRectF((cell % 6) * 30 * mm, (100 + cell / 6 * 6) * mm, 30 * mm, 6 * mm), Qt::lightGray);
        }
        for (int cell = 0; cell < kBorderedCells; ++cell) {
            painter.drawRect(QRectF((cell % 6) * 30 * mm, (cell / 6) * 6 * mm, 30 * mm, 6 * mm));
        }
        const QStringList& words = pages.at(page);
        for (qsizetype word = 0; word < words.size(); ++word) {
            painter.setFont(word % 2 ? gothic : mincho);
            painter.drawText(QPointF((word % 4) * 45 * mm + 1.5 * mm, (word / 4) * 9.5 * mm + 6 * mm), words.at(word));
        }
    }
    painter.end();
}

void Floor(benchmark::State& state)
{
    const QList<ClaimSheet> sheets = everySheet().mid(0, state.range(0));
    QList<QStringList> pages;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        pages.append(wordsOf(sheets.at(i), int(i + 1), int(sheets.size())));
    }
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"floor.pdf"_s);
    for (auto _ : state) {
        drawFloor(pages, path);
    }
    state.counters["pages"]
        = benchmark::Counter(double(sheets.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["text_runs_per_page"] = double(pages.value(0).size());
}

constexpr int kSmoke = 20;
constexpr int kEvery = 1747;
BENCHMARK(Sheets)->Arg(kSmoke)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(Floor)->Arg(kSmoke)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(Sheets)->Arg(kEvery)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);
BENCHMARK(Floor)->Arg(kEvery)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);

/// The console report, and each run's pages per second kept for the ratio lines after the run.
class RateReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            const auto pages = run.counters.find("pages");
            if (run.run_type == Run::RT_Iteration && !run.error_occurred && pages != run.counters.end()
                && run.cpu_accumulated_time > 0) {
                // The machine is shared: the CPU time of this process shows the ratio without the others' load.
                m_rates[run.benchmark_name()]
                    = {pages->second.value, pages->second.value * run.real_accumulated_time / run.cpu_accumulated_time};
            }
        }
    }

    /// 「claim batch (50 sheets): … pages/s; floor …: … pages/s; ratio …」 for every size run with its floor.
    void printRatios() const
    {
        const QLocale english(QLocale::English);
        for (const int sheets : {kSmoke, kEvery}) {
            const auto figure = m_rates.find("Sheets/" + std::to_string(sheets) + "/iterations:"
                                             + std::to_string(sheets == kSmoke ? 2 : 1) + "/real_time");
            const auto floor = m_rates.find("Floor/" + std::to_string(sheets)
                                            + "/iterations:" + std::to_string(sheets == kSmoke ? 2 : 1) + "/real_time");
            if (figure == m_rates.end() || floor == m_rates.end() || figure->second.real <= 0
                || figure->second.cpu <= 0) {
                continue;
            }
            std::printf(
                "claim batch (%s sheets): %s pages/s; floor (plain QPainter, same content): %s pages/s; "
                "ratio %.2fx (required <= 2x); on CPU time %s and %s pages/s, ratio %.2fx\n",
                qPrintable(english.toString(sheets)), qPrintable(english.toString(figure->second.real, 'f', 0)),
                qPrintable(english.toString(floor->second.real, 'f', 0)), floor->second.real / figure->second.real,
                qPrintable(english.toString(figure->second.cpu, 'f', 0)),
                qPrintable(english.toString(floor->second.cpu, 'f', 0)), floor->second.cpu / figure->second.cpu);
        }
    }

private:
    struct Rate
    {
        double real = 0; ///< pages per second of wall time
        double cpu = 0; ///< pages per second of this process's CPU time
    };
    std::map<std::string, Rate> m_rates;
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

    RateReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    reporter.printRatios();
    return 0;
}
