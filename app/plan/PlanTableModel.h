// SPDX-License-Identifier: MIT
// PlanTableModel (接種計画の表): one row per クール of the calendar, with the vaccine boxes and the
// needle/syringe boxes to edit and what they come to, as the briefing's plan screen lays them out.
// Rows of クール that can no longer change are read-only and say why.
#pragma once

#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "core/plan/VaccinationPlan.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

namespace vsys::app {

class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Period, ///< 接種期間
        Batch, ///< 計画変更バッチ
        VaccineBoxes, ///< 接種計画量 in boxes: editable
        Doses, ///< 接種計画量 in 回接種分
        Allocation, ///< 分配実績
        NeedleBoxes, ///< 接種用針・シリンジ in boxes: editable, at most the fill
        Needles, ///< 接種用針・シリンジ in 本
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PlanTableModel(QObject* parent = nullptr);

    /// The クール to show, in calendar order, and the server's time that decides which are locked.
    /// Rows the user changed keep their values.
    void setCalendar(QList<core::CoolPeriod> cools, const QDateTime& serverNow);
    /// Moves the server's time on. A row whose クール locked in the meantime shows the registered row
    /// again (it could never be registered); returns those rows.
    QList<int> setServerNow(const QDateTime& serverNow);
    /// The registered plan. Rows the user has not changed follow it; changed rows stay as typed.
    void setPlan(core::VenuePlan plan);
    /// Forgets the calendar, the plan and the rows, for another account's.
    void clear();
    /// A draft (the user's unregistered rows) over the registered plan; a クール the draft leaves out
    /// shows the registered row. Locked rows always show the registered row.
    void setRows(const QList<core::PlanRow>& rows);

    /// One row per クール shown, in order: what registering sends.
    QList<core::PlanRow> rows() const { return m_rows; }
    const core::VenuePlan& plan() const { return m_plan; }
    const QList<core::CoolPeriod>& calendar() const { return m_cools; }
    const core::CoolPeriod& cool(int row) const { return m_cools.at(row); }
    QDateTime serverNow() const { return m_serverNow; }

    /// 現在の計画: the plan as registering would make it (the shown rows over the registered ones).
    core::PlanTotals totals() const;
    /// 初回登録時; nothing before the first registration.
    std::optional<core::PlanTotals> initialTotals() const;
    /// True when a shown row differs from the registered plan.
    bool hasChanges() const;
    /// 要国確認: registering the shown rows changes the plan to above the 初回登録時 total.
    bool needsNationalApproval() const;
    /// 回接種分 per box of the vaccine, for texts such as 「150回接種分 × 12箱」.
    int dosesPerBox() const { return m_dosesPerBox; }

    /// Why `row` cannot change (its own lock, else the plan-wide one); empty when it can.
    QString lockReason(int row) const;
    /// The 分配作業期間 lock of every row: why and until when; empty when there is none.
    QString planLockReason() const { return m_planLockReason; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// Edits the boxes of VaccineBoxes (the needles follow to the new fill) or NeedleBoxes (lower than
    /// the fill only). A value the rules refuse is not stored: rejected() says why.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The user typed a value the rules refuse; `message` names the row and says how to fix it.
    void rejected(const QString& message);
    /// The user changed a row (not emitted for setPlan(), setRows() or setCalendar()).
    void rowsEdited();

private:
    core::PlanLine line(int row) const;
    QString rowLockReason(int row) const;
    QList<int> revertLockedRows();
    void rowsChanged();

    core::VaccinationPlan m_rules;
    int m_dosesPerBox;
    int m_unitsPerBox;
    QList<core::CoolPeriod> m_cools;
    QList<core::PlanRow> m_rows; ///< parallel to m_cools
    core::VenuePlan m_plan;
    QDateTime m_serverNow;
    QString m_planLockReason;
};

} // namespace vsys::app
