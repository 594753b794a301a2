// SPDX-License-Identifier: MIT
#include "app/common/Printout.h"

#include "app/common/PrintoutWorker.h"
#include "print/DocumentPrinter.h"
#include "print/PdfExporter.h"
#include "print/PrintStyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPaintEngine>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

#include <optional>

using namespace Qt::StringLiterals;

namespace vsys::app {

Printout Printout::fromDocument(std::shared_ptr<QTextDocument> document, const QString& fileName)
{
    Printout printout;
    printout.title = document->metaInformation(QTextDocument::DocumentTitle);
    printout.fileName = fileName;
    printout.paint = [document](QPagedPaintDevice& device, const Printout::Progress&) -> core::Result<int> {
        if (!print::DocumentPrinter::print(*document, device)) {
            return core::Error{
                u"printer"_s,
                QCoreApplication::translate("vsys::app::Printout", "Could not print. Check that the printer is ready."),
                core::ErrorCode::Storage};
        }
        return document->pageCount();
    };
    return printout;
}

namespace {

/// `job` on a worker thread with progress and 中止 when the printout allows it, else here.
core::Result<int> paintFor(QWidget* parent,
                           const Printout& printout,
                           const std::function<core::Result<int>(const Printout::Progress&)>& job)
{
    if (!printout.background) {
        return job({});
    }
    return PrintoutWorker::run(parent, printout.title, printout.background->label, printout.background->sheets, job);
}

} // namespace

namespace PrintoutDialogs {

core::Result<int> preview(QWidget* parent, const Printout& printout)
{
    QPrinter printer(QPrinter::HighResolution);
    print::PrintStyle::applyPageLayout(printer);
    printer.setDocName(printout.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(printout.title);
    // The dialog opens at "fit the whole page", about 38 % on a 768-pixel screen: too small to check a form.
    // Fitting the width of a small dialog is not much larger, so it opens as large as the window it comes from.
    if (parent) {
        dialog.resize(parent->window()->size());
    }
    if (auto* view = dialog.findChild<QPrintPreviewWidget*>()) {
        view->setZoomMode(QPrintPreviewWidget::FitToWidth);
    }
    std::optional<core::Result<int>> painted;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        // The preview's own pages are recorded as pictures (a Picture paint engine) and shown as soon as this
        // returns, so they are painted here; the printer behind the dialog's print button gets the batch in the
        // background.
        if (target->paintEngine()->type() == QPaintEngine::Picture) {
            painted = printout.paint(*target, {});
            return;
        }
        painted = paintFor(&dialog, printout,
                           [&](const Printout::Progress& progress) { return printout.paint(*target, progress); });
    });
    if (dialog.exec() != QDialog::Accepted) {
        return 0;
    }
    return painted.value_or(0);
}

core::Result<QString> exportPdf(QWidget* parent, const Printout& printout)
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(printout.fileName);
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("vsys::app::Printout", "Export to PDF"), suggested,
        QCoreApplication::translate("vsys::app::Printout", "PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return QString();
    }
    // The whole file, from its QSaveFile to its commit, is written where the pages are painted.
    const core::Result<int> written = paintFor(parent, printout, [&](const Printout::Progress& progress) {
        int pages = 0;
        const core::Result<void> saved
            = print::PdfExporter::writePainted(path, printout.title, [&](QPdfWriter& writer) -> core::Result<void> {
                  const core::Result<int> painted = printout.paint(writer, progress);
                  if (!painted) {
                      // A printer's message would mislead here; the file is what failed.
                      return painted.error().code == core::ErrorCode::Cancelled ? painted.error()
                                                                                : print::PdfExporter::saveError(path);
                  }
                  pages = *painted;
                  return {};
              });
        return saved ? core::Result<int>(pages) : core::Result<int>(saved.error());
    });
    if (!written) {
        return written.error();
    }
    return path;
}

} // namespace PrintoutDialogs

} // namespace vsys::app
