// SPDX-License-Identifier: MIT
#include "app/common/CountTableView.h"

#include <QMetaProperty>

namespace vsys::app {

namespace {

bool isEditable(const QModelIndex& index)
{
    return index.isValid() && (index.flags() & Qt::ItemIsEditable);
}

} // namespace

QModelIndex CountTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious) {
        return editableCellAfter(currentIndex(), cursorAction == MoveNext ? 1 : -1);
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void CountTableView::commitData(QWidget* editor)
{
    const QModelIndex index = indexAt(editor->geometry().center());
    QTableView::commitData(editor);
    // The model refuses a value by keeping its own (and says why elsewhere); the cursor then stays on
    // the cell so that the count can be corrected at once.
    // Compared as text: a model may hold the count as another type than the editor's.
    const QVariant typed = editor->property(editor->metaObject()->userProperty().name());
    m_commitRefused = index.isValid() && index.data(Qt::EditRole).toString() != typed.toString();
}

void CountTableView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    // Enter is the only key that closes an editor with SubmitModelCache.
    if (hint != QAbstractItemDelegate::SubmitModelCache || m_commitRefused) {
        return;
    }
    if (const QModelIndex below = editableCellBelow(currentIndex()); below.isValid()) {
        setCurrentIndex(below);
        scrollTo(below);
    }
}

QModelIndex CountTableView::editableCellAfter(const QModelIndex& from, int step) const
{
    if (!model() || !from.isValid()) {
        return {};
    }
    const int columns = model()->columnCount(rootIndex());
    const int cells = model()->rowCount(rootIndex()) * columns;
    for (int cell = from.row() * columns + from.column() + step; cell >= 0 && cell < cells; cell += step) {
        const QModelIndex index = model()->index(cell / columns, cell % columns, rootIndex());
        if (isEditable(index) && !isColumnHidden(index.column()) && !isRowHidden(index.row())) {
            return index;
        }
    }
    return {};
}

QModelIndex CountTableView::editableCellBelow(const QModelIndex& from) const
{
    if (!model() || !from.isValid()) {
        return {};
    }
    for (int row = from.row() + 1; row < model()->rowCount(rootIndex()); ++row) {
        const QModelIndex index = model()->index(row, from.column(), rootIndex());
        if (isEditable(index) && !isRowHidden(row)) {
            return index;
        }
    }
    return {};
}

} // namespace vsys::app
