// SPDX-License-Identifier: MIT
#include "app/plan/PlanPage.h"

#include "app/common/CountItemDelegate.h"
#include "app/common/HeaderState.h"
#include "app/common/MessageBanner.h"
#include "app/plan/ForecastPanel.h"
#include "app/plan/PlanTableModel.h"
#include "app/plan/PlanText.h"
#include "core/plan/PlanQuantities.h"
#include "print/PlanDocument.h"
#include "ui_PlanPage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

/// Often enough that a row locks within a minute of its 計画変更バッチ deadline.
constexpr int kClockIntervalMs = 30 * 1000;

/// Status is text plus colour: 確認待ち blue, 確認済み green, not confirmed orange (ui-guidelines.md).
MessageBanner::Kind bannerKind(core::PlanApproval::State state)
{
    switch (state) {
    case core::PlanApproval::State::Pending:
        return MessageBanner::Kind::Information;
    case core::PlanApproval::State::Approved:
        return MessageBanner::Kind::Success;
    case core::PlanApproval::State::Denied:
        return MessageBanner::Kind::Warning;
    }
    return MessageBanner::Kind::Information;
}

} // namespace

PlanPage::PlanPage(db::Database& database, QWidget* parent)
    : EditPage(parent)
    , m_ui(std::make_unique<Ui::PlanPage>())
    , m_model(new PlanTableModel(this))
    , m_forecast(new ForecastPanel(this))
    , m_store(database)
{
    auto* content = new QWidget(this);
    m_ui->setupUi(content);
    // Beside the plan what was delivered, given and is on hand, so the rows above can be lowered in time.
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->totalsGroupBox) + 1, m_forecast);
    setContent(content);
    setTitle(tr("Register or change the vaccination plan"));
    QTableView* table = m_ui->planTableView;
    table->setModel(m_model);
    table->setItemDelegate(new CountItemDelegate(core::VaccinationPlan::kMaxBoxesPerCool, table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    HeaderState::remember(*table, u"plan"_s);
    table->setAccessibleName(tr("Register or change the vaccination plan"));
    for (QPushButton* button : {m_ui->backPushButton, m_ui->printPushButton, m_ui->pdfPushButton}) {
        button->setAccessibleName(button->text());
    }
    m_ui->initialTotalLabel->setAccessibleName(m_ui->initialCaptionLabel->text());
    m_ui->currentTotalLabel->setAccessibleName(m_ui->currentCaptionLabel->text());
    m_ui->approvalMarkerLabel->setAccessibleName(m_ui->approvalMarkerLabel->text());

    connect(m_ui->registerPushButton, &QPushButton::clicked, this, &PlanPage::registerPlan);
    connect(m_ui->printPushButton, &QPushButton::clicked, this, [this] { previewPrintout(planPrintout()); });
    connect(m_ui->pdfPushButton, &QPushButton::clicked, this, [this] { exportPdf(planPrintout()); });
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &PlanPage::backRequested);
    connect(m_model, &PlanTableModel::rejected, this,
            [this](const QString& message) { showResult(message, MessageBanner::Kind::Error); });
    connect(m_model, &PlanTableModel::rowsEdited, this, &PlanPage::markEdited);
    connect(m_model, &PlanTableModel::dataChanged, this, &PlanPage::updateState);
    connect(m_model, &PlanTableModel::modelReset, this, &PlanPage::updateState);
    m_clockTimer.setInterval(kClockIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &PlanPage::moveClockOn);
    updateState();
}

PlanPage::~PlanPage()
{
    closeBeforeDestruction();
}

void PlanPage::setCalendar(const QList<core::CoolPeriod>& cools, const QDateTime& serverNow)
{
    m_serverTime = serverNow;
    m_sinceServerTime.start();
    m_model->setCalendar(cools, serverNow);
    m_clockTimer.start();
}

void PlanPage::setPlan(const core::VenuePlan& plan)
{
    m_model->setPlan(plan);
}

void PlanPage::setAccount(const db::Account& account)
{
    if (account.id != m_account.id) {
        // Rows typed just before the switch are the previous ID's draft.
        flushAutosave();
        m_model->clear();
        m_draftRequestedApproval.reset();
        resetEdits();
    }
    m_account = account;
}

void PlanPage::loadDraft()
{
    flushAutosave();
    const auto draft = m_store.draft(m_account.id);
    if (!draft) {
        showError(draft.error());
        return;
    }
    m_draftRequestedApproval.reset();
    resetEdits(*draft ? SaveState::Saved : SaveState::Unchanged);
    if (*draft) {
        m_model->setRows((*draft)->rows);
        m_draftRequestedApproval = (*draft)->requestApproval;
    }
    updateDraftState();
}

QDateTime PlanPage::serverNow() const
{
    return m_serverTime.isValid() ? m_serverTime.addMSecs(m_sinceServerTime.elapsed()) : QDateTime();
}

std::unique_ptr<QTextDocument> PlanPage::printout(const QDateTime& printedAt) const
{
    print::PlanPrintout content;
    content.venueName = m_account.venueName;
    content.vsysId = m_account.vsysId;
    content.cools = m_model->calendar();
    content.serverNow = m_model->serverNow();
    content.plan = m_model->plan();
    content.rows = m_model->rows();
    content.printedAt = printedAt;
    return print::PlanDocument::create(content);
}

void PlanPage::showRegistered()
{
    showResult(m_requestedApproval ? tr("The request for the government's confirmation was sent. The plan changes "
                                        "once it is confirmed.")
                                   : tr("The vaccination plan was registered."));
    if (!m_model->hasChanges()) {
        setSaveState(SaveState::Sent);
    }
}

void PlanPage::showRefused(const QString& message, const QString& field)
{
    showError(core::Error{field, message});
}

void PlanPage::keyPressEvent(QKeyEvent* event)
{
    // An Enter that committed a cell travels on to here; it must not reach a dialog's default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

core::Result<void> PlanPage::saveInput()
{
    // Without an account there is nowhere to keep the rows (the page before the first login).
    if (m_account.id == 0) {
        return {};
    }
    return m_store.saveDraft(m_account.id, {m_model->rows(), false, QDateTime::currentDateTimeUtc()});
}

void PlanPage::updateDraftState()
{
    if (!m_draftRequestedApproval) {
        return;
    }
    if (!m_model->hasChanges()) {
        m_draftRequestedApproval.reset();
        clearState();
        return;
    }
    const QString action = m_ui->registerPushButton->text();
    showState(*m_draftRequestedApproval && m_model->needsNationalApproval()
                  ? tr("The changes below were to go to the national government for confirmation and are not sent yet. "
                       "Check them and choose \"%1\".")
                        .arg(action)
                  : tr("The changes below are not registered yet. Check them and choose \"%1\".").arg(action),
              MessageBanner::Kind::Information);
}

void PlanPage::updateState()
{
    const int dosesPerBox = m_model->dosesPerBox();
    const auto initial = m_model->initialTotals();
    m_ui->initialTotalLabel->setText(initial ? core::PlanQuantities::total(*initial, dosesPerBox)
                                             : tr("(not registered yet)"));
    m_ui->currentTotalLabel->setText(core::PlanQuantities::total(m_model->totals(), dosesPerBox));

    const bool needsApproval = m_model->needsNationalApproval();
    m_ui->approvalMarkerLabel->setVisible(needsApproval);
    const QString action = needsApproval ? tr("Request the government's confirmation") : tr("Register/change");
    m_ui->registerPushButton->setText(action);
    m_ui->registerPushButton->setAccessibleName(action);
    updateDraftState();

    const QString lock = m_model->planLockReason();
    m_ui->registerPushButton->setEnabled(lock.isEmpty());
    if (lock.isEmpty()) {
        m_ui->lockBanner->hide();
    } else {
        m_ui->lockBanner->showMessage(lock, MessageBanner::Kind::Warning);
    }

    const auto& approval = m_model->plan().approval;
    if (!approval) {
        m_ui->approvalBanner->hide();
        return;
    }
    m_ui->approvalBanner->showMessage(PlanText::approval(*approval, dosesPerBox), bannerKind(approval->state));
}

void PlanPage::moveClockOn()
{
    if (!m_serverTime.isValid()) {
        return;
    }
    const QList<int> reverted = m_model->setServerNow(serverNow());
    if (reverted.isEmpty()) {
        return;
    }
    QStringList lines;
    for (int row : reverted) {
        lines.append(tr("%1 The row shows the registered plan again.").arg(m_model->lockReason(row)));
    }
    markEdited();
    showResult(lines.join(u'\n'), MessageBanner::Kind::Warning);
}

void PlanPage::registerPlan()
{
    moveClockOn();
    const core::VenuePlan& plan = m_model->plan();
    if (plan.version > 0 && !m_model->hasChanges()) {
        showResult(tr("The plan shown is the registered plan: there is no change to register."),
                   MessageBanner::Kind::Information);
        return;
    }
    // The first total is the ceiling of every later change without the 国's confirmation: a first
    // registration of nothing is a slip, not a plan.
    if (plan.version == 0 && m_model->totals().vaccineBoxes == 0) {
        showResult(tr("Enter the vaccine boxes of at least one period before the first registration: its total is "
                      "the most the plan can later have without the government's confirmation."),
                   MessageBanner::Kind::Error);
        return;
    }
    const bool requestApproval = m_model->needsNationalApproval();
    const QList<core::PlanRow> rows = m_model->rows();
    const core::PlanVerdict verdict
        = core::PlanChange::check(plan, rows, m_model->calendar(), serverNow(), requestApproval);
    if (!verdict.accepted()) {
        showError(verdict.error);
        return;
    }
    m_requestedApproval = requestApproval;
    // The rows go out as they are shown: the draft is written first, so the request never overtakes it.
    flushAutosave();
    emit registerRequested(rows, requestApproval);
}

Printout PlanPage::planPrintout() const
{
    return Printout::fromDocument(printout(QDateTime::currentDateTimeUtc()),
                                  tr("vaccination-plan-%1.pdf").arg(m_account.vsysId));
}

void PlanPage::focusField(const QString& field)
{
    static const QRegularExpression kRowField(u"^rows\\[(\\d+)\\]\\.(vaccine_boxes|needle_boxes)$"_s);
    const QRegularExpressionMatch match = kRowField.match(field);
    if (!match.hasMatch()) {
        return;
    }
    const int row = match.captured(1).toInt();
    const int column
        = match.captured(2) == u"vaccine_boxes"_s ? PlanTableModel::VaccineBoxes : PlanTableModel::NeedleBoxes;
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid()) {
        return;
    }
    m_ui->planTableView->setCurrentIndex(index);
    m_ui->planTableView->scrollTo(index);
    m_ui->planTableView->setFocus(Qt::OtherFocusReason);
}

} // namespace vsys::app
