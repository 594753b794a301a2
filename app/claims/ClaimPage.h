// SPDX-License-Identifier: MIT
// ClaimPage (国保連提出用請求総括書・市区町村別請求書の作成): a claim per 請求月 as the briefing's screen lays it
// out, the counts per kind of 予診票 and municipality, the 返戻分, the header printed on the forms, and the four
// outputs checked (印刷前の確認), previewed, printed or saved as PDF, with a history of what was printed.
// Claims stay on this PC: the page saves them itself, 0.5 s after the last edit at most.
#pragma once

#include "core/Result.h"
#include "core/billing/BillingTypes.h"
#include "core/billing/MonthlyClaim.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QPagedPaintDevice;
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

namespace vsys::app {

class ClaimCountsModel;
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
    /// month never saved starts from the latest saved claim's header, else from `institution` and `homeMunicipality`
    /// (the registration's).
    void
    open(qint64 accountId, const core::ClaimInstitution& institution, const QString& homeMunicipality, QDate today);
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
    /// The 印刷前の確認 shown before printing, with 「このまま印刷する」 beside it.
    MessageBanner* checkBanner() const;

    core::ClaimOutput selectedOutput() const;
    void selectOutput(core::ClaimOutput output);
    /// The warnings printing `output` now would show.
    QList<core::Error> checks(core::ClaimOutput output) const;

    /// The selected output as PDF at `filePath`, after the checks were shown and accepted, with a cancellable
    /// progress dialog for a batch. Recorded in the 印刷履歴. Returns the sheets written.
    core::Result<int> exportPdf(const QString& filePath);
    /// Paints the selected output onto a printer (the print preview's paintRequested), unrecorded: the preview
    /// records it once the user prints. Returns the sheets.
    core::Result<int> printTo(QPrinter& printer);

signals:
    void backRequested();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    enum class Action { Preview, Pdf };
    /// What an output prints: its title, one body per sheet, and the totals.
    struct Prepared
    {
        QString title;
        QStringList sheets;
        qint64 totalCount = 0;
        qint64 totalAmount = 0;
    };

    void buildSheetTab(core::TicketSheet sheet, QWidget* tab);
    void showClaim(const core::MonthlyClaim& claim);
    void claimEdited();
    void institutionEdited();
    void vaccinationMonthEdited(QDate month);
    void setHomeMunicipality(const QString& code);
    void updateLabels();
    void updateOutputTotal();
    void reloadHistory();
    void request(Action action);
    void perform(Action action);
    void preview();
    void choosePdf();
    /// What `output` bills now, as the calculator sums it.
    core::Result<core::BillingStatement> statement(core::ClaimOutput output) const;
    core::Result<Prepared> prepare(core::ClaimOutput output) const;
    void recordPrint(const Prepared& prepared, bool toPdf, const QString& filePath, int sheets);

    const std::unique_ptr<Ui::ClaimPage> m_ui;
    const std::unique_ptr<db::ClaimStore> m_store;
    const core::MunicipalityDirectory& m_municipalities;
    core::MonthlyClaim m_claim;
    qint64 m_accountId = 0;
    QDate m_today;
    core::ClaimInstitution m_defaultInstitution;
    QString m_defaultHome;
    ClaimCountsModel* m_attached;
    ClaimCountsModel* m_printed;
    QTableView* m_attachedView = nullptr;
    QTableView* m_printedView = nullptr;
    MunicipalityPicker* m_attachedPicker = nullptr;
    MunicipalityPicker* m_printedPicker = nullptr;
    MunicipalityPicker* m_homePicker = nullptr;
    ReturnedItemsModel* m_returned;
    QStandardItemModel* m_history;
    QTimer* m_saveTimer;
    bool m_dirty = false;
    bool m_loading = false;
    Action m_pendingAction = Action::Preview;
};

} // namespace vsys::app
