// SPDX-License-Identifier: MIT
#include "print/ClaimBatchPrinter.h"

#include "print/ClaimSheetPainter.h"
#include "print/Logging.h"
#include "print/PdfExporter.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace vsys::print {

core::Result<int>
ClaimBatchPrinter::print(const QList<ClaimSheet>& sheets, QPagedPaintDevice& device, const Progress& progress)
{
    const core::Error printerError{
        u"printer"_s, tr("Could not print the claim sheets. Check that the printer is ready and try again.")};
    QPainter painter;
    if (!painter.begin(&device)) {
        return printerError;
    }
    const ClaimSheetPainter sheetPainter(device);
    // One page per sheet: the foot's 「n / N」 is known before the first sheet is drawn.
    const int total = int(sheets.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0 && !device.newPage()) {
            qCWarning(lcPrint) << "Could not start page" << i + 1 << "of a claim batch";
            return printerError;
        }
        sheetPainter.paint(painter, sheets.at(i), i + 1, total);
        if (progress && !progress(i + 1, total)) {
            // A printer would still print the pages sent so far.
            if (auto* printer = dynamic_cast<QPrinter*>(&device)) {
                printer->abort();
            }
            painter.end();
            return core::Error{{},
                               tr("Printing was cancelled after %1 of %2 claim sheets.").arg(i + 1).arg(total),
                               core::ErrorCode::Cancelled};
        }
    }
    if (!painter.end()) {
        return printerError;
    }
    return total;
}

core::Result<int> ClaimBatchPrinter::print(const QString& title,
                                           const QList<ClaimSheet>& sheets,
                                           QPrinter& printer,
                                           const Progress& progress)
{
    printer.setDocName(title);
    return print(sheets, static_cast<QPagedPaintDevice&>(printer), progress);
}

core::Result<int> ClaimBatchPrinter::writePdf(const QString& title,
                                              const QList<ClaimSheet>& sheets,
                                              const QString& filePath,
                                              const Progress& progress)
{
    int pages = 0;
    const core::Result<void> written
        = PdfExporter::writePainted(filePath, title, [&](QPdfWriter& writer) -> core::Result<void> {
              const core::Result<int> printed = print(sheets, writer, progress);
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
