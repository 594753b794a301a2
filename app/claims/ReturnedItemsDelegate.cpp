// SPDX-License-Identifier: MIT
#include "app/claims/ReturnedItemsDelegate.h"

#include "app/claims/ReturnedItemsModel.h"
#include "app/common/CountItemDelegate.h"

#include <QComboBox>

namespace vsys::app {

namespace {

QStringList choicesOf(const QModelIndex& index)
{
    return index.data(ReturnedItemsModel::ChoicesRole).toStringList();
}

} // namespace

ReturnedItemsDelegate::ReturnedItemsDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_counts(new CountItemDelegate(kMaxCount, this))
{}

QWidget*
ReturnedItemsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == ReturnedItemsModel::Count) {
        return m_counts->createEditor(parent, option, index);
    }
    QWidget* editor = nullptr;
    if (const QStringList choices = choicesOf(index); !choices.isEmpty()) {
        auto* comboBox = new QComboBox(parent);
        comboBox->addItems(choices);
        editor = comboBox;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    }
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

void ReturnedItemsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (index.column() == ReturnedItemsModel::Count) {
        m_counts->setEditorData(editor, index);
    } else if (auto* comboBox = qobject_cast<QComboBox*>(editor); comboBox && !choicesOf(index).isEmpty()) {
        comboBox->setCurrentIndex(index.data(Qt::EditRole).toInt());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ReturnedItemsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (index.column() == ReturnedItemsModel::Count) {
        m_counts->setModelData(editor, model, index);
    } else if (auto* comboBox = qobject_cast<QComboBox*>(editor); comboBox && !choicesOf(index).isEmpty()) {
        model->setData(index, comboBox->currentIndex(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace vsys::app
