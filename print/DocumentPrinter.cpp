// SPDX-License-Identifier: MIT
#include "print/DocumentPrinter.h"

#include "print/PrintStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

/// Moves a heading that would end a page (PrintStyle::kKeepWithNext) to the next page, with what
/// follows it: Qt's layout knows no keep-with-next. After each move the whole layout is redone (left
/// to itself, the layout updates lazily and drops text below the move from the pages), so one pass
/// sees every later heading where it now falls.
void keepHeadingsWithNext(QTextDocument& document, qreal pageHeight)
{
    // The page of a block's first line: the layout moves a line that does not fit down to the next page
    // inside its block, so the block itself may still start on the page before.
    const auto pageOf = [&](const QTextBlock& block) {
        qreal top = document.documentLayout()->blockBoundingRect(block).top();
        if (block.layout()->lineCount() > 0) {
            top += block.layout()->lineAt(0).y();
        }
        return int(top / pageHeight);
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock previous = block.previous();
        const QTextBlock next = block.next();
        // A heading that already opens its page stays: moving it would only leave that page empty.
        if (block.userState() != PrintStyle::kKeepWithNext || !previous.isValid() || !next.isValid()
            || pageOf(previous) != pageOf(block) || pageOf(next) == pageOf(block)) {
            continue;
        }
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        document.markContentsDirty(0, document.characterCount());
    }
}

/// Lays `document` out for the device's pages: its resolution, the page less the footer, headings kept with
/// what follows them.
void layOut(QTextDocument& document, QPagedPaintDevice& device)
{
    document.documentLayout()->setPaintDevice(&device);
    const qreal footerHeight = 2 * QFontMetricsF(PrintStyle::pageNumberFont(), &device).height();
    // The painter's origin is the top left corner inside the margins.
    const QSizeF body(device.width(), device.height() - footerHeight);
    document.setPageSize(body);
    keepHeadingsWithNext(document, body.height());
}

/// Paints the pages of a document laid out by layOut() onto `painter`, open on `device`, each but the first on a
/// new page with 「n / N」 at its foot. False when the device could not start a page.
bool paintPages(QPainter& painter, QPagedPaintDevice& device, const QTextDocument& document)
{
    // layOut() left the page body as the document's page size; the footer has the rest of the page.
    const QSizeF body = document.pageSize();
    const QRectF footer(0, body.height(), body.width(), device.height() - body.height());
    const QFont numberFont = PrintStyle::pageNumberFont();
    const int pageCount = document.pageCount();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            return false;
        }
        const qreal top = page * body.height();
        painter.save();
        painter.translate(0, -top);
        QAbstractTextDocumentLayout::PaintContext context;
        // The layout moves a line that would cross the page's foot to the next page, where it starts
        // exactly at this page's bottom edge; without the pixel less it is drawn on both pages, and a
        // PDF reader finds its text twice. The painter's clip keeps frames and borders on their page.
        context.clip = QRectF(QPointF(0, top), body).adjusted(0, 0, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(numberFont);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, u"%1 / %2"_s.arg(page + 1).arg(pageCount));
    }
    return true;
}

} // namespace

bool DocumentPrinter::print(const QTextDocument& document, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    // A copy is laid out at the device's resolution, so the caller's document keeps its screen layout
    // (a preview may show it again) and fonts are measured as they will be printed.
    const std::unique_ptr<QTextDocument> copy(document.clone());
    layOut(*copy, device);
    if (!paintPages(painter, device, *copy)) {
        return false;
    }
    return painter.end();
}

bool DocumentPrinter::print(const QTextDocument& document, QPrinter& printer)
{
    printer.setDocName(document.metaInformation(QTextDocument::DocumentTitle));
    return print(document, static_cast<QPagedPaintDevice&>(printer));
}

} // namespace vsys::print
