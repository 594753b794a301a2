// SPDX-License-Identifier: MIT
// ReturnedItemsDelegate: the editors of the 返戻分 table: a list to choose from where the column offers
// choices, the claim's count spin box (全角 digits too) for 件数, and a line edit for the rest.
#pragma once

#include <QStyledItemDelegate>

namespace vsys::app {

class CountItemDelegate;

class ReturnedItemsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kMaxCount = 99999;

    explicit ReturnedItemsDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    CountItemDelegate* m_counts;
};

} // namespace vsys::app
