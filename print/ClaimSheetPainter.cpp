// SPDX-License-Identifier: MIT
// Positions in millimetres on the 180 × 267 mm inside A4's 15 mm margins (PrintStyle), after the V-SYS
// printouts in the 説明会資料 (seed: 「請求総括書・市区町村別請求書の出力について」). The new format's fifteen
// amount rows and twelve unit prices are what the heights are sized for: every sheet fits one page.
#include "print/ClaimSheetPainter.h"

#include "print/PrintStyle.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

constexpr qreal kWidth = 180.0;
constexpr qreal kFooterTop = 260.0;
constexpr qreal kPadding = 1.5;
constexpr qreal kFieldHeight = 6.0;
constexpr qreal kRowHeight = 5.5;
constexpr qreal kHeadHeight = 7.0;
/// The amount table's columns: 区分, 種類, 請求件数, 請求金額 (the 太枠 ends here), 決定件数, 決定金額.
constexpr qreal kAmountColumns[] = {22.0, 38.0, 25.0, 35.0, 25.0, 35.0};
constexpr qreal kFramedWidth = 22.0 + 38.0 + 25.0 + 35.0;
/// The unit price table's columns: 区分, 種類, 単価.
constexpr qreal kPriceColumns[] = {22.0, 38.0, 30.0};
constexpr int kText = Qt::AlignLeft | Qt::AlignVCenter;
constexpr int kNumber = Qt::AlignRight | Qt::AlignVCenter;
constexpr int kCentred = Qt::AlignCenter;

QFont font(const QString& family, qreal pointSize, bool bold = false)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

ClaimSheetPainter::ClaimSheetPainter(const QPaintDevice& device)
    : m_unitsPerMm(device.logicalDpiX() / 25.4)
    , m_captions(ClaimSheet::captions())
{
    // fontconfig is asked for the families once per batch, not once per sheet.
    const QString mincho = PrintStyle::bodyFamily();
    const QString gothic = PrintStyle::headingFamily();
    m_addresseeFont = font(mincho, 13);
    m_bodyFont = font(mincho, 10.5);
    m_noteFont = font(mincho, 8);
    m_tableFont = font(gothic, 9.5);
    m_headFont = font(gothic, 9, true);
    m_titleFont = font(gothic, 16, true);
    m_sectionFont = font(gothic, 12, true);
    m_pageNumberFont = PrintStyle::pageNumberFont();
    m_rule = QPen(Qt::black, 0.2 * m_unitsPerMm);
    m_thickRule = QPen(Qt::black, 0.6 * m_unitsPerMm);
}

QRectF ClaimSheetPainter::mm(qreal x, qreal y, qreal width, qreal height) const
{
    return {x * m_unitsPerMm, y * m_unitsPerMm, width * m_unitsPerMm, height * m_unitsPerMm};
}

void ClaimSheetPainter::cell(QPainter& painter, const QRectF& box, const QString& text, int flags) const
{
    painter.drawRect(box);
    if (!text.isEmpty()) {
        const qreal padding = kPadding * m_unitsPerMm;
        painter.drawText(box.adjusted(padding, 0, -padding, 0), flags, text);
    }
}

void ClaimSheetPainter::fittedCell(QPainter& painter, const QRectF& box, const QString& text) const
{
    painter.drawRect(box);
    const qreal padding = kPadding * m_unitsPerMm;
    const QRectF inside = box.adjusted(padding, 0, -padding, 0);
    const qreal width = QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(text);
    if (width <= inside.width()) {
        painter.drawText(inside, kText, text);
        return;
    }
    // A long 医療機関等名称 or 所在地 is set smaller to stay in its box, on one line, every character printed.
    painter.save();
    QFont smaller = painter.font();
    smaller.setPointSizeF(smaller.pointSizeF() * inside.width() / width);
    painter.setFont(smaller);
    painter.drawText(inside, kText, text);
    painter.restore();
}

qreal ClaimSheetPainter::fields(
    QPainter& painter, const QList<ClaimSheet::Field>& rows, qreal top, qreal width, qreal labelWidth) const
{
    painter.setFont(m_tableFont);
    for (const ClaimSheet::Field& row : rows) {
        painter.fillRect(mm(0, top, labelWidth, kFieldHeight), QColor(0xf0, 0xf0, 0xf0));
        cell(painter, mm(0, top, labelWidth, kFieldHeight), row.label, kText);
        fittedCell(painter, mm(labelWidth, top, width - labelWidth, kFieldHeight), row.value);
        top += kFieldHeight;
    }
    return top;
}

qreal ClaimSheetPainter::amounts(QPainter& painter, const ClaimSheet& sheet, qreal top) const
{
    const qreal tableTop = top;
    top = headRow(painter, top,
                  {m_captions.category, m_captions.type, m_captions.claimedCount, m_captions.claimedAmount,
                   m_captions.decidedCount, m_captions.decidedAmount},
                  kAmountColumns);

    painter.setFont(m_tableFont);
    // A row from 種類 on: the row's words, then the 決定件数・決定金額 the 国保連 writes in.
    const auto row = [&](const ClaimSheet::AmountRow& amount, qreal left, qreal typeWidth) {
        cell(painter, mm(left, top, typeWidth, kRowHeight), amount.type, kText);
        qreal column = left + typeWidth;
        cell(painter, mm(column, top, kAmountColumns[2], kRowHeight), amount.count, kNumber);
        column += kAmountColumns[2];
        cell(painter, mm(column, top, kAmountColumns[3], kRowHeight), amount.amount, kNumber);
        column += kAmountColumns[3];
        painter.drawRect(mm(column, top, kAmountColumns[4], kRowHeight));
        painter.drawRect(mm(column + kAmountColumns[4], top, kAmountColumns[5], kRowHeight));
        top += kRowHeight;
    };
    for (const ClaimSheet::AmountGroup& group : sheet.amounts) {
        const qreal groupHeight = kRowHeight * qreal(group.rows.size() + 1);
        cell(painter, mm(0, top, kAmountColumns[0], groupHeight), group.category, kText);
        for (const ClaimSheet::AmountRow& amount : group.rows) {
            row(amount, kAmountColumns[0], kAmountColumns[1]);
        }
        row(group.subtotal, kAmountColumns[0], kAmountColumns[1]);
    }
    // 合計 spans 区分 and 種類.
    row(sheet.total, 0, kAmountColumns[0] + kAmountColumns[1]);

    painter.setPen(m_thickRule);
    painter.drawRect(mm(0, tableTop, kFramedWidth, top - tableTop));
    painter.setPen(m_rule);
    painter.setFont(m_noteFont);
    painter.drawText(mm(0, top + 0.5, kFramedWidth, 5), kText, m_captions.thickFrame);
    return top + 5.5;
}

qreal ClaimSheetPainter::headRow(QPainter& painter,
                                 qreal top,
                                 std::initializer_list<QString> heads,
                                 std::span<const qreal> widths) const
{
    painter.setFont(m_headFont);
    qreal x = 0;
    auto width = widths.begin();
    for (const QString& head : heads) {
        painter.fillRect(mm(x, top, *width, kHeadHeight), QColor(0xd9, 0xd9, 0xd9));
        cell(painter, mm(x, top, *width, kHeadHeight), head, kCentred);
        x += *width++;
    }
    return top + kHeadHeight;
}

void ClaimSheetPainter::unitPrices(QPainter& painter, const ClaimSheet& sheet, qreal top) const
{
    painter.setFont(m_sectionFont);
    painter.drawText(mm(0, top, kWidth, 7), kText, m_captions.unitPrices);
    top += 7.5;
    top = headRow(painter, top, {m_captions.category, m_captions.type, m_captions.unitPrice}, kPriceColumns);
    painter.setFont(m_tableFont);
    for (const ClaimSheet::PriceGroup& group : sheet.unitPrices) {
        cell(painter, mm(0, top, kPriceColumns[0], kRowHeight * qreal(group.prices.size())), group.category, kText);
        for (const ClaimSheet::Field& price : group.prices) {
            cell(painter, mm(kPriceColumns[0], top, kPriceColumns[1], kRowHeight), price.label, kText);
            cell(painter, mm(kPriceColumns[0] + kPriceColumns[1], top, kPriceColumns[2], kRowHeight), price.value,
                 kNumber);
            top += kRowHeight;
        }
    }
}

void ClaimSheetPainter::paint(QPainter& painter, const ClaimSheet& sheet, int page, int pageTotal) const
{
    painter.save();
    painter.setPen(m_rule);
    painter.setBrush(Qt::NoBrush);

    painter.setFont(m_addresseeFont);
    painter.drawText(mm(0, 0, kWidth, 8), kText, sheet.addressee);
    painter.setFont(m_bodyFont);
    painter.drawText(mm(0, 8, kWidth, 6), kText, sheet.addresseeNote);
    qreal top = fields(painter, sheet.institution, 15, kWidth, 45);

    painter.setFont(m_titleFont);
    painter.drawText(mm(0, top + 3, kWidth, 10), kCentred, sheet.title);
    top += 15;

    // The id rows on the left, the box to check beside them, as on the forms.
    const qreal idTop = top;
    top = fields(painter, sheet.ids, idTop, 120, 45);
    painter.drawRect(mm(125, idTop, kWidth - 125, top - idTop));
    painter.setFont(m_tableFont);
    painter.drawText(mm(127, idTop, kWidth - 129, top - idTop), kText,
                     // ■ and □ rather than ☑ and ☐: the IPA fonts have no ballot boxes, and a fallback font would be
                     // embedded (and the mark lost to a reader copying the text).
                     (sheet.checked ? u"■ "_s : u"□ "_s) + sheet.checkLabel);
    // The remark on one line under the box, so that it reads as one line of text.
    painter.setFont(m_noteFont);
    painter.drawText(mm(0, top + 0.5, kWidth, 4.5), Qt::AlignRight | Qt::AlignVCenter, sheet.checkNote);
    top += 5;

    painter.setFont(m_sectionFont);
    painter.drawText(mm(0, top + 2, kWidth, 7), kText, sheet.claimMonth);
    top = amounts(painter, sheet, top + 10);
    unitPrices(painter, sheet, top + 2);

    painter.setFont(m_pageNumberFont);
    painter.drawText(mm(0, kFooterTop, kWidth, 267 - kFooterTop), Qt::AlignHCenter | Qt::AlignBottom,
                     u"%1 / %2"_s.arg(page).arg(pageTotal));
    painter.restore();
}

} // namespace vsys::print
