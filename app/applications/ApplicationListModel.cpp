// SPDX-License-Identifier: MIT
#include "app/applications/ApplicationListModel.h"

#include <QBrush>
#include <QColor>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

// Status is text plus colour, never colour alone (ui-guidelines.md): a light tint behind the text.
QColor statusTint(core::ApplicationStatus status)
{
    switch (status) {
    case core::ApplicationStatus::Draft:
        return QColor(0xee, 0xee, 0xee);
    case core::ApplicationStatus::AwaitingReview:
        return QColor(0xdd, 0xea, 0xfa);
    case core::ApplicationStatus::Confirmed:
        return QColor(0xdc, 0xf2, 0xe1);
    case core::ApplicationStatus::ResubmissionRequired:
        return QColor(0xfd, 0xe6, 0xc8);
    case core::ApplicationStatus::Withdrawn:
        return QColor(0xf4, 0xf4, 0xf4);
    }
    return {};
}

} // namespace

void ApplicationListModel::setRows(QList<ApplicationRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ApplicationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationListModel::displayTime(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return u"-"_s;
    }
    return utc.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"yyyy/MM/dd HH:mm"_s);
}

QVariant ApplicationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const ApplicationRow& row = m_rows.at(index.row());
    const core::ApplicationRecord& record = row.record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            // The number comes with the 申込; until then the row says why it has none.
            return record.number.isEmpty() ? tr("(not applied yet)") : record.number;
        case Status:
            return core::ApplicationStatusMachine::label(record.status);
        case SubmittedAt:
            return displayTime(record.submittedAt);
        case ReviewedAt:
            return displayTime(record.reviewedAt);
        case ReviewComment:
            return record.reviewComment.isEmpty() ? u"-"_s : record.reviewComment;
        case UpdatedAt:
            return displayTime(row.updatedAt.isValid() ? row.updatedAt : record.updatedAt);
        case SyncState:
            return row.syncState;
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Status) {
        return QBrush(statusTint(record.status));
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReviewComment && !record.reviewComment.isEmpty()) {
            return record.reviewComment;
        }
        if (index.column() == SyncState && !row.syncError.isEmpty()) {
            return row.syncError;
        }
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Number:
        return tr("Application number");
    case Status:
        return tr("Status");
    case SubmittedAt:
        return tr("Applied at");
    case ReviewedAt:
        return tr("Reviewed at");
    case ReviewComment:
        return tr("Reviewer's comment");
    case UpdatedAt:
        return tr("Updated at");
    case SyncState:
        return tr("Sync");
    }
    return {};
}

} // namespace vsys::app
