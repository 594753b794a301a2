// SPDX-License-Identifier: MIT
// PlanPage (接種計画の登録・変更): the venue's vaccination plan per クール as the briefing's screen shows
// it, the totals 初回登録時 and 現在の計画, the 国's confirmation, 登録/変更 and the printout. On the
// editing frame: the rows typed are the account's draft (未登録の入力), autosaved by the page itself. The
// page sends nothing: it is fed the calendar and the plan, and says what the user wants through its signals.
#pragma once

#include "app/common/EditPage.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "db/AccountRepository.h"
#include "db/PlanStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <memory>
#include <optional>

class QKeyEvent;
class QTextDocument;

namespace Ui {
class PlanPage;
}

namespace vsys::app {

class ForecastPanel;
class PlanTableModel;

class PlanPage : public EditPage
{
    Q_OBJECT
public:
    explicit PlanPage(db::Database& database, QWidget* parent = nullptr);
    ~PlanPage() override;

    /// The V-SYS ID whose plan is shown, its draft is kept for and its venue printed. Another ID than
    /// before starts afresh: no rows, banners or draft of the previous one stay.
    void setAccount(const db::Account& account);
    /// The クール calendar and the server's time it came with (docs/api.md "クール calendar"). The page
    /// runs that clock on, so rows lock when their deadline passes while the page is open.
    void setCalendar(const QList<core::CoolPeriod>& cools, const QDateTime& serverNow);
    /// The registered plan, with its 初回登録時 total and the 国's confirmation.
    void setPlan(const core::VenuePlan& plan);
    /// Shows the account's draft over the plan (rows typed but not registered: autosaved, or a request
    /// not yet sent), with a banner saying so; nothing when there is none.
    void loadDraft();

    /// The server's time now, by the clock given with the calendar.
    QDateTime serverNow() const;
    PlanTableModel* model() const { return m_model; }
    /// 計画と実績 below the plan: fed by the window from the ledger and the reports.
    ForecastPanel* forecastPanel() const { return m_forecast; }
    /// 接種計画（控） of what the page shows, printed at `printedAt`.
    std::unique_ptr<QTextDocument> printout(const QDateTime& printedAt) const;

public slots:
    /// The registration (or the request for the 国's confirmation) was accepted.
    void showRegistered();
    /// It was refused; `field` (rows[i].vaccine_boxes, ...) picks the cell to focus, when it names one.
    void showRefused(const QString& message, const QString& field);

signals:
    /// 登録/変更する or 国の確認を依頼する, after the same check the server makes passed here.
    void registerRequested(const QList<vsys::core::PlanRow>& rows, bool requestApproval);
    void backRequested();

protected:
    core::Result<void> saveInput() override;
    void focusField(const QString& field) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateState();
    /// The banner of a shown draft names the register button as it is labelled now, and goes with the
    /// changes.
    void updateDraftState();
    void moveClockOn();
    void registerPlan();
    Printout planPrintout() const;

    const std::unique_ptr<Ui::PlanPage> m_ui;
    PlanTableModel* m_model;
    ForecastPanel* m_forecast;
    db::PlanStore m_store;
    db::Account m_account;
    /// While a loaded draft differs from the plan: whether it was to go to the 国 for confirmation.
    std::optional<bool> m_draftRequestedApproval;
    QDateTime m_serverTime; ///< the server's time when m_sinceServerTime started
    QElapsedTimer m_sinceServerTime;
    QTimer m_clockTimer;
    bool m_requestedApproval = false;
};

} // namespace vsys::app
