// SPDX-License-Identifier: MIT
// DocumentPrinter: paints a printout (帳票) onto paper or PDF page by page, inside the device's margins,
// with 「1 / 3」 at the foot of every page.
#pragma once

class QPagedPaintDevice;
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
};

} // namespace vsys::print
