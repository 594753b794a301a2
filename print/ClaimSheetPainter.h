// SPDX-License-Identifier: MIT
// ClaimSheetPainter: draws one ClaimSheet (請求総括書 or 市区町村別請求書) on one page with QPainter, as the
// official forms are laid out: boxes, rules and text in fixed cells, the 請求件数・請求金額 the institution fills
// in inside the 太枠 with 「↑ 太枠内に記載すること」 under it. Nothing is typeset: the fonts and captions are
// resolved once, when the painter is made for a batch, and every sheet is the same few hundred drawing calls.
#pragma once

#include "print/ClaimSheet.h"

#include <QFont>
#include <QPen>
#include <QRectF>

#include <initializer_list>
#include <span>

class QPaintDevice;
class QPainter;

namespace vsys::print {

class ClaimSheetPainter
{
public:
    /// Fonts (PrintStyle's 明朝 and ゴシック) and captions for sheets drawn on `device` at its resolution.
    explicit ClaimSheetPainter(const QPaintDevice& device);

    /// Draws `sheet` on the painter's current page, its origin at the top left corner inside the margins, with
    /// 「page / pageTotal」 at the page's foot.
    void paint(QPainter& painter, const ClaimSheet& sheet, int page, int pageTotal) const;

private:
    /// The rectangle of `x`, `y`, `width`, `height` millimetres in device units.
    QRectF mm(qreal x, qreal y, qreal width, qreal height) const;
    /// A bordered cell with `text` in it, aligned by `flags` with a little padding.
    void cell(QPainter& painter, const QRectF& box, const QString& text, int flags) const;
    /// A bordered cell with `text` on one line, set smaller when it would not fit.
    void fittedCell(QPainter& painter, const QRectF& box, const QString& text) const;
    /// Label | value rows from `top` millimetres, `labelWidth` of `width` millimetres for the label; their bottom.
    qreal
    fields(QPainter& painter, const QList<ClaimSheet::Field>& rows, qreal top, qreal width, qreal labelWidth) const;
    /// The 請求件数・請求金額 table from `top`; its bottom.
    /// A table's grey head row, a caption per column of `widths` (mm); the top of the row below.
    qreal
    headRow(QPainter& painter, qreal top, std::initializer_list<QString> heads, std::span<const qreal> widths) const;
    qreal amounts(QPainter& painter, const ClaimSheet& sheet, qreal top) const;
    /// The 〔単価（税抜き）〕 table from `top`.
    void unitPrices(QPainter& painter, const ClaimSheet& sheet, qreal top) const;

    qreal m_unitsPerMm;
    QFont m_addresseeFont;
    QFont m_bodyFont;
    QFont m_noteFont;
    QFont m_tableFont;
    QFont m_headFont;
    QFont m_titleFont;
    QFont m_sectionFont;
    QFont m_pageNumberFont;
    QPen m_rule;
    QPen m_thickRule;
    ClaimSheet::Captions m_captions;
};

} // namespace vsys::print
