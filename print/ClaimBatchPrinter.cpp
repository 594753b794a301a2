// SPDX-License-Identifier: MIT
#include "print/ClaimBatchPrinter.h"

#include "print/ClaimSheet.h"
#include "print/DocumentPrinter.h"
#include "print/Logging.h"
#include "print/PdfExporter.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

/// Sheets whose layout is kept from counting the pages to painting them. A sheet laid out at 300 dpi holds
/// about 180 kB, so keeping every sheet of a batch of all 1,741 municipalities would take over 300 MB; the
/// sheets past these are laid out again when painted (about 15 ms each). A venue's usual month, tens of
/// municipalities, is laid out once.
constexpr qsizetype kKeptLayouts = 100;

std::unique_ptr<QTextDocument> laidOut(const QString& title, const QString& sheet, QPagedPaintDevice& device)
{
    std::unique_ptr<QTextDocument> document = ClaimSheet::create(title, {sheet});
    DocumentPrinter::layOut(*document, device);
    return document;
}

} // namespace

core::Result<int> ClaimBatchPrinter::print(const QString& title,
                                           const QStringList& sheets,
                                           QPagedPaintDevice& device,
                                           const Progress& progress)
{
    const core::Error printerError{
        u"printer"_s, tr("Could not print the claim sheets. Check that the printer is ready and try again.")};
    QPainter painter;
    if (!painter.begin(&device)) {
        return printerError;
    }
    // The foot of the first page already names the batch's page count, so every sheet is laid out before
    // anything is painted. Each sheet is a document of its own, so that memory holds only the layouts kept and
    // the one being painted, never the whole batch.
    std::vector<std::unique_ptr<QTextDocument>> kept;
    int pageTotal = 0;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        std::unique_ptr<QTextDocument> document = laidOut(title, sheets.at(i), device);
        pageTotal += document->pageCount();
        if (i < kKeptLayouts) {
            kept.push_back(std::move(document));
        }
    }

    int painted = 0;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const std::unique_ptr<QTextDocument> document
            = i < qsizetype(kept.size()) ? std::move(kept.at(i)) : laidOut(title, sheets.at(i), device);
        if (!DocumentPrinter::paintPages(painter, device, *document, painted, pageTotal)) {
            qCWarning(lcPrint) << "Could not start page" << painted + 1 << "of a claim batch";
            return printerError;
        }
        painted += document->pageCount();
        if (progress && !progress(int(i + 1), int(sheets.size()))) {
            // A printer would still print the pages sent so far.
            if (auto* printer = dynamic_cast<QPrinter*>(&device)) {
                printer->abort();
            }
            painter.end();
            return core::Error{{},
                               tr("Printing was cancelled after %1 of %2 claim sheets.").arg(i + 1).arg(sheets.size()),
                               core::ErrorCode::Cancelled};
        }
    }
    if (!painter.end()) {
        return printerError;
    }
    return painted;
}

core::Result<int>
ClaimBatchPrinter::print(const QString& title, const QStringList& sheets, QPrinter& printer, const Progress& progress)
{
    printer.setDocName(title);
    return print(title, sheets, static_cast<QPagedPaintDevice&>(printer), progress);
}

core::Result<int> ClaimBatchPrinter::writePdf(const QString& title,
                                              const QStringList& sheets,
                                              const QString& filePath,
                                              const Progress& progress)
{
    int pages = 0;
    const core::Result<void> written
        = PdfExporter::writePainted(filePath, title, [&](QPdfWriter& writer) -> core::Result<void> {
              const core::Result<int> printed = print(title, sheets, writer, progress);
              if (!printed) {
                  if (printed.error().code == core::ErrorCode::Cancelled) {
                      return core::Error{{},
                                         tr("The PDF file %1 was not saved because saving was cancelled. Save it "
                                            "again to get every claim sheet.")
                                             .arg(QDir::toNativeSeparators(filePath)),
                                         core::ErrorCode::Cancelled};
                  }
                  return PdfExporter::saveError(filePath);
              }
              pages = *printed;
              return {};
          });
    if (!written) {
        return written.error();
    }
    return pages;
}

} // namespace vsys::print
