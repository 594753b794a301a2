// SPDX-License-Identifier: MIT
#include "app/claims/ClaimCountsModel.h"

#include "core/JapaneseFormat.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/billing/BillingText.h"

#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

/// The form's rows for a format, in its order: the old one has no 時間帯.
QList<ClaimCountsModel::Column> columnsFor(core::ClaimFormat format)
{
    using core::AgeBand;
    using core::DoseKind;
    using core::TimeBand;
    QList<TimeBand> times{TimeBand::Regular};
    if (format == core::ClaimFormat::New) {
        times << TimeBand::AfterHours << TimeBand::Holiday;
    }
    QList<ClaimCountsModel::Column> columns;
    for (DoseKind kind : {DoseKind::ScreeningOnly, DoseKind::Vaccination}) {
        for (AgeBand age : {AgeBand::UnderSix, AgeBand::SixAndOver}) {
            for (TimeBand time : times) {
                columns.append({kind, age, time});
            }
        }
    }
    return columns;
}

} // namespace

ClaimCountsModel::ClaimCountsModel(core::MonthlyClaim& claim,
                                   core::TicketSheet sheet,
                                   const core::MunicipalityDirectory& municipalities,
                                   QObject* parent)
    : QAbstractTableModel(parent)
    , m_claim(claim)
    , m_sheet(sheet)
    , m_municipalities(municipalities)
{
    reload();
}

void ClaimCountsModel::reload()
{
    beginResetModel();
    m_columns = columnsFor(m_claim.format());
    m_others = others();
    endResetModel();
}

int ClaimCountsModel::addMunicipality(const QString& code)
{
    if (const int existing = rowOf(code); existing >= 0) {
        return existing;
    }
    m_claim.addMunicipality(m_sheet, code);
    const QStringList rows = others();
    const int row = int(rows.indexOf(code)) + kFirstOtherRow;
    beginInsertRows({}, row, row);
    m_others = rows;
    endInsertRows();
    emit edited();
    return row;
}

bool ClaimCountsModel::removeMunicipalityRow(int row)
{
    if (row < kFirstOtherRow || row >= rowCount()) {
        return false;
    }
    const QString code = municipality(row);
    beginRemoveRows({}, row, row);
    m_claim.removeMunicipality(m_sheet, code);
    m_others = others();
    endRemoveRows();
    // The 総数 and それ以外の方 rows sum what was removed.
    emit dataChanged(index(kTotalRow, 0), index(kOthersRow, totalColumn()));
    emit edited();
    return true;
}

QString ClaimCountsModel::municipality(int row) const
{
    if (row == kHomeRow) {
        return m_claim.homeMunicipality;
    }
    return row >= kFirstOtherRow && row - kFirstOtherRow < m_others.size() ? m_others.at(row - kFirstOtherRow)
                                                                           : QString();
}

int ClaimCountsModel::rowOf(const QString& code) const
{
    if (!code.isEmpty() && code == m_claim.homeMunicipality) {
        return kHomeRow;
    }
    const qsizetype found = m_others.indexOf(code);
    return found < 0 ? -1 : int(found) + kFirstOtherRow;
}

QStringList ClaimCountsModel::others() const
{
    QStringList codes = m_claim.municipalities(m_sheet);
    codes.removeAll(m_claim.homeMunicipality);
    return codes;
}

int ClaimCountsModel::columnOf(core::DoseKind kind, core::AgeBand age, core::TimeBand time) const
{
    for (int column = 0; column < m_columns.size(); ++column) {
        const Column& c = m_columns.at(column);
        if (c.kind == kind && c.age == age && c.time == time) {
            return column;
        }
    }
    return -1;
}

int ClaimCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_others.size()) + kFirstOtherRow;
}

int ClaimCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

qint64 ClaimCountsModel::cell(int row, int column) const
{
    if (row == kTotalRow || row == kOthersRow) {
        return columnSum(column, row == kTotalRow);
    }
    if (column == totalColumn()) {
        qint64 sum = 0;
        for (int c = 0; c < totalColumn(); ++c) {
            sum += cell(row, c);
        }
        return sum;
    }
    const Column& c = m_columns.at(column);
    return m_claim.count(m_sheet, municipality(row), c.kind, c.age, c.time);
}

qint64 ClaimCountsModel::columnSum(int column, bool withHome) const
{
    if (column == totalColumn()) {
        qint64 sum = 0;
        for (int c = 0; c < totalColumn(); ++c) {
            sum += columnSum(c, withHome);
        }
        return sum;
    }
    // One pass over the sheet's lines, not a lookup per row: with hundreds of municipalities (the view sizes its
    // columns to every row) summing row by row made the table take seconds to lay out.
    const Column& c = m_columns.at(column);
    qint64 sum = 0;
    for (const core::ClaimLine& line : m_claim.lines) {
        if (line.sheet == m_sheet && line.count.kind == c.kind && line.count.age == c.age && line.count.time == c.time
            && (withHome || line.count.municipality != m_claim.homeMunicipality)) {
            sum += line.count.count;
        }
    }
    return sum;
}

QVariant ClaimCountsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return core::JapaneseFormat::doses(cell(index.row(), index.column()));
    case Qt::EditRole:
        return cell(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isSum(index)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (!(flags(index) & Qt::ItemIsEditable)) {
            return tr("Calculated from the rows below or the cells to the left.");
        }
        if (differsFromLedger(index)) {
            const Column& c = m_columns.at(index.column());
            return tr("Ledger: %1")
                .arg(core::JapaneseFormat::cases(
                    m_ledger->count(m_sheet, municipality(index.row()), c.kind, c.age, c.time)));
        }
        return {};
    case Qt::BackgroundRole:
        // Status is colour plus text (the tooltip): a count typed over the ledger's.
        return differsFromLedger(index) ? QVariant(QColor(0xff, 0xe3, 0xa8)) : QVariant();
    default:
        return {};
    }
}

void ClaimCountsModel::setLedgerCounts(const std::optional<core::MonthlyClaim>& ledger)
{
    // No dataChanged: Qt 6 writes the model's value into an open editor of a changed range, so a sync arriving
    // while the clerk types a count would put the old count back. The marks are read when painted; the view
    // repaints (ClaimPage).
    m_ledger = ledger;
}

bool ClaimCountsModel::differsFromLedger(const QModelIndex& index) const
{
    if (!m_ledger || !index.isValid() || isSum(index) || index.column() >= totalColumn()) {
        return false;
    }
    const Column& c = m_columns.at(index.column());
    const QString code = municipality(index.row());
    return m_ledger->count(m_sheet, code, c.kind, c.age, c.time) != m_claim.count(m_sheet, code, c.kind, c.age, c.time);
}

QVariant ClaimCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::DisplayRole || role == kHeaderLevelsRole)) {
        if (section < 0 || section > totalColumn()) {
            return {};
        }
        // The 合計 spans every level of a grouped header.
        if (section == totalColumn()) {
            return role == kHeaderLevelsRole ? QVariant(QStringList{tr("Total")}) : QVariant(tr("Total"));
        }
        const Column& c = m_columns.at(section);
        QStringList levels{core::BillingText::label(c.kind), tr("%1 (doses)").arg(core::BillingText::label(c.age))};
        if (m_claim.format() == core::ClaimFormat::New) {
            levels << core::BillingText::label(c.time);
        }
        return role == kHeaderLevelsRole ? QVariant(levels) : QVariant(levels.join(u'\n'));
    }
    if (orientation != Qt::Vertical || role != Qt::DisplayRole) {
        return {};
    }
    if (section == kTotalRow) {
        return tr("All residents");
    }
    if (section == kOthersRow) {
        return tr("Residents of other municipalities");
    }
    const QString code = municipality(section);
    const QString name = m_municipalities.name(code);
    if (section == kHomeRow) {
        // Two lines: the label alone would widen the table past a 1366 px screen at 125 %.
        return tr("Residents of the institution's own municipality\n(%1)").arg(name.isEmpty() ? code : name);
    }
    return name.isEmpty() ? code : u"%1　%2"_s.arg(code, name);
}

Qt::ItemFlags ClaimCountsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // A claim not yet given its municipality has no 同一市内 row to enter into.
    if (isSum(index) || municipality(index.row()).isEmpty()) {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ClaimCountsModel::isSum(const QModelIndex& index) const
{
    return index.row() == kTotalRow || index.row() == kOthersRow || index.column() == totalColumn();
}

bool ClaimCountsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    bool isNumber = false;
    const qint64 count = value.toLongLong(&isNumber);
    if (!isNumber || count < 0) {
        return false;
    }
    if (count == cell(index.row(), index.column())) {
        return true;
    }
    const Column& c = m_columns.at(index.column());
    m_claim.setCount(m_sheet, municipality(index.row()), c.kind, c.age, c.time, count);
    emit dataChanged(index, index);
    emit dataChanged(this->index(index.row(), totalColumn()), this->index(index.row(), totalColumn()));
    emit dataChanged(this->index(kTotalRow, 0), this->index(kOthersRow, totalColumn()));
    emit edited();
    return true;
}

} // namespace vsys::app
