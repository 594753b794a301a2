// SPDX-License-Identifier: MIT
#include "print/PrintStyle.h"

#include "print/BundledFonts.h"

#include <QFontDatabase>
#include <QMarginsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QStringList>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

constexpr qreal kBodyPointSize = 10.5;
constexpr qreal kPageNumberPointSize = 8.0;

/// The first installed family of `candidates`, or the first candidate so that fontconfig picks the
/// nearest one. IPA comes first: with Noto CJK, pdftotext and copy-paste get Kangxi radicals instead of
/// kanji (platform-notes.md §2b).
QString firstInstalled(const QStringList& candidates)
{
    // On Windows the IPA fonts come with the program, not with the system.
    BundledFonts::loadOnce();
    for (const QString& family : candidates) {
        if (QFontDatabase::hasFamily(family)) {
            return family;
        }
    }
    return candidates.first();
}

} // namespace

QPageLayout PrintStyle::pageLayout()
{
    const QMarginsF margins(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres);
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}

void PrintStyle::applyPageLayout(QPagedPaintDevice& device)
{
    device.setPageLayout(pageLayout());
}

QString PrintStyle::bodyFamily()
{
    return firstInstalled({u"IPAMincho"_s, u"IPAexMincho"_s, u"Yu Mincho"_s, u"MS Mincho"_s, u"ＭＳ 明朝"_s});
}

QString PrintStyle::headingFamily()
{
    return firstInstalled({u"IPAGothic"_s, u"IPAexGothic"_s, u"Yu Gothic"_s, u"MS Gothic"_s, u"ＭＳ ゴシック"_s});
}

QFont PrintStyle::bodyFont()
{
    QFont font(bodyFamily());
    font.setPointSizeF(kBodyPointSize);
    return font;
}

QFont PrintStyle::pageNumberFont()
{
    QFont font(headingFamily());
    font.setPointSizeF(kPageNumberPointSize);
    return font;
}

QString PrintStyle::styleSheet()
{
    // Lengths in px are 1/96 inch; the text layout scales them to the printer's resolution.
    return uR"(h1 { font-family: '%2'; font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 12px; }
.aside { font-family: '%2'; font-size: 9pt; font-weight: normal; }
table.fields { font-family: '%2'; font-size: 9.5pt; border-collapse: collapse; margin-top: 6px; }
th { background-color: #d9d9d9; font-weight: bold; }
td.label { background-color: #f0f0f0; }
p { font-family: '%1'; margin-top: 2px; margin-bottom: 2px; }
p.section { font-family: '%2'; font-size: 12pt; font-weight: bold; margin-top: 16px; margin-bottom: 0px;
            -qt-user-state: %3; }
p.note { font-size: 9pt; margin-left: 12px; }
p.footer { font-size: 9pt; margin-top: 16px; }
)"_s.arg(bodyFamily(), headingFamily(), QString::number(kKeepWithNext));
}

void PrintStyle::prepare(QTextDocument& document)
{
    document.setDefaultFont(bodyFont());
    document.setDefaultStyleSheet(styleSheet());
    // The page margins are the whole margin; the document adds none of its own.
    document.setDocumentMargin(0);
}

QString PrintStyle::escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString PrintStyle::labelRow(const QString& label, const QString& value)
{
    return u"<tr><td class=\"label\" width=\"30%\">%1</td><td>%2</td></tr>"_s.arg(escaped(label), escaped(value));
}

} // namespace vsys::print
