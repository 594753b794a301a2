// SPDX-License-Identifier: MIT
#include "app/conflict/ConflictModel.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::app {

ConflictModel::ConflictModel(const QJsonObject& local, const QJsonObject& server, QObject* parent)
    : QAbstractTableModel(parent)
    , m_local(local)
    , m_server(server)
    , m_differences(core::ContentDiff::diff(local, server))
    , m_takeServer(m_differences.size(), false)
{}

void ConflictModel::takeAll(Column side)
{
    m_takeServer.fill(side == Server);
    if (!m_differences.isEmpty()) {
        emit dataChanged(index(0, Local), index(int(m_differences.size()) - 1, Server), {Qt::CheckStateRole});
    }
}

QJsonObject ConflictModel::merged() const
{
    QSet<QString> takeServer;
    for (qsizetype i = 0; i < m_differences.size(); ++i) {
        if (m_takeServer.at(i)) {
            takeServer.insert(m_differences.at(i).path);
        }
    }
    return core::ContentDiff::merge(m_local, m_server, takeServer);
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int ConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictModel::displayValue(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull()) {
        return tr("(empty)");
    }
    if (value.isString()) {
        return value.toString();
    }
    if (value.isBool()) {
        return value.toBool() ? tr("Yes") : tr("No");
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_differences.size()) {
        return {};
    }
    const core::ContentDifference& difference = m_differences.at(index.row());
    const bool server = m_takeServer.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Field:
            return difference.path;
        case Local:
            return displayValue(difference.local);
        case Server:
            return displayValue(difference.server);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == Local) {
            return server ? Qt::Unchecked : Qt::Checked;
        }
        if (index.column() == Server) {
            return server ? Qt::Checked : Qt::Unchecked;
        }
        break;
    default:
        break;
    }
    return {};
}

bool ConflictModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || (index.column() != Local && index.column() != Server)
        || value.value<Qt::CheckState>() != Qt::Checked) {
        return false;
    }
    // The two sides of a row behave as one choice: checking one unchecks the other.
    m_takeServer[index.row()] = index.column() == Server;
    emit dataChanged(this->index(index.row(), Local), this->index(index.row(), Server), {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags ConflictModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Local || index.column() == Server) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Field:
        return tr("Field");
    case Local:
        return tr("On this computer");
    case Server:
        return tr("On the server");
    }
    return {};
}

} // namespace vsys::app
