// SPDX-License-Identifier: MIT
// ReportPage (廃棄量等の報告): the venue's 実績・廃棄の報告 as the briefing's screen shows it: the venue, the
// vaccine, the new cumulative figures on the left and the registered ones on the right, the ＋ for the
// 1・2回目, wasted vials with the doses they held, a reason when a total goes down, 登録 / キャンセル, and the
// history of reports (sent, waiting, refused). On the editing frame: what is typed is the account's
// draft, autosaved. The page sends nothing: it is fed the history and says what the user wants by signals.
#pragma once

#include "app/common/EditPage.h"
#include "core/ledger/DoseLedger.h"
#include "core/report/PerformanceReport.h"
#include "core/report/VaccineCatalog.h"
#include "db/AccountRepository.h"
#include "db/PageDraftStore.h"
#include "sync/ReportHistory.h"

#include <QDate>
#include <QList>
#include <QMessageBox>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace Ui {
class ReportPage;
}

namespace vsys::app {

class ReportPage : public EditPage
{
    Q_OBJECT
public:
    /// The columns of the history table.
    enum HistoryColumn { EnteredAt, ReportedBy, Vaccine, AsOf, Third, First, Second, Wasted, Reason, State };

    explicit ReportPage(db::Database& database, QWidget* parent = nullptr);
    ~ReportPage() override;

    /// The V-SYS ID whose reports are shown and whose draft is kept. Another ID than before starts
    /// afresh: nothing typed for the previous one stays.
    void setAccount(const db::Account& account);
    /// The day the totals are counted to: today in Japan by the server's clock.
    void setToday(QDate today);
    /// The reports sent and waiting, newest first; the right-hand side shows the latest of the chosen
    /// vaccine. Typing is kept.
    void setHistory(const QList<sync::ReportEntry>& entries);
    /// Fills the fields with the account's draft (with a banner saying it is not registered), or with
    /// the registered totals of the chosen vaccine when there is none.
    void loadDraft();
    /// The venue's dose ledger (接種台帳): its totals for the chosen vaccine as of the report's day are shown
    /// beside the typed figures, with the difference, and 「台帳の累計を入力」 puts them in the fields.
    void setLedger(const core::DoseLedger& ledger);

    /// The confirmation of figures equal to or lower than before, while it is open (for tests).
    QMessageBox* confirmation() const { return m_confirmation; }
    QStandardItemModel* historyModel() const { return m_history; }

public slots:
    /// The report was queued: the draft goes and the fields show the new totals.
    void showRegistered();
    /// It was refused here (the rules, the database); the input stays.
    void showRefused(const core::Error& error);

signals:
    /// 登録, after the same rules the server applies passed here and the user confirmed.
    void registerRequested(const vsys::core::PerformanceReport& report);
    /// The user drops a report the server refused.
    void discardRequested(const QString& reportId);
    void backRequested();

protected:
    core::Result<void> saveInput() override;
    void focusField(const QString& field) override;

private:
    struct FigureWidgets
    {
        QLineEdit* edit = nullptr;
        QLabel* product = nullptr;
        QLabel* registered = nullptr;
    };

    const core::ReportVaccine& vaccine() const;
    std::optional<core::PerformanceReport> previous() const;
    /// The fields show the registered totals of the chosen vaccine (empty without a previous report).
    void fillFromPrevious();
    void fillFromDraft(const QJsonObject& draft);
    void showPrevious();
    void updateDerived();
    void setExpanded(bool expanded);
    void vaccineChosen();
    /// The report the fields describe, or the first field that is not a number.
    core::Result<core::PerformanceReport> typedReport() const;
    void registerReport();
    void ask(const core::PerformanceReport& report, const QList<core::ReportFigure>& figures);
    void cancel();
    void rebuildHistory();
    void updateDiscardButton();
    /// 送信しました once the server has the report registered here, or its refusal.
    void followRegistered();
    core::DoseTotals ledgerTotals() const;
    /// The ledger's figure beside each dose figure, and the difference from what is typed.
    void updateLedger();
    /// 「台帳の累計を入力」: the dose figures become the ledger's (wasted vials stay typed).
    void applyLedger();

    const std::unique_ptr<Ui::ReportPage> m_ui;
    const core::VaccineCatalog& m_catalog;
    db::PageDraftStore m_drafts;
    db::Account m_account;
    QDate m_today;
    QList<sync::ReportEntry> m_entries;
    std::map<core::ReportFigure, FigureWidgets> m_figures;
    QStandardItemModel* m_history;
    std::optional<core::DoseLedger> m_ledger;
    QPushButton* m_applyLedger;
    std::map<core::ReportFigure, QLabel*> m_ledgerFigures;
    QPointer<QMessageBox> m_confirmation;
    /// The report last registered here, until the server took or refused it: the banner follows it.
    QString m_registeredId;
    /// Set while the page fills its fields itself, so that is not taken for typing.
    bool m_filling = false;
};

} // namespace vsys::app
