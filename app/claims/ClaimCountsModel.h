// SPDX-License-Identifier: MIT
// ClaimCountsModel (請求件数の入力表): one kind of 予診票 of a claim as the briefing's screen lays it out: the
// 総数 row, 医療機関と同一市内にお住まいの方, それ以外の方 (their subtotal), then each other municipality added;
// one column per row of the form (区分 × 年齢 in the old format, × 時間帯 in the new) and the 合計.
#pragma once

#include "core/billing/MonthlyClaim.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

namespace vsys::core {
class MunicipalityDirectory;
}

namespace vsys::app {

class ClaimCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The cells of one column: a row of the form.
    struct Column
    {
        core::DoseKind kind;
        core::AgeBand age;
        core::TimeBand time;
    };

    static constexpr int kTotalRow = 0; ///< 総数
    static constexpr int kHomeRow = 1; ///< 医療機関と同一市内にお住まいの方
    static constexpr int kOthersRow = 2; ///< それ以外の方: the sum of the rows below
    static constexpr int kFirstOtherRow = 3; ///< the first municipality added
    /// headerData() role of a column: its labels from the outermost group in, for a grouped header.
    static constexpr int kHeaderLevelsRole = Qt::UserRole + 1;

    /// Edits `claim` in place; the model must not outlive it.
    ClaimCountsModel(core::MonthlyClaim& claim,
                     core::TicketSheet sheet,
                     const core::MunicipalityDirectory& municipalities,
                     QObject* parent = nullptr);

    /// The claim was replaced or its format changed (another 接種月): rows and columns are read again.
    void reload();
    /// Adds a municipality's row (no counts yet) and returns it; an existing row is returned as it is.
    int addMunicipality(const QString& code);
    /// Removes a municipality's row with its counts; the 総数, home and それ以外の方 rows stay.
    bool removeMunicipalityRow(int row);
    /// The municipality code of a row; empty for the 総数 and それ以外の方 rows.
    QString municipality(int row) const;
    /// The row of a municipality, -1 when it has none.
    int rowOf(const QString& code) const;
    /// The column of a row of the form, -1 when the format has no such row.
    int columnOf(core::DoseKind kind, core::AgeBand age, core::TimeBand time) const;
    int totalColumn() const { return int(m_columns.size()); }
    /// The counts the dose ledger (接種台帳) gives for the claim's 接種月, as a claim; a cell that differs from it
    /// is a hand edit, coloured with the ledger's count as its tooltip. Nothing is marked without one. The view
    /// is to repaint itself: no dataChanged, which would reset a cell being typed.
    void setLedgerCounts(const std::optional<core::MonthlyClaim>& ledger);
    /// Whether the cell is an editable count that differs from the ledger's.
    bool differsFromLedger(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// The user changed a count or the municipalities: the page autosaves.
    void edited();

private:
    qint64 cell(int row, int column) const;
    /// A column's sum over the other municipalities' rows, and with `withHome` the home row's too (総数).
    qint64 columnSum(int column, bool withHome) const;
    /// A row that sums others: 総数, それ以外の方, or the 合計 column.
    bool isSum(const QModelIndex& index) const;
    /// The sheet's municipalities other than the home one, by code.
    QStringList others() const;

    core::MonthlyClaim& m_claim;
    core::TicketSheet m_sheet;
    const core::MunicipalityDirectory& m_municipalities;
    QList<Column> m_columns;
    QStringList m_others; ///< municipality per row from kFirstOtherRow on
    std::optional<core::MonthlyClaim> m_ledger;
};

} // namespace vsys::app
