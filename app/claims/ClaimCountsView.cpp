// SPDX-License-Identifier: MIT
#include "app/claims/ClaimCountsView.h"

#include "app/claims/GroupedHeaderView.h"

#include <QKeyEvent>

namespace vsys::app {

ClaimCountsView::ClaimCountsView(int headerLevelsRole, QWidget* parent)
    : QTableView(parent)
    , m_header(new GroupedHeaderView(headerLevelsRole, this))
{
    setHorizontalHeader(m_header);
}

void ClaimCountsView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // The delegate ends an edit committed with Enter with SubmitModelCache; Tab and Esc have their own hints.
    const QModelIndex edited = currentIndex();
    const bool committedWithEnter = hint == QAbstractItemDelegate::SubmitModelCache;
    QTableView::closeEditor(editor, committedWithEnter ? QAbstractItemDelegate::NoHint : hint);
    if (committedWithEnter) {
        moveDown(edited);
    }
}

void ClaimCountsView::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && event->modifiers() == Qt::NoModifier) {
        moveDown(currentIndex());
        // Never to the page's default button: Enter in the table belongs to the table.
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

bool ClaimCountsView::moveDown(const QModelIndex& from)
{
    if (!from.isValid()) {
        return false;
    }
    for (int row = from.row() + 1; row < model()->rowCount(); ++row) {
        const QModelIndex below = model()->index(row, from.column());
        if (below.flags() & Qt::ItemIsEditable) {
            setCurrentIndex(below);
            return true;
        }
    }
    return false;
}

} // namespace vsys::app
