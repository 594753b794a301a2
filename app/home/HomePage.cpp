// SPDX-License-Identifier: MIT
#include "app/home/HomePage.h"

#include "db/VenueRepository.h"
#include "ui_HomePage.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace vsys::app {

HomePage::HomePage(db::VenueRepository& venues, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HomePage>())
    , m_venues(venues)
    , m_reservationButtons(new QButtonGroup(this))
{
    m_ui->setupUi(this);

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
        {Job::Application, m_ui->applicationPushButton},     {Job::Plan, m_ui->planPushButton},
        {Job::WastageReport, m_ui->wastageReportPushButton}, {Job::Allocation, m_ui->allocationPushButton},
        {Job::Delivery, m_ui->deliveryPushButton},           {Job::Billing, m_ui->billingPushButton},
        {Job::Delegation, m_ui->delegationPushButton},       {Job::Institution, m_ui->institutionPushButton},
    };
    for (auto it = m_jobButtons.cbegin(); it != m_jobButtons.cend(); ++it) {
        const Job job = it.key();
        it.value()->setMinimumHeight(40);
        it.value()->setAccessibleName(it.value()->text());
        connect(it.value(), &QPushButton::clicked, this, [this, job] { emit jobRequested(job); });
    }
    updateJobButtons();
    updateReservationControls();
}

HomePage::~HomePage() = default;

void HomePage::showVenue(const QString& vsysId)
{
    m_ui->messageBanner->hide();
    auto venue = m_venues.find(vsysId);
    if (!venue.ok()) {
        m_venue.reset();
        m_ui->messageBanner->showMessage(venue.error().message, MessageBanner::Kind::Error);
    } else {
        m_venue = *venue;
    }
    if (m_venue) {
        m_ui->venueNameLabel->setText(m_venue->name);
        m_ui->vsysIdLabel->setText(tr("V-SYS ID: %1").arg(m_venue->vsysId));
        m_reservationButtons->button(int(m_venue->reservationStatus))->setChecked(true);
        emit venueChanged(*m_venue);
    } else {
        m_ui->venueNameLabel->setText(tr("No venue is registered"));
        m_ui->vsysIdLabel->clear();
    }
    updateReservationControls();
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
}

QPushButton* HomePage::jobButton(Job job) const
{
    return m_jobButtons.value(job);
}

core::ReservationStatus HomePage::selectedReservationStatus() const
{
    return core::ReservationStatus(m_reservationButtons->checkedId());
}

void HomePage::updateReservationControls()
{
    m_ui->reservationGroupBox->setEnabled(m_venue.has_value());
    // 更新 only means something when the choice differs from what is saved.
    m_ui->updateReservationPushButton->setEnabled(m_venue && m_reservationButtons->checkedId() >= 0
                                                  && selectedReservationStatus() != m_venue->reservationStatus);
}

void HomePage::saveReservationStatus()
{
    if (!m_venue) {
        return;
    }
    const core::ReservationStatus status = selectedReservationStatus();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto saved = m_venues.setReservationStatus(m_venue->vsysId, status, now);
    if (!saved.ok()) {
        m_ui->messageBanner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_venue->reservationStatus = status;
    m_venue->reservationStatusChangedAt = now;
    m_ui->messageBanner->showMessage(
        tr("Booking reception status saved: %1.").arg(core::ReservationStatusText::label(status)),
        MessageBanner::Kind::Success);
    updateReservationControls();
    emit venueChanged(*m_venue);
}

} // namespace vsys::app
