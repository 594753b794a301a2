// SPDX-License-Identifier: MIT
// ConflictModel (競合): the fields on which this computer's copy and the server's copy differ, each
// with the side the user keeps. Local is kept until the user picks the server's value.
#pragma once

#include "core/application/ContentDiff.h"

#include <QAbstractTableModel>

namespace vsys::app {

class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, Local, Server, ColumnCount };
    Q_ENUM(Column)

    ConflictModel(const QJsonObject& local, const QJsonObject& server, QObject* parent = nullptr);

    void takeAll(Column side);
    /// The local content with the server's values where the user chose them.
    QJsonObject merged() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString displayValue(const QJsonValue& value);

    QJsonObject m_local;
    QJsonObject m_server;
    QList<core::ContentDifference> m_differences;
    QList<bool> m_takeServer;
};

} // namespace vsys::app
