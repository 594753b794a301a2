// SPDX-License-Identifier: MIT
#include "app/home/HomePage.h"

#include "app/common/SaveStateLabel.h"
#include "db/VenueRepository.h"
#include "sync/SyncService.h"
#include "ui_HomePage.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace vsys::app {

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HomePage>())
    , m_reservationButtons(new QButtonGroup(this))
    , m_reservationState(new SaveStateLabel(this))
    , m_obligationsBox(new QGroupBox(tr("To do"), this))
    , m_obligationsLayout(new QGridLayout(m_obligationsBox))
{
    m_ui->setupUi(this);
    m_obligationsBox->setObjectName(u"obligationsGroupBox"_s);
    m_obligationsLayout->setColumnStretch(0, 1);
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->jobsGroupBox), m_obligationsBox);
    m_obligationsBox->hide();
    m_reservationState->setObjectName(u"reservationStateLabel"_s);
    m_ui->reservationLayout->insertWidget(m_ui->reservationLayout->indexOf(m_ui->updateReservationPushButton),
                                          m_reservationState);

    QFont titleFont = m_ui->venueNameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->venueNameLabel->setFont(titleFont);

    // The choices come from core so that their words and order are defined once.
    for (core::ReservationStatus status : core::kReservationStatuses) {
        auto* button = new QRadioButton(core::ReservationStatusText::label(status), m_ui->reservationGroupBox);
        button->setObjectName(core::ReservationStatusText::key(status) + u"RadioButton"_s);
        m_ui->reservationButtonsLayout->addWidget(button);
        m_reservationButtons->addButton(button, int(status));
    }
    setTabOrder(m_reservationButtons->buttons().constLast(), m_ui->updateReservationPushButton);
    connect(m_reservationButtons, &QButtonGroup::idToggled, this, &HomePage::updateReservationControls);
    connect(m_ui->updateReservationPushButton, &QPushButton::clicked, this, &HomePage::saveReservationStatus);

    m_jobButtons = {
        {Job::Application, m_ui->applicationPushButton},
        {Job::Plan, m_ui->planPushButton},
        {Job::WastageReport, m_ui->wastageReportPushButton},
        {Job::Allocation, m_ui->allocationPushButton},
        {Job::Delivery, m_ui->deliveryPushButton},
        {Job::Billing, m_ui->billingPushButton},
        {Job::Delegation, m_ui->delegationPushButton},
        {Job::Institution, m_ui->institutionPushButton},
        {Job::Ledger, m_ui->ledgerPushButton},
    };
    for (auto it = m_jobButtons.cbegin(); it != m_jobButtons.cend(); ++it) {
        const Job job = it.key();
        it.value()->setMinimumHeight(40);
        it.value()->setAccessibleName(it.value()->text());
        connect(it.value(), &QPushButton::clicked, this, [this, job] { emit jobRequested(job); });
    }
    updateJobButtons();
    updateReservationControls();

    // Near the bottom, as V-SYS's 「困ったときには」 buttons; it works without a V-SYS ID too.
    auto* helpButton = new QPushButton(tr("Help"), this);
    helpButton->setObjectName(u"homeHelpButton"_s);
    auto* helpLayout = new QHBoxLayout;
    helpLayout->addWidget(helpButton);
    helpLayout->addStretch();
    m_ui->pageLayout->addLayout(helpLayout);
    connect(helpButton, &QPushButton::clicked, this, &HomePage::helpRequested);
}

HomePage::~HomePage() = default;

void HomePage::setVenues(db::VenueRepository& venues)
{
    m_venues = &venues;
}

void HomePage::setSyncService(sync::SyncService* service)
{
    if (m_sync) {
        m_sync->disconnect(this);
    }
    m_sync = service;
    if (m_sync) {
        connect(m_sync, &sync::SyncService::reservationStatusChanged, this, &HomePage::refreshReservationStatus);
    }
    refreshReservationStatus();
}

void HomePage::showVenue(const QString& vsysId)
{
    m_ui->messageBanner->hide();
    auto venue = m_venues ? m_venues->find(vsysId) : core::Result<std::optional<core::Venue>>(std::nullopt);
    if (!venue.ok()) {
        m_venue.reset();
        m_ui->messageBanner->showMessage(venue.error().message, MessageBanner::Kind::Error);
    } else {
        m_venue = *venue;
    }
    if (m_venue) {
        m_ui->venueNameLabel->setText(m_venue->name);
        m_ui->vsysIdLabel->setText(tr("V-SYS ID: %1").arg(m_venue->vsysId));
        emit venueChanged(*m_venue);
    } else {
        m_ui->venueNameLabel->setText(tr("No venue is registered"));
        m_ui->vsysIdLabel->clear();
    }
    m_awaited.reset();
    m_shownStatus.reset();
    refreshReservationStatus();
}

void HomePage::setJobAvailable(Job job, bool available)
{
    if (available) {
        m_availableJobs.insert(job);
    } else {
        m_availableJobs.remove(job);
    }
    updateJobButtons();
}

void HomePage::setAccountOpen(bool open)
{
    m_accountOpen = open;
    updateJobButtons();
}

void HomePage::setJobRefused(Job job, const QString& reason)
{
    if (reason.isEmpty()) {
        m_refusedJobs.remove(job);
    } else {
        m_refusedJobs.insert(job, reason);
    }
    updateJobButtons();
}

void HomePage::updateJobButtons()
{
    for (auto it = m_jobButtons.cbegin(); it != m_jobButtons.cend(); ++it) {
        const bool available = m_availableJobs.contains(it.key());
        QString unavailable;
        if (!available) {
            unavailable = tr("Not available yet: this job comes in a later release of VSYS Desk.");
        } else if (!m_accountOpen) {
            unavailable = tr("Available once you log in with a V-SYS ID.");
        } else {
            unavailable = m_refusedJobs.value(it.key());
        }
        it.value()->setEnabled(unavailable.isEmpty());
        it.value()->setToolTip(unavailable);
    }
    // An obligation opens its job's screen, so it is open when that job is.
    for (auto it = m_obligationButtons.cbegin(); it != m_obligationButtons.cend(); ++it) {
        QPushButton* job = m_jobButtons.value(jobOf(it.key()));
        it.value()->setEnabled(job && job->isEnabled());
        it.value()->setToolTip(job ? job->toolTip() : QString());
    }
}

QPushButton* HomePage::jobButton(Job job) const
{
    return m_jobButtons.value(job);
}

HomePage::Job HomePage::jobOf(core::Obligation::Kind kind)
{
    switch (kind) {
    case core::Obligation::Kind::Delegation:
        return Job::Delegation;
    case core::Obligation::Kind::PlanChange:
        return Job::Plan;
    case core::Obligation::Kind::Report:
        return Job::WastageReport;
    case core::Obligation::Kind::Claim:
        return Job::Billing;
    }
    return Job::Application;
}

void HomePage::setObligations(const QList<core::Obligation>& obligations)
{
    while (QLayoutItem* item = m_obligationsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_obligationButtons.clear();
    int row = 0;
    for (const core::Obligation& obligation : obligations) {
        auto* title = new QLabel(obligation.title, m_obligationsBox);
        auto* when = new QLabel(obligation.overdue ? tr("%1 (overdue)").arg(obligation.when) : obligation.when,
                                m_obligationsBox);
        // Status is text plus colour (ui-guidelines.md).
        if (obligation.overdue) {
            when->setStyleSheet(u"QLabel { color: #b01e1e; font-weight: bold; }"_s);
        }
        auto* open = new QPushButton(tr("Open"), m_obligationsBox);
        open->setAutoDefault(false);
        open->setAccessibleName(tr("Open: %1").arg(obligation.title));
        const Job job = jobOf(obligation.kind);
        connect(open, &QPushButton::clicked, this, [this, job] { emit jobRequested(job); });
        m_obligationsLayout->addWidget(title, row, 0);
        m_obligationsLayout->addWidget(when, row, 1);
        m_obligationsLayout->addWidget(open, row, 2);
        m_obligationButtons.insert(obligation.kind, open);
        ++row;
    }
    m_obligationsBox->setVisible(!obligations.isEmpty());
    updateJobButtons();
}

QPushButton* HomePage::obligationButton(core::Obligation::Kind kind) const
{
    return m_obligationButtons.value(kind);
}

core::ReservationStatus HomePage::selectedReservationStatus() const
{
    return core::ReservationStatus(m_reservationButtons->checkedId());
}

void HomePage::refreshReservationStatus()
{
    const auto account = m_sync ? m_sync->account() : std::nullopt;
    const auto view
        = m_venue && account && account->vsysId == m_venue->vsysId ? m_sync->reservationStatus() : std::nullopt;
    if (!view) {
        m_shownStatus.reset();
        m_reservationState->setState(SaveState::Unchanged);
        updateReservationControls();
        return;
    }
    const core::ReservationStatus shown = view->pending.value_or(view->server.status);
    // A choice the clerk has made but not sent yet stays; otherwise the radio follows the status.
    if (m_reservationButtons->checkedId() < 0 || !m_shownStatus || selectedReservationStatus() == *m_shownStatus) {
        m_reservationButtons->button(int(shown))->setChecked(true);
    }
    m_shownStatus = shown;
    if (view->pending && !view->refusal.isEmpty()) {
        m_reservationState->setState(SaveState::Failed);
    } else if (view->pending) {
        m_reservationState->setState(SaveState::Pending);
    } else {
        m_reservationState->setState(m_awaited ? SaveState::Sent : SaveState::Unchanged);
    }
    if (m_awaited) {
        const QString label = core::ReservationStatusText::label(*m_awaited);
        if (view->pending == m_awaited && !view->refusal.isEmpty()) {
            m_ui->messageBanner->showMessage(
                tr("The booking reception status could not be changed to %1: %2").arg(label, view->refusal),
                MessageBanner::Kind::Error);
            m_awaited.reset();
        } else if (!view->pending && view->server.status == *m_awaited) {
            m_ui->messageBanner->showMessage(tr("Booking reception status saved: %1.").arg(label),
                                             MessageBanner::Kind::Success);
            m_awaited.reset();
        }
    }
    updateReservationControls();
}

void HomePage::updateReservationControls()
{
    m_ui->reservationGroupBox->setEnabled(m_shownStatus.has_value());
    // 更新 only means something when the choice differs from the status here.
    m_ui->updateReservationPushButton->setEnabled(m_shownStatus && m_reservationButtons->checkedId() >= 0
                                                  && selectedReservationStatus() != *m_shownStatus);
}

void HomePage::saveReservationStatus()
{
    if (!m_sync || !m_shownStatus) {
        return;
    }
    const core::ReservationStatus status = selectedReservationStatus();
    if (const auto queued = m_sync->setReservationStatus(status); !queued) {
        m_ui->messageBanner->showMessage(queued.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_awaited = status;
    // Said before the server answers; refreshReservationStatus() replaces it once it has.
    m_ui->messageBanner->showMessage(
        tr("Booking reception status %1 is waiting to be sent. It is public once the server has it.")
            .arg(core::ReservationStatusText::label(status)),
        MessageBanner::Kind::Information);
    refreshReservationStatus();
}

} // namespace vsys::app
