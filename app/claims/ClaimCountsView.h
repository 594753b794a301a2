// SPDX-License-Identifier: MIT
// ClaimCountsView: the table a month's counts are typed into, as a run of digits and Enter: typing opens the
// cell, Enter commits it and moves to the next row that takes a count (skipping それ以外の方), and Enter on a
// cell not being edited moves down too. Its header groups the columns (GroupedHeaderView).
#pragma once

#include <QTableView>

namespace vsys::app {

class GroupedHeaderView;

class ClaimCountsView : public QTableView
{
    Q_OBJECT
public:
    ClaimCountsView(int headerLevelsRole, QWidget* parent = nullptr);

    GroupedHeaderView* groupedHeader() const { return m_header; }

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// The next editable cell below `from` in its column becomes current; false when there is none.
    bool moveDown(const QModelIndex& from);

    GroupedHeaderView* m_header;
};

} // namespace vsys::app
