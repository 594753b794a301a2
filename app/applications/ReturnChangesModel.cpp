// SPDX-License-Identifier: MIT
#include "app/applications/ReturnChangesModel.h"

#include "core/application/ApplicationForm.h"

namespace vsys::app {

void ReturnChangesModel::setChanges(QList<core::FieldChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int ReturnChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ReturnChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnChangesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const core::FieldChange& change = m_changes.at(index.row());
    // An empty cell would read as "unchanged"; say that there was nothing.
    const auto shown = [&change](const QJsonValue& value) {
        const QString text = core::ApplicationForm::displayValue(change.path, value);
        return text.isEmpty() ? tr("(empty)") : text;
    };
    switch (index.column()) {
    case Field:
        return core::ApplicationForm::qualifiedLabel(change.path);
    case Before:
        return shown(change.before);
    case After:
        return shown(change.after);
    default:
        return {};
    }
}

QVariant ReturnChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace vsys::app
