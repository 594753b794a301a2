// SPDX-License-Identifier: MIT
#include "app/claims/GroupedHeaderView.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace vsys::app {

namespace {

/// Room around a label, as the style's own header sections leave it.
constexpr int kPadding = 8;

} // namespace

GroupedHeaderView::GroupedHeaderView(int levelsRole, QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_levelsRole(levelsRole)
{
    setDefaultAlignment(Qt::AlignCenter);
    setSectionsClickable(false);
}

QStringList GroupedHeaderView::levels(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), m_levelsRole).toStringList() : QStringList();
}

int GroupedHeaderView::depth() const
{
    qsizetype deepest = 1;
    for (int section = 0; section < count(); ++section) {
        deepest = std::max(deepest, levels(section).size());
    }
    return int(deepest);
}

int GroupedHeaderView::levelHeight() const
{
    return fontMetrics().height() + kPadding;
}

QSize GroupedHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(depth() * levelHeight());
    return size;
}

QSize GroupedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // Only the innermost label sets a column's width: the outer ones span several columns.
    const QStringList labels = levels(logicalIndex);
    const QString innermost = labels.isEmpty() ? QString() : labels.constLast();
    return {fontMetrics().horizontalAdvance(innermost) + 2 * kPadding, depth() * levelHeight()};
}

std::pair<int, int> GroupedHeaderView::span(int logicalIndex, int level) const
{
    const QStringList own = levels(logicalIndex).mid(0, level + 1);
    const auto same = [&](int section) {
        const QStringList other = levels(section);
        return other.size() > level && other.mid(0, level + 1) == own;
    };
    int first = logicalIndex;
    while (first > 0 && same(first - 1)) {
        --first;
    }
    int last = logicalIndex;
    while (last + 1 < count() && same(last + 1)) {
        ++last;
    }
    return {first, last};
}

void GroupedHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    const QStringList labels = levels(logicalIndex);
    if (labels.isEmpty()) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    const int height = levelHeight();
    for (int level = 0; level < labels.size(); ++level) {
        const auto [first, last] = span(logicalIndex, level);
        const int left = sectionViewportPosition(first);
        const int right = sectionViewportPosition(last) + sectionSize(last);
        // The innermost label takes what its column's deeper levels would have.
        const int top = rect.top() + level * height;
        const int bottom = level == labels.size() - 1 ? rect.bottom() + 1 : top + height;

        QStyleOptionHeader option;
        initStyleOption(&option);
        option.rect = QRect(left, top, right - left, bottom - top);
        option.section = logicalIndex;
        option.text = labels.at(level);
        option.textAlignment = Qt::AlignCenter;
        option.position = QStyleOptionHeader::Middle;
        // Each column of a group paints the whole group's cell: the same pixels, so whichever section Qt repaints
        // the label stays centred over its columns.
        style()->drawControl(QStyle::CE_Header, &option, painter, this);
    }
}

} // namespace vsys::app
