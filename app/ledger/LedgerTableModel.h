// SPDX-License-Identifier: MIT
// LedgerTableModel: the 接種台帳's rows of one day as the entry screen lists them, each with its ticket read
// (municipality, 回数), its 時間帯 under the venue's 診療時間, and its state: a ticket used for two 接種 (also
// across desks once synced), still waiting to be sent, corrected.
#pragma once

#include "core/billing/HolidayCalendar.h"
#include "core/ledger/ClinicHours.h"
#include "core/ledger/DoseLedger.h"

#include <QAbstractTableModel>
#include <QSet>

namespace vsys::app {

class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Ticket, Dose, Municipality, Kind, Age, Band, Form, Sheet, Desk, State, ColumnCount };

    explicit LedgerTableModel(QObject* parent = nullptr);

    /// Shows the ledger's current rows of `day`; `unsent` are the ids still waiting in the outbox.
    void show(const core::DoseLedger& ledger, QDate day, const core::ClinicHours& hours, const QSet<QString>& unsent);

    const core::DoseEntry& entry(int row) const { return m_rows.at(row); }
    /// The row showing the record `id` (or a later version of its row), -1 when it is not shown.
    int rowOf(const QString& id) const;
    bool isDuplicate(int row) const { return m_duplicates.contains(m_rows.at(row).id); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// 「3回目」 for the ticket's 回数 digit.
    static QString doseText(int doseNumber);
    static QString formText(core::ScreeningForm form);
    static QString sheetText(core::TicketSheet sheet);

private:
    QString stateText(const core::DoseEntry& entry) const;
    /// Names the other row (date, time, desk) that used the ticket for a 接種.
    QString duplicateText(const core::DoseEntry& entry) const;

    QList<core::DoseEntry> m_rows;
    core::DoseLedger m_ledger;
    core::ClinicHours m_hours;
    QSet<QString> m_duplicates;
    QSet<QString> m_unsent;
};

} // namespace vsys::app
