// SPDX-License-Identifier: MIT
// CountTableView: a table of counts entered with the keyboard as a straight run of digits and Enter
// (five クール of the 接種計画, a month of a claim). Enter commits the cell and moves down to the next
// editable row of the same column; Tab and Backtab go to the next or previous editable cell, skipping
// read-only columns and locked rows, and leave the table after the last one.
#pragma once

#include <QTableView>

namespace vsys::app {

class CountTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

protected slots:
    void commitData(QWidget* editor) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    /// The first editable cell after (`step` 1) or before (`step` -1) `from`, row by row; invalid when none.
    QModelIndex editableCellAfter(const QModelIndex& from, int step) const;
    /// The first editable cell below `from` in its column; invalid when none.
    QModelIndex editableCellBelow(const QModelIndex& from) const;

    bool m_commitRefused = false;
};

} // namespace vsys::app
