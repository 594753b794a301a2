// SPDX-License-Identifier: MIT
// Printout: what an editing page prints (帳票), and the two ways it leaves the PC — the print preview with
// the printer behind it, and a PDF file — so every page previews and saves the same way.
#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;
class QWidget;

namespace vsys::app {

struct Printout
{
    /// Called after each sheet with the sheets done and the total; returning false stops the printout.
    using Progress = std::function<bool(int done, int total)>;
    /// A printout long enough to need a progress dialog, drawn off the GUI thread by PrintoutWorker.
    struct Background
    {
        int sheets = 0; ///< known before drawing: one page per sheet
        QString label; ///< what the progress dialog says
    };

    /// The print job's and the PDF's title, and the preview window's.
    QString title;
    /// The PDF file name offered, without a folder (the user's Documents folder is offered).
    QString fileName;
    /// Paints every page onto a device set up with the official page layout, reporting to `progress` (which
    /// may be empty) after each sheet; the pages (or sheets) painted, or why not (code Cancelled when
    /// `progress` stopped it).
    std::function<core::Result<int>(QPagedPaintDevice& device, const Progress& progress)> paint;
    /// Set when paint() touches nothing of the GUI thread and may run on a worker thread: the PDF and the
    /// printer then get it in the background, with progress and 中止 (the preview still paints in place).
    std::optional<Background> background;

    /// A printout of one document, laid out by print::DocumentPrinter with 「1 / n」 at the foot of each page.
    static Printout fromDocument(std::shared_ptr<QTextDocument> document, const QString& fileName);
};

namespace PrintoutDialogs {

/// Shows the print preview, opening at the page's full width, and prints from it. The pages printed, 0
/// when the preview was closed without printing, or why not.
core::Result<int> preview(QWidget* parent, const Printout& printout);
/// Asks where to save, then writes the PDF there (an existing file is replaced only by a complete one).
/// The file written, empty when the user chose none, or why not.
core::Result<QString> exportPdf(QWidget* parent, const Printout& printout);

} // namespace PrintoutDialogs

} // namespace vsys::app
