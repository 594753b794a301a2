// SPDX-License-Identifier: MIT
// ClaimBatchPrinter: 一括出力, many claim sheets (every municipality's 市区町村別請求書) drawn one page per sheet
// onto one printer or PDF in one pass: the page count is the sheet count, so the batch reports its progress and
// can be stopped from its first sheet. Nothing here touches a widget: it may run on a worker thread.
#pragma once

#include "core/Result.h"
#include "print/ClaimSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace vsys::print {

class ClaimBatchPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ClaimBatchPrinter)
public:
    /// Called after each sheet with the sheets done and the total; returning false stops the batch.
    using Progress = std::function<bool(int done, int total)>;

    /// Draws `sheets` (from ClaimSummaryDocument::sheet / MunicipalityClaimDocument::sheets), one page each,
    /// onto `device` as its page layout stands, with 「n / total」 at the foot of every page. Returns the pages
    /// painted; an error with code Cancelled when `progress` stopped it, "printer" when the device could not
    /// be painted on. Touches no widget: PrintoutWorker runs it on a worker thread.
    static core::Result<int>
    print(const QList<ClaimSheet>& sheets, QPagedPaintDevice& device, const Progress& progress = {});
    /// The same on a printer, `title` naming the print job.
    static core::Result<int>
    print(const QString& title, const QList<ClaimSheet>& sheets, QPrinter& printer, const Progress& progress = {});

    /// Writes the batch to `filePath` as PdfExporter writes a document (A4, PrintStyle's margins, IPA fonts,
    /// `title` as the PDF's title). The file appears only complete: a cancelled or failed batch leaves an
    /// existing file as it was and no partial file behind. Errors: code Cancelled, or code Storage naming the file.
    static core::Result<int> writePdf(const QString& title,
                                      const QList<ClaimSheet>& sheets,
                                      const QString& filePath,
                                      const Progress& progress = {});
};

} // namespace vsys::print
