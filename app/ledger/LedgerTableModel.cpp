// SPDX-License-Identifier: MIT
#include "app/ledger/LedgerTableModel.h"

#include "core/JapaneseFormat.h"
#include "core/billing/BillingText.h"
#include "core/ledger/TicketNumber.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace vsys::app {

LedgerTableModel::LedgerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LedgerTableModel::show(const core::DoseLedger& ledger,
                            QDate day,
                            const core::ClinicHours& hours,
                            const QSet<QString>& unsent)
{
    beginResetModel();
    m_ledger = ledger;
    m_hours = hours;
    m_unsent = unsent;
    m_duplicates = ledger.duplicateIds();
    m_rows.clear();
    for (const core::DoseEntry& entry : ledger.current()) {
        if (entry.date == day) {
            m_rows.append(entry);
        }
    }
    endResetModel();
}

int LedgerTableModel::rowOf(const QString& id) const
{
    const QList<core::DoseEntry> versions = m_ledger.history(id);
    for (int row = 0; row < m_rows.size(); ++row) {
        for (const core::DoseEntry& version : versions) {
            if (version.id == m_rows.at(row).id) {
                return row;
            }
        }
    }
    return -1;
}

int LedgerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerTableModel::doseText(int doseNumber)
{
    return tr("Dose %1").arg(doseNumber);
}

QString LedgerTableModel::formText(core::ScreeningForm form)
{
    return form == core::ScreeningForm::Old ? tr("Old format") : tr("New format");
}

QString LedgerTableModel::sheetText(core::TicketSheet sheet)
{
    return sheet == core::TicketSheet::Printed ? tr("Printed") : tr("Attached");
}

QString LedgerTableModel::stateText(const core::DoseEntry& entry) const
{
    QStringList states;
    if (m_duplicates.contains(entry.id)) {
        states.append(tr("Duplicate ticket"));
    }
    if (m_unsent.contains(entry.id)) {
        states.append(tr("Not sent"));
    }
    if (!entry.supersedes.isEmpty()) {
        states.append(tr("Corrected"));
    }
    return states.join(u" / "_s);
}

QString LedgerTableModel::duplicateText(const core::DoseEntry& entry) const
{
    const auto other = m_ledger.earlierUse(entry.ticket, entry.id);
    if (!other) {
        return {};
    }
    return tr("This ticket was also used for a vaccination on %1 at %2 (desk %3).")
        .arg(core::JapaneseFormat::day(other->date), other->time.toString(u"HH:mm"_s), other->desk);
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const core::DoseEntry& entry = m_rows.at(index.row());
    if (role == Qt::BackgroundRole && m_duplicates.contains(entry.id)) {
        return QBrush(QColor(0xfd, 0xe2, 0xe1));
    }
    if (role == Qt::ToolTipRole && m_duplicates.contains(entry.id)) {
        return duplicateText(entry);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const auto ticket = core::TicketReader::read(entry.ticket);
    switch (Column(index.column())) {
    case Time:
        return entry.time.toString(u"HH:mm"_s);
    case Ticket:
        return core::TicketReader::grouped(entry.ticket);
    case Dose:
        return ticket ? doseText(ticket->doseNumber) : QString();
    case Municipality:
        return ticket ? core::MunicipalityDirectory::builtIn().name(ticket->payingMunicipality) : QString();
    case Kind:
        return core::BillingText::label(entry.kind);
    case Age:
        return core::BillingText::label(entry.age);
    case Band:
        return core::BillingText::label(m_hours.band(entry.date, entry.time));
    case Form:
        return formText(entry.form);
    case Sheet:
        return sheetText(entry.sheet);
    case Desk:
        return entry.desk;
    case State:
        return stateText(entry);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Ticket:
        return tr("Ticket number");
    case Dose:
        return tr("Dose");
    case Municipality:
        return tr("Municipality");
    case Kind:
        return tr("Kind");
    case Age:
        return tr("Age");
    case Band:
        return tr("Time band");
    case Form:
        return tr("Screening form");
    case Sheet:
        return tr("Ticket");
    case Desk:
        return tr("Desk");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace vsys::app
