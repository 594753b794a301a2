// SPDX-License-Identifier: MIT
// GroupedHeaderView: a horizontal header of two or three levels (予診のみ｜接種 → 6歳未満｜6歳以上 → 通常｜時間外｜
// 休日), each label once over the columns it groups, so that twelve columns are as narrow as their 通常 / 時間外
// / 休日 and the 合計 stays on a 1366 px screen at 125 %. The labels come from the model's headerData() at
// `levelsRole` (a QStringList, outermost first); a column with fewer levels spans the rest of the height.
#pragma once

#include <QHeaderView>
#include <QStringList>

namespace vsys::app {

class GroupedHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    GroupedHeaderView(int levelsRole, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    /// The labels of a column, outermost first.
    QStringList levels(int logicalIndex) const;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int depth() const;
    int levelHeight() const;
    /// The first and last column sharing `logicalIndex`'s labels down to `level`.
    std::pair<int, int> span(int logicalIndex, int level) const;

    int m_levelsRole;
};

} // namespace vsys::app
