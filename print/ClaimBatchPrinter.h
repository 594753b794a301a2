// SPDX-License-Identifier: MIT
// ClaimBatchPrinter: 一括出力, many claim sheets (every municipality's 市区町村別請求書) painted one sheet at a
// time onto one printer or PDF, so that a batch of 1,700 sheets reports its progress and can be stopped.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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

    /// Paints `sheets` (bodies from ClaimSummaryDocument::sheet / MunicipalityClaimDocument::sheets), each
    /// starting a new page, onto `device` as its page layout stands, with 「n / total」 at the foot of every
    /// page counted over the whole batch. Returns the pages painted; an error with code Cancelled when
    /// `progress` stopped it, "printer" when the device could not be painted on.
    static core::Result<int>
    print(const QString& title, const QStringList& sheets, QPagedPaintDevice& device, const Progress& progress = {});
    /// The same on a printer, `title` naming the print job.
    static core::Result<int>
    print(const QString& title, const QStringList& sheets, QPrinter& printer, const Progress& progress = {});

    /// Writes the batch to `filePath` as PdfExporter writes a document (A4, PrintStyle's margins, IPA fonts,
    /// `title` as the PDF's title). The file appears only complete: a cancelled or failed batch leaves an
    /// existing file as it was and no partial file behind. Errors: code Cancelled, or code Storage naming the file.
    static core::Result<int>
    writePdf(const QString& title, const QStringList& sheets, const QString& filePath, const Progress& progress = {});
};

} // namespace vsys::print
