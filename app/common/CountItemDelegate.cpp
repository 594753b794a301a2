// SPDX-License-Identifier: MIT
#include "app/common/CountItemDelegate.h"

#include <QSpinBox>

namespace vsys::app {

namespace {

/// Takes ２４ as 24: the IME commits 全角 digits, which QSpinBox alone refuses (ui-guidelines.md, Input).
class CountSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString& input, int& pos) const override
    {
        input = input.normalized(QString::NormalizationForm_KC);
        return QSpinBox::validate(input, pos);
    }

    int valueFromText(const QString& text) const override
    {
        return QSpinBox::valueFromText(text.normalized(QString::NormalizationForm_KC));
    }
};

} // namespace

CountItemDelegate::CountItemDelegate(int maximum, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_maximum(maximum)
{}

QWidget* CountItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* editor = new CountSpinBox(parent);
    editor->setRange(0, m_maximum);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

void CountItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* spinBox = static_cast<QSpinBox*>(editor);
    spinBox->setValue(index.data(Qt::EditRole).toInt());
    spinBox->selectAll();
}

void CountItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* spinBox = static_cast<QSpinBox*>(editor);
    spinBox->interpretText();
    model->setData(index, spinBox->value(), Qt::EditRole);
}

} // namespace vsys::app
