// SPDX-License-Identifier: MIT
#include "app/plan/PlanTableModel.h"

#include "app/plan/PlanText.h"
#include "core/plan/PlanQuantities.h"
#include "core/plan/PlanSettings.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

const QColor kLockedBackground(0xe4, 0xe4, 0xe4);
const QColor kLockedText(0x55, 0x55, 0x55);

/// A padlock drawn rather than taken from the icon theme: Windows has no theme, and Qt's standard
/// pixmaps have no lock.
QIcon lockIcon()
{
    static const QIcon icon = [] {
        constexpr int kSize = 16;
        constexpr qreal kScale = 2.0;
        QPixmap pixmap(int(kSize * kScale), int(kSize * kScale));
        pixmap.setDevicePixelRatio(kScale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(kLockedText, 1.6));
        QPainterPath shackle;
        shackle.moveTo(5, 8);
        shackle.lineTo(5, 5.5);
        shackle.arcTo(QRectF(5, 2, 6, 7), 180, -180);
        shackle.lineTo(11, 8);
        painter.drawPath(shackle);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kLockedText);
        painter.drawRoundedRect(QRectF(3, 7.5, 10, 7), 1.5, 1.5);
        return QIcon(pixmap);
    }();
    return icon;
}

bool isEditableColumn(int column)
{
    return column == PlanTableModel::VaccineBoxes || column == PlanTableModel::NeedleBoxes;
}

bool isNumberColumn(int column)
{
    return column >= PlanTableModel::VaccineBoxes && column <= PlanTableModel::Needles;
}

} // namespace

PlanTableModel::PlanTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_dosesPerBox(core::PlanSettings::builtIn().defaultVaccine().dosesPerBox)
    , m_unitsPerBox(core::PlanSettings::builtIn().needleFill().unitsPerBox())
{}

void PlanTableModel::setCalendar(QList<core::CoolPeriod> cools, const QDateTime& serverNow)
{
    std::stable_sort(cools.begin(), cools.end(),
                     [](const core::CoolPeriod& a, const core::CoolPeriod& b) { return a.start < b.start; });
    QList<core::PlanRow> rows;
    rows.reserve(cools.size());
    for (const core::CoolPeriod& cool : cools) {
        const auto shown = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                        [&cool](const core::PlanRow& row) { return row.coolId == cool.id; });
        rows.append(shown != m_rows.cend() ? *shown : m_plan.row(cool.id));
    }
    beginResetModel();
    m_cools = std::move(cools);
    m_rows = std::move(rows);
    m_serverNow = serverNow;
    m_planLockReason = core::CoolRules::planLockReason(m_cools);
    revertLockedRows();
    endResetModel();
}

QList<int> PlanTableModel::setServerNow(const QDateTime& serverNow)
{
    const auto lockReasons = [this] {
        QStringList reasons;
        for (int row = 0; row < m_rows.size(); ++row) {
            reasons.append(rowLockReason(row));
        }
        return reasons;
    };
    const QStringList before = lockReasons();
    m_serverNow = serverNow;
    const QList<int> reverted = revertLockedRows();
    if (!reverted.isEmpty() || lockReasons() != before) {
        rowsChanged();
    }
    return reverted;
}

void PlanTableModel::setPlan(core::VenuePlan plan)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i) == m_plan.row(m_rows.at(i).coolId)) {
            m_rows[i] = plan.row(m_rows.at(i).coolId);
        }
    }
    m_plan = std::move(plan);
    revertLockedRows();
    rowsChanged();
}

void PlanTableModel::clear()
{
    beginResetModel();
    m_cools.clear();
    m_rows.clear();
    m_plan = {};
    m_serverNow = {};
    m_planLockReason.clear();
    endResetModel();
}

void PlanTableModel::setRows(const QList<core::PlanRow>& rows)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const int coolId = m_rows.at(i).coolId;
        const auto draft = std::find_if(rows.cbegin(), rows.cend(),
                                        [coolId](const core::PlanRow& row) { return row.coolId == coolId; });
        m_rows[i] = draft != rows.cend() ? *draft : m_plan.row(coolId);
    }
    revertLockedRows();
    rowsChanged();
}

core::PlanTotals PlanTableModel::totals() const
{
    QList<int> boxes;
    for (const core::PlanRow& row : core::PlanChange::merged(m_plan, m_rows)) {
        boxes.append(row.vaccineBoxes);
    }
    return m_rules.totals(boxes);
}

std::optional<core::PlanTotals> PlanTableModel::initialTotals() const
{
    if (m_plan.version == 0 || !m_plan.initialTotalBoxes) {
        return std::nullopt;
    }
    return m_rules.totals({*m_plan.initialTotalBoxes});
}

bool PlanTableModel::hasChanges() const
{
    return core::PlanChange::changes(m_plan, m_rows);
}

bool PlanTableModel::needsNationalApproval() const
{
    return core::PlanChange::needsNationalApproval(m_plan, m_rows);
}

QString PlanTableModel::lockReason(int row) const
{
    const QString own = rowLockReason(row);
    return own.isEmpty() ? m_planLockReason : own;
}

QString PlanTableModel::rowLockReason(int row) const
{
    return core::CoolRules::rowLockReason(m_cools.at(row), m_serverNow);
}

QList<int> PlanTableModel::revertLockedRows()
{
    // Only the クール's own lock is for good (過去分の修正はできません); a draft outlives a 分配作業期間.
    QList<int> reverted;
    for (int i = 0; i < m_rows.size(); ++i) {
        const core::PlanRow registered = m_plan.row(m_rows.at(i).coolId);
        if (m_rows.at(i) != registered && !rowLockReason(i).isEmpty()) {
            m_rows[i] = registered;
            reverted.append(i);
        }
    }
    return reverted;
}

void PlanTableModel::rowsChanged()
{
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

core::PlanLine PlanTableModel::line(int row) const
{
    const core::PlanRow& planRow = m_rows.at(row);
    if (const auto line = m_rules.line(planRow.vaccineBoxes, planRow.needleBoxes)) {
        return *line;
    }
    // A registered row the rules now refuse (the shipped fill rule changed) still shows what it orders.
    core::PlanLine shown;
    shown.vaccineBoxes = planRow.vaccineBoxes;
    shown.doses = planRow.vaccineBoxes * m_dosesPerBox;
    shown.needleBoxes = planRow.needleBoxes;
    shown.needles = planRow.needleBoxes * m_unitsPerBox;
    if (const auto filled = m_rules.line(planRow.vaccineBoxes)) {
        shown.needleFillBoxes = filled->needleFillBoxes;
    }
    return shown;
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const core::CoolPeriod& cool = m_cools.at(index.row());
    const core::PlanLine planLine = line(index.row());
    const QString lock = lockReason(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Period:
            return PlanText::period(cool);
        case Batch:
            return core::CoolRules::batchLabel(cool);
        case VaccineBoxes:
            return core::PlanQuantities::boxes(planLine.vaccineBoxes);
        case Doses:
            return core::PlanQuantities::doses(planLine.doses);
        case Allocation:
            return PlanText::allocation(cool.allocatedBoxes, m_dosesPerBox, cool.deliveryDate);
        case NeedleBoxes:
            return core::PlanQuantities::boxes(planLine.needleBoxes);
        case Needles:
            return core::PlanQuantities::units(planLine.needles);
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case VaccineBoxes:
            return planLine.vaccineBoxes;
        case Doses:
            return planLine.doses;
        case NeedleBoxes:
            return planLine.needleBoxes;
        case Needles:
            return planLine.needles;
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return int(isNumberColumn(index.column()) ? Qt::AlignRight | Qt::AlignVCenter
                                                  : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return lock.isEmpty() ? QVariant() : QVariant(QBrush(kLockedBackground));
    case Qt::ForegroundRole:
        return lock.isEmpty() ? QVariant() : QVariant(QBrush(kLockedText));
    case Qt::DecorationRole:
        return !lock.isEmpty() && index.column() == Period ? QVariant(lockIcon()) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (!lock.isEmpty()) {
            return lock;
        }
        if (index.column() == NeedleBoxes) {
            return tr("Filled in for this plan: %1. You can lower it, but not raise it.")
                .arg(core::PlanQuantities::boxes(planLine.needleFillBoxes));
        }
        return {};
    }
    return {};
}

bool PlanTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    bool isNumber = false;
    const int boxes = value.toInt(&isNumber);
    if (!isNumber) {
        return false;
    }
    core::PlanRow& row = m_rows[index.row()];
    const QString rowName = core::CoolRules::periodLabel(m_cools.at(index.row()));
    const bool vaccine = index.column() == VaccineBoxes;
    if (boxes == (vaccine ? row.vaccineBoxes : row.needleBoxes)) {
        return true;
    }
    // A new vaccine count fills the needles in afresh: a count lowered for the old vaccine count says
    // nothing about the new one.
    const auto checked
        = vaccine ? m_rules.line(boxes, std::nullopt, rowName) : m_rules.line(row.vaccineBoxes, boxes, rowName);
    if (!checked) {
        emit rejected(checked.error().message);
        return false;
    }
    row.vaccineBoxes = checked->vaccineBoxes;
    row.needleBoxes = checked->needleBoxes;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit rowsEdited();
    return true;
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // Locked rows stay selectable, so that the keyboard and screen readers reach their reason.
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableColumn(index.column()) && lockReason(index.row()).isEmpty()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        return int(isNumberColumn(section) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Period:
        return tr("Vaccination period");
    case Batch:
        return tr("Plan change batch");
    case VaccineBoxes:
        return tr("Planned vaccine (%1 × boxes)").arg(core::PlanQuantities::doses(m_dosesPerBox));
    case Doses:
        return tr("Planned doses");
    case Allocation:
        return tr("Allocated");
    case NeedleBoxes:
        return tr("Needles and syringes (%1 × boxes)").arg(core::PlanQuantities::units(m_unitsPerBox));
    case Needles:
        return tr("Needles and syringes needed");
    }
    return {};
}

} // namespace vsys::app
