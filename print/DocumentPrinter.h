// SPDX-License-Identifier: MIT
// DocumentPrinter: paints a printout (帳票) onto paper or PDF page by page, inside the device's margins,
// with 「1 / 3」 at the foot of every page.
#pragma once

class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QTextDocument;

namespace vsys::print {

class DocumentPrinter
{
public:
    /// Paints `document` onto the device's pages as its page layout stands. False when the device
    /// cannot be painted on (its file or printer could not be opened).
    static bool print(const QTextDocument& document, QPagedPaintDevice& device);

    /// The same on a printer, with the document's title as the print job's name. Set the printer up
    /// with PrintStyle::applyPageLayout() before showing QPrintPreviewDialog, and call this from its
    /// paintRequested signal.
    static bool print(const QTextDocument& document, QPrinter& printer);

    /// Lays `document` itself out for the device's pages (its resolution, the page less the footer, headings
    /// kept with what follows them) and returns its page count. For several documents painted as one
    /// printout (ClaimBatchPrinter), laid out in place rather than copied.
    static int layOut(QTextDocument& document, QPagedPaintDevice& device);
    /// Paints the pages of a document laid out by layOut() onto `painter`, open on `device`, as pages
    /// `firstPage` + 1, ... of a printout of `pageTotal` pages, starting a new page before each but the
    /// printout's first. False when the device could not start a page.
    static bool paintPages(
        QPainter& painter, QPagedPaintDevice& device, const QTextDocument& document, int firstPage, int pageTotal);
};

} // namespace vsys::print
