// SPDX-License-Identifier: MIT
// PrintStyle: the page and type every official printout (申込（控）, 請求総括書, 市区町村別請求書) shares:
// A4 portrait, 15 mm margins, 明朝 for the text, ゴシック for headings and tables, the title centred and
// larger (ui-guidelines.md, Printing).
#pragma once

#include <QFont>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace vsys::print {

class PrintStyle
{
public:
    static constexpr int kPdfResolution = 300; ///< dpi of the PDF files
    static constexpr qreal kMarginMillimetres = 15.0;
    /// The user state (QTextBlock::userState()) of a heading that must not end a page: p.section.
    static constexpr int kKeepWithNext = 1;

    static QPageLayout pageLayout();
    static void applyPageLayout(QPagedPaintDevice& device);

    /// The 明朝 family for the text: IPAMincho, else the first installed substitute (Yu Mincho, MS 明朝).
    static QString bodyFamily();
    /// The ゴシック family for headings and tables: IPAGothic, else Yu Gothic or MS ゴシック.
    static QString headingFamily();
    static QFont bodyFont();
    /// The page number at the foot of each page.
    static QFont pageNumberFont();

    /// Rules for the printouts' HTML: h1 is the title, p.section a section's heading (kept with what
    /// follows it), table.fields a label | value table (th its title row, repeated on the next page;
    /// td.label its labels), p.note a remark, .aside the words beside a heading, p.footer the 印刷日時
    /// line. Headings are p.section rather than h2: Qt sizes an h2's text by its level, whatever the
    /// style sheet says.
    static QString styleSheet();
    /// Every text that goes into a printout's HTML passes here, so user data prints as typed (a 会場名 such as
    /// 「<b>本館</b> & 別館」) and line breaks stay.
    static QString escaped(const QString& text);
    /// One row of a table.fields: the label, then the value (both escaped).
    static QString labelRow(const QString& label, const QString& value);
    /// Gives the document the body font and the style sheet. Call it before setHtml(): the style sheet
    /// applies when the HTML is parsed.
    static void prepare(QTextDocument& document);
};

} // namespace vsys::print
