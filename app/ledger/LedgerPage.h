// SPDX-License-Identifier: MIT
// LedgerPage (接種台帳): the reception desk's entry of each 予診 as the queue comes — scan or type the 接種券's
// 18-digit line, two keys for 区分 and 年齢, Enter — with the ticket read as it is typed (the paying
// municipality and 「3回目」) and refused at once with the reason (a wrong check digit, an unknown or prefecture
// code, a ticket already used for a 接種, naming that row). Below, the day's rows with their 時間帯, the tickets
// used twice (also at other desks once synced) and the rows not sent yet; 訂正 / 取消 as superseding records with
// a reason, never a deletion. The venue's 診療時間, CSV import, and CSV / Excel export of the ledger and of the
// month's claim counts. Rows are recorded through the SyncService: stored here first, then sent.
#pragma once

#include "app/common/EditPage.h"
#include "app/ledger/ClinicHoursDialog.h"
#include "app/ledger/DoseCorrectionDialog.h"
#include "core/ledger/DoseLedger.h"
#include "core/ledger/TicketNumber.h"

#include <QDate>
#include <QPointer>

#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimeEdit;

namespace vsys::sync {
class SyncService;
}

namespace vsys::app {

class LedgerTableModel;

class LedgerPage : public EditPage
{
    Q_OBJECT
public:
    /// The keys that choose 区分, 年齢, the 予診票's format and the ticket's form, as the screen shows them.
    static constexpr Qt::Key kVaccinationKey = Qt::Key_F1;
    static constexpr Qt::Key kScreeningOnlyKey = Qt::Key_F2;
    static constexpr Qt::Key kSixAndOverKey = Qt::Key_F3;
    static constexpr Qt::Key kUnderSixKey = Qt::Key_F4;
    static constexpr Qt::Key kNewFormKey = Qt::Key_F5;
    static constexpr Qt::Key kOldFormKey = Qt::Key_F6;
    static constexpr Qt::Key kAttachedKey = Qt::Key_F7;
    static constexpr Qt::Key kPrintedKey = Qt::Key_F8;
    /// A CSV of a day's list is far smaller; a larger file is not read into memory.
    static constexpr qint64 kMaxImportBytes = 32 * 1024 * 1024;

    explicit LedgerPage(sync::SyncService& sync, QWidget* parent = nullptr);
    ~LedgerPage() override;

    /// Reads the ledger, the unsent rows and the 診療時間 again; what is being typed stays.
    void refresh();
    /// Shows today's rows (Japan time, by the server's clock) and puts the cursor in the ticket field.
    void showToday();

    /// Reads a CSV and records its rows; every bad line is listed and nothing is recorded when there is one.
    /// The number of rows recorded.
    core::Result<int> importCsv(const QString& path);
    /// The ledger's current rows: .xlsx (one sheet per month) or CSV, by the file's suffix.
    core::Result<void> exportLedger(const QString& path);
    /// The claim counts of the 接種月 of the day shown: .xlsx or CSV, by the file's suffix.
    core::Result<void> exportClaim(const QString& path);

    LedgerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Open only while shown (for tests).
    ClinicHoursDialog* clinicHoursDialog() const { return m_hoursDialog; }
    DoseCorrectionDialog* correctionDialog() const { return m_correctionDialog; }

signals:
    void backRequested();

protected:
    /// Nothing waits to be saved: a row is stored when Enter records it.
    core::Result<void> saveInput() override { return {}; }
    void focusField(const QString& field) override;
    void showEvent(QShowEvent* event) override;

private:
    using Writer = std::function<core::Result<void>()>;

    QWidget* buildEntry();
    QWidget* buildTable();
    QWidget* buildTools();
    /// Says what the ticket field holds: how many digits so far, the municipality and 回数, or why it is refused.
    void updateTicketStatus();
    void showRefusal(const QString& message);
    /// The ticket read and the rules of a new or corrected row: the ticket used for another 接種 is refused.
    core::Result<core::TicketNumber> check(const core::DoseEntry& entry, const QString& exceptId) const;
    QString earlierUseText(const core::DoseEntry& earlier) const;
    void record();
    void resetForNextPerson();
    /// The row's date and time: now by the server's clock in Japan, or as typed for a late entry.
    std::pair<QDate, QTime> entryTime() const;
    void editClinicHours();
    void chooseImport();
    void chooseExport(bool claim, bool excel);
    /// What writes the file, with copies of what it needs, so it can run on another thread.
    Writer ledgerWriter(const QString& path) const;
    Writer claimWriter(const QString& path) const;
    /// 訂正 / 取消 / 履歴 of the selected row.
    void openCorrection(int mode);
    void updateRowButtons();
    std::optional<core::DoseEntry> selectedEntry() const;

    sync::SyncService& m_sync;
    core::DoseLedger m_ledger;
    LedgerTableModel* m_model;
    QLineEdit* m_ticket = nullptr;
    QLabel* m_ticketStatus = nullptr;
    QButtonGroup* m_kind = nullptr;
    QButtonGroup* m_age = nullptr;
    QButtonGroup* m_form = nullptr;
    QButtonGroup* m_sheet = nullptr;
    QLabel* m_keysHint = nullptr;
    QCheckBox* m_now = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QComboBox* m_vaccine = nullptr;
    QPushButton* m_record = nullptr;
    QDateEdit* m_day = nullptr;
    QLabel* m_dayCount = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_history = nullptr;
    QPlainTextEdit* m_importErrors = nullptr;
    QPointer<ClinicHoursDialog> m_hoursDialog;
    QPointer<DoseCorrectionDialog> m_correctionDialog;
};

} // namespace vsys::app
