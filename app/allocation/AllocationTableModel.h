// SPDX-License-Identifier: MIT
// AllocationTableModel (分配量の確認の表): one read-only row per クール with the venue's registered plan beside
// what the ministry allocated — vaccine, needle and syringe boxes, the 配送予定日 — and where the クール stands.
// The texts are core::AllocationRules::line(), shared with the printout.
#pragma once

#include "core/plan/Allocation.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace vsys::app {

class AllocationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Period, ///< 接種期間（配送週）
        Planned, ///< 計画: vaccine
        PlannedNeedles, ///< 計画: 針・シリンジ
        Allocated, ///< 分配量: vaccine
        AllocatedNeedles, ///< 分配量: 針・シリンジ
        DeliveryDate, ///< 配送予定日
        State, ///< 分配量確定済 / 分配作業中 / 計画変更可
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AllocationTableModel(QObject* parent = nullptr);

    /// The cached calendar (with the venue's allocation), the registered plan (version 0: none yet) and the
    /// server's time that decides each クール's state.
    void setCalendar(QList<core::CoolPeriod> cools, core::VenuePlan plan, const QDateTime& serverNow);
    void clear();

    const QList<core::CoolPeriod>& calendar() const { return m_cools; }
    const core::VenuePlan& plan() const { return m_plan; }
    QDateTime serverNow() const { return m_serverNow; }
    /// The row's texts as the table and the printout show them.
    core::AllocationLine line(int row) const;
    /// The first row whose 配送予定日 is `today` or later; -1 when none is set.
    int nextDeliveryRow(const QDate& today) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::CoolPeriod> m_cools;
    core::VenuePlan m_plan;
    QDateTime m_serverNow;
};

} // namespace vsys::app
