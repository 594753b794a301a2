// SPDX-License-Identifier: MIT
// CountItemDelegate: edits a count in a table (boxes of the 接種計画, 回 of a claim) in a spin box from 0 to a
// maximum that also takes 全角 digits from the IME. Enter commits the cell; it never triggers the page's
// default button.
#pragma once

#include <QStyledItemDelegate>

namespace vsys::app {

class CountItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CountItemDelegate(int maximum, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_maximum;
};

} // namespace vsys::app
