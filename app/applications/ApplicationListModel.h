// SPDX-License-Identifier: MIT
// ApplicationListModel (申込状況): the venue's applications as V-SYS lists them, plus each one's sync state.
#pragma once

#include "core/application/ApplicationRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace vsys::app {

struct ApplicationRow
{
    core::ApplicationRecord record;
    QString syncState; ///< translated (同期済み, 送信待ち, ...)
    QString syncError; ///< the server's message when sending failed
    QDateTime updatedAt; ///< the last edit on this computer (UTC)
};

class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Status, SubmittedAt, ReviewedAt, ReviewComment, UpdatedAt, SyncState, ColumnCount };
    Q_ENUM(Column)

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<ApplicationRow> rows);
    const ApplicationRow& row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// 2021/12/20 11:20 in Japan time, as V-SYS shows it whatever the PC's time zone; "-" when unset.
    static QString displayTime(const QDateTime& utc);

private:
    QList<ApplicationRow> m_rows;
};

} // namespace vsys::app
