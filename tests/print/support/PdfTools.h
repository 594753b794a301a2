// SPDX-License-Identifier: MIT
// PdfTools: what poppler-utils read from a PDF file (its text, fonts, page size), for the print tests.
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace vsys::print::test {

/// `pdftotext -layout`: the text as laid out, pages separated by form feeds.
QString pdfText(const QString& pdfPath);
/// The same for pages `firstPage` to `lastPage` (counted from 1) only: a few pages of a long PDF.
QString pdfText(const QString& pdfPath, int firstPage, int lastPage);
/// `pdftotext -bbox-layout`: XHTML with the box of every block, line and word, in points.
QString pdfBoxes(const QString& pdfPath);
/// `pdffonts`: one line per font with its type, encoding and whether it is embedded.
QString pdfFonts(const QString& pdfPath);
/// `pdfinfo`: title, page count and page size.
QString pdfInfo(const QString& pdfPath);
/// The page count pdfinfo reads, or -1 when it reads none.
int pdfPageCount(const QString& pdfPath);

/// A line of pdfText() that holds exactly `cells` in order, with any run of spaces (also 全角) or line
/// breaks between their words: a table row of a printout, whose caption may wrap.
QRegularExpression tableRow(const QStringList& cells);
/// Whether the cells appear in order separated only by spaces or line breaks, anywhere in `text`: looser
/// than tableRow(), for a row whose first cell pdftotext may place on the line above.
bool hasRow(const QString& text, const QStringList& cells);

} // namespace vsys::print::test
