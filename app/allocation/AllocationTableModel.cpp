// SPDX-License-Identifier: MIT
#include "app/allocation/AllocationTableModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

/// 未定 in grey, so the decided figures stand out; the word itself says it (colour is never the only sign).
const QColor kUndecidedText(0x59, 0x59, 0x59);

bool isQuantityColumn(int column)
{
    return column == AllocationTableModel::Planned || column == AllocationTableModel::PlannedNeedles
        || column == AllocationTableModel::Allocated || column == AllocationTableModel::AllocatedNeedles;
}

} // namespace

AllocationTableModel::AllocationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AllocationTableModel::setCalendar(QList<core::CoolPeriod> cools, core::VenuePlan plan, const QDateTime& serverNow)
{
    beginResetModel();
    m_cools = std::move(cools);
    m_plan = std::move(plan);
    m_serverNow = serverNow;
    endResetModel();
}

void AllocationTableModel::clear()
{
    setCalendar({}, {}, {});
}

core::AllocationLine AllocationTableModel::line(int row) const
{
    const core::CoolPeriod& cool = m_cools.at(row);
    core::AllocationLine shown = core::AllocationRules::line(cool, m_plan.row(cool.id), m_serverNow);
    if (m_plan.version == 0) {
        shown.planned = tr("Not registered");
        shown.plannedNeedles = shown.planned;
    }
    return shown;
}

int AllocationTableModel::nextDeliveryRow(const QDate& today) const
{
    for (int row = 0; row < m_cools.size(); ++row) {
        if (m_cools.at(row).deliveryDate.isValid() && m_cools.at(row).deliveryDate >= today) {
            return row;
        }
    }
    return -1;
}

int AllocationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cools.size());
}

int AllocationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cools.size()) {
        return {};
    }
    const core::CoolPeriod& cool = m_cools.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const core::AllocationLine shown = line(index.row());
        switch (index.column()) {
        case Period:
            return shown.period;
        case Planned:
            return shown.planned;
        case PlannedNeedles:
            return shown.plannedNeedles;
        case Allocated:
            return shown.allocated;
        case AllocatedNeedles:
            return shown.allocatedNeedles;
        case DeliveryDate:
            return shown.deliveryDate;
        case State:
            return shown.state;
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return int(isQuantityColumn(index.column()) ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const bool undecided = (index.column() == Allocated && !cool.allocatedBoxes)
            || (index.column() == AllocatedNeedles && !cool.allocatedNeedleBoxes)
            || (index.column() == DeliveryDate && !cool.deliveryDate.isValid());
        return undecided ? QVariant(QBrush(kUndecidedText)) : QVariant();
    }
    case Qt::ToolTipRole:
        if (index.column() == DeliveryDate && !cool.deliveryDate.isValid()) {
            return tr("The national government has not set the delivery date yet. It appears here after a sync once "
                      "it is set.");
        }
        return {};
    }
    return {};
}

QVariant AllocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Period:
        return tr("Vaccination period (delivery week)");
    case Planned:
        return tr("Plan: vaccine");
    case PlannedNeedles:
        return tr("Plan: needles and syringes");
    case Allocated:
        return tr("Allocation: vaccine");
    case AllocatedNeedles:
        return tr("Allocation: needles and syringes");
    case DeliveryDate:
        return tr("Delivery date");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace vsys::app
