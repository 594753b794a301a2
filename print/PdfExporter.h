// SPDX-License-Identifier: MIT
// PdfExporter: saves a printout (帳票) as a PDF file with the official page style, for the company's
// records or to send by e-mail.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPdfWriter;
class QTextDocument;

namespace vsys::print {

class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)
public:
    /// Writes `document` to `filePath` on A4 with PrintStyle's margins at 300 dpi, the document's title
    /// as the PDF's title. An existing file is replaced only once the whole PDF is written. The error
    /// (code Storage) names the file and says how to fix it.
    static core::Result<void> write(const QTextDocument& document, const QString& filePath);

    /// Paints a PDF's pages onto the writer writePainted() set up.
    using Painter = std::function<core::Result<void>(QPdfWriter& writer)>;
    /// The writer behind write(), for a printout painted by other means (ClaimBatchPrinter): the same page
    /// setup and file handling, `title` as the PDF's title. An error from `paint` is returned as it is, and
    /// like any failure leaves an existing file as it was.
    static core::Result<void> writePainted(const QString& filePath, const QString& title, const Painter& paint);
    /// The error (code Storage) for a PDF that could not be saved as `filePath`.
    static core::Error saveError(const QString& filePath);
};

} // namespace vsys::print
