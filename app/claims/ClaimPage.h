// SPDX-License-Identifier: MIT
// ClaimPage (国保連提出用請求総括書・市区町村別請求書の作成): a claim per 請求月 as the briefing's screen lays it
// out: the 請求用保険医療機関コード and the months at the top, the counts per kind of 予診票 and municipality, the
// 返戻分, the header printed on the forms (ClaimHeaderEditor), the print history, and at the foot 保存 and the
// four outputs (ClaimOutputsPanel). Claims stay on this PC: the frame (EditPage) autosaves them, shows
// 保存済み, the banners, the print preview and the PDF export.
#pragma once

#include "app/claims/ClaimOutputsPanel.h"
#include "app/common/EditPage.h"
#include "core/Result.h"
#include "core/billing/BillingTypes.h"
#include "core/billing/ClaimHeaderRules.h"
#include "core/billing/MonthlyClaim.h"
#include "core/ledger/ClinicHours.h"
#include "core/ledger/DoseLedger.h"

#include <QDate>
#include <QList>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Ui {
class ClaimPage;
}

namespace vsys::core {
class MunicipalityDirectory;
}

namespace vsys::db {
class ClaimStore;
class Database;
} // namespace vsys::db

namespace vsys::print {
struct ClaimPages;
}

namespace vsys::app {

class ClaimCountsModel;
class ClaimHeaderEditor;
class MunicipalityPicker;
class ReturnedItemsModel;

class ClaimPage : public EditPage
{
    Q_OBJECT
public:
    explicit ClaimPage(db::Database& database, QWidget* parent = nullptr);
    ~ClaimPage() override;

    /// Shows the account's claim for the 請求月 of `today` (Japan time; the demo runs on the server's clock). A
    /// month never saved starts from the latest saved claim's header, else from `defaults` (the registration's).
    void open(qint64 accountId, const core::ClaimHeaderDefaults& defaults, QDate today);
    /// Saves the claim shown, then shows the one for `claimMonth` (any day of it).
    void showClaimMonth(QDate claimMonth);

    const core::MonthlyClaim& claim() const { return m_claim; }
    ClaimCountsModel* countsModel(core::TicketSheet sheet) const;
    QTableView* countsView(core::TicketSheet sheet) const;
    MunicipalityPicker* picker(core::TicketSheet sheet) const;
    ReturnedItemsModel* returnedModel() const { return m_returned; }
    QStandardItemModel* historyModel() const { return m_history; }
    ClaimOutputsPanel* outputs() const { return m_outputs; }

    /// The warnings printing `output` now would show (a confirmed 検証番号 warning is not among them).
    QList<core::Error> checks(core::ClaimOutput output) const;

    /// The venue's dose ledger and 診療時間: 「台帳から入力」 fills the 接種月's counts from it, counts typed over
    /// it are marked, and the old-format 予診票's surcharges it finds are listed under the format's note.
    void setLedger(const core::DoseLedger& ledger, const core::ClinicHours& hours);
    /// 「台帳から入力」: every count of both tables becomes the ledger's (the municipalities added stay, at 0).
    void fillFromLedger();
    QPushButton* fillFromLedgerButton() const { return m_fillFromLedger; }
    QLabel* surchargeLabel() const { return m_surcharges; }

signals:
    void backRequested();

protected:
    core::Result<void> saveInput() override;
    void focusField(const QString& field) override;

private:
    void buildSheetTab(core::TicketSheet sheet, QWidget* tab);
    void showClaim(const core::MonthlyClaim& claim);
    void claimEdited();
    void headerEdited();
    void codeEdited();
    void vaccinationMonthEdited(QDate month);
    void setHomeMunicipality(const QString& code);
    void removeReturnedItem();
    void updateLabels();
    /// The ledger's counts for the 接種月 shown, the marks and the surcharge list.
    void updateLedger();
    void updateOutputTotals();
    void reloadHistory();
    /// The 印刷前の確認 first when there is something to check, else the output itself.
    void requestOutput(core::ClaimOutput output, ClaimOutputsPanel::Action action);
    void output(core::ClaimOutput output, ClaimOutputsPanel::Action action, const QList<core::Error>& warnings);
    /// The sheets of `output` drawn by ClaimBatchPrinter off the GUI thread, with a progress dialog and 中止.
    Printout printout(core::ClaimOutput output, const print::ClaimPages& pages);
    void recordPrint(
        core::ClaimOutput output, const print::ClaimPages& pages, bool toPdf, const QString& filePath, int sheets);

    const std::unique_ptr<Ui::ClaimPage> m_ui;
    const std::unique_ptr<db::ClaimStore> m_store;
    const core::MunicipalityDirectory& m_municipalities;
    core::MonthlyClaim m_claim;
    qint64 m_accountId = 0;
    QDate m_today;
    core::ClaimHeaderDefaults m_defaults;
    QStringList m_confirmedCodes;
    ClaimCountsModel* m_attached;
    ClaimCountsModel* m_printed;
    QTableView* m_attachedView = nullptr;
    QTableView* m_printedView = nullptr;
    MunicipalityPicker* m_attachedPicker = nullptr;
    MunicipalityPicker* m_printedPicker = nullptr;
    ClaimHeaderEditor* m_header;
    ClaimOutputsPanel* m_outputs;
    ReturnedItemsModel* m_returned;
    QStandardItemModel* m_history;
    QAction* m_continue;
    core::ClaimOutput m_pendingOutput = core::ClaimOutput::SummaryIncludingHome;
    ClaimOutputsPanel::Action m_pendingAction = ClaimOutputsPanel::Action::Preview;
    QList<core::Error> m_pendingWarnings;
    bool m_loading = false;
    std::optional<core::DoseLedger> m_ledger;
    core::ClinicHours m_hours;
    /// The ledger's counts of the 接種月 shown; nullopt without a ledger or without any dose of that month.
    std::optional<core::LedgerClaim> m_ledgerClaim;
    QPushButton* m_fillFromLedger;
    QLabel* m_ledgerState;
    QLabel* m_surcharges;
};

} // namespace vsys::app
