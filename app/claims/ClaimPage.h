// SPDX-License-Identifier: MIT
// ClaimPage (国保連提出用請求総括書・市区町村別請求書の作成): a claim per 請求月 as the briefing's screen lays it
// out: the 請求用保険医療機関コード and the months at the top, the counts per kind of 予診票 and municipality, the
// 返戻分, the header printed on the forms (ClaimHeaderEditor), the print history, and at the foot 保存 and the
// four outputs (ClaimOutputsPanel). Claims stay on this PC: the page saves them itself, 0.5 s after an edit.
#pragma once

#include "core/Result.h"
#include "core/billing/BillingTypes.h"
#include "core/billing/ClaimHeaderRules.h"
#include "core/billing/MonthlyClaim.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QPrinter;
class QStandardItemModel;
class QTableView;
class QTimer;

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
class ClaimOutputsPanel;
class MessageBanner;
class MunicipalityPicker;
class ReturnedItemsModel;

class ClaimPage : public QWidget
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
    /// Writes the pending edits now; false (with the error shown) when the database refused them.
    bool saveNow();

    const core::MonthlyClaim& claim() const { return m_claim; }
    ClaimCountsModel* countsModel(core::TicketSheet sheet) const;
    QTableView* countsView(core::TicketSheet sheet) const;
    MunicipalityPicker* picker(core::TicketSheet sheet) const;
    ReturnedItemsModel* returnedModel() const { return m_returned; }
    QStandardItemModel* historyModel() const { return m_history; }
    MessageBanner* messageBanner() const;
    ClaimOutputsPanel* outputs() const { return m_outputs; }
    ClaimHeaderEditor* headerEditor() const { return m_header; }

    /// The warnings printing `output` now would show (a confirmed 検証番号 warning is not among them).
    QList<core::Error> checks(core::ClaimOutput output) const;

    /// `output` as PDF at `filePath` (the 「PDFで保存」 path after its file dialog), with a cancellable progress
    /// dialog for a batch. Recorded in the 印刷履歴. Returns the sheets written.
    core::Result<int> exportPdf(core::ClaimOutput output, const QString& filePath);
    /// Paints `output` onto a printer (the print preview's paintRequested), unrecorded: the preview records it
    /// once the user prints. Returns the sheets.
    core::Result<int> printTo(core::ClaimOutput output, QPrinter& printer);

signals:
    void backRequested();

protected:
    void hideEvent(QHideEvent* event) override;

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
    void updateOutputTotals();
    void reloadHistory();
    void outputConfirmed(core::ClaimOutput output, bool toPdf, const QList<core::Error>& warnings);
    void preview(core::ClaimOutput output);
    void choosePdf(core::ClaimOutput output);
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
    QTimer* m_saveTimer;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace vsys::app
