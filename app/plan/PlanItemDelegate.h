// SPDX-License-Identifier: MIT
// PlanItemDelegate: edits a box count of the 接種計画 table in a spin box of 0–9999 that also takes
// 全角 digits from the IME. Enter commits the cell; it never registers the plan.
#pragma once

#include <QStyledItemDelegate>

namespace vsys::app {

class PlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace vsys::app
