// SPDX-License-Identifier: MIT
// ReturnChangesModel: 「返却後の変更点」, what changed in an application (申込) since the reviewer returned
// it, field by field with the value before and after, in the form's words.
#pragma once

#include "core/application/FieldChange.h"

#include <QAbstractTableModel>
#include <QList>

namespace vsys::app {

class ReturnChangesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, Before, After, ColumnCount };
    Q_ENUM(Column)

    using QAbstractTableModel::QAbstractTableModel;

    /// `changes` as core::FieldChanges::collapse() gives them (one per field).
    void setChanges(QList<core::FieldChange> changes);
    const QList<core::FieldChange>& changes() const { return m_changes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::FieldChange> m_changes;
};

} // namespace vsys::app
