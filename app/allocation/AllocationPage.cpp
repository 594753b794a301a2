// SPDX-License-Identifier: MIT
#include "app/allocation/AllocationPage.h"

#include "app/allocation/AllocationTableModel.h"
#include "app/common/HeaderState.h"
#include "core/JapaneseFormat.h"
#include "print/AllocationDocument.h"
#include "ui_AllocationPage.h"

#include <QHeaderView>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace vsys::app {

AllocationPage::AllocationPage(QWidget* parent)
    : EditPage(parent)
    , m_ui(std::make_unique<Ui::AllocationPage>())
    , m_model(new AllocationTableModel(this))
{
    auto* content = new QWidget(this);
    m_ui->setupUi(content);
    setContent(content);
    QTableView* table = m_ui->allocationTableView;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    HeaderState::remember(*table, u"allocation"_s);
    for (QPushButton* button : {m_ui->backPushButton, m_ui->printPushButton, m_ui->pdfPushButton}) {
        button->setAccessibleName(button->text());
    }
    connect(m_ui->printPushButton, &QPushButton::clicked, this, [this] { previewPrintout(allocationPrintout()); });
    connect(m_ui->pdfPushButton, &QPushButton::clicked, this, [this] { exportPdf(allocationPrintout()); });
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &AllocationPage::backRequested);
    setView(View::Allocation);
    updateLabels();
}

AllocationPage::~AllocationPage()
{
    closeBeforeDestruction();
}

void AllocationPage::setAccount(const db::Account& account)
{
    if (account.id != m_account.id) {
        m_model->clear();
        m_lastSync = QDateTime();
    }
    m_account = account;
    updateLabels();
}

void AllocationPage::setData(const QList<core::CoolPeriod>& cools,
                             const core::VenuePlan& plan,
                             const QDateTime& serverNow,
                             const QDateTime& lastSync)
{
    const QModelIndex current = m_ui->allocationTableView->currentIndex();
    m_model->setCalendar(cools, plan, serverNow);
    m_lastSync = lastSync;
    // A sync while the page is open keeps the cell the user was on.
    if (current.isValid() && current.row() < m_model->rowCount()) {
        m_ui->allocationTableView->setCurrentIndex(m_model->index(current.row(), current.column()));
    }
    updateLabels();
}

void AllocationPage::setView(View view)
{
    m_view = view;
    const QString title = view == View::Delivery ? tr("Check delivery dates") : tr("Check allocation");
    setTitle(title);
    m_ui->allocationTableView->setAccessibleName(title);
    if (view == View::Delivery) {
        focusNextDelivery();
    } else {
        m_ui->allocationTableView->setCurrentIndex(m_model->index(0, AllocationTableModel::Allocated));
    }
}

std::unique_ptr<QTextDocument> AllocationPage::printout(const QDateTime& printedAt) const
{
    print::AllocationPrintout content;
    content.venueName = m_account.venueName;
    content.vsysId = m_account.vsysId;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        content.lines.append(m_model->line(row));
    }
    content.lastSync = m_lastSync;
    content.printedAt = printedAt;
    return print::AllocationDocument::create(content);
}

core::Result<void> AllocationPage::saveInput()
{
    return {};
}

void AllocationPage::updateLabels()
{
    // Offline the page shows the copy of the last sync; the clerk must see how old it is.
    m_ui->lastSyncLabel->setText(
        m_lastSync.isValid() ? tr("Last synced with the server: %1").arg(core::JapaneseFormat::dateTime(m_lastSync))
                             : tr("Not synced with the server yet."));
    if (m_account.id != 0 && !m_lastSync.isValid()) {
        showState(tr("The allocation appears after the first sync with the server. Connect to the network and "
                     "choose \"Sync now\"."),
                  MessageBanner::Kind::Warning);
    } else {
        clearState();
    }
    const QDate today = core::JapaneseFormat::inJapan(m_model->serverNow()).date();
    const int next = m_model->nextDeliveryRow(today);
    if (next < 0) {
        m_ui->nextDeliveryLabel->setText(tr("Next delivery: no delivery date from today on is set yet."));
        return;
    }
    const core::CoolPeriod& cool = m_model->calendar().at(next);
    m_ui->nextDeliveryLabel->setText(
        tr("Next delivery: %1, %2 for %3.")
            .arg(m_model->line(next).deliveryDate, m_model->line(next).allocated, core::CoolRules::periodLabel(cool)));
}

void AllocationPage::focusNextDelivery()
{
    if (m_model->rowCount() == 0) {
        return;
    }
    const QDate today = core::JapaneseFormat::inJapan(m_model->serverNow()).date();
    const int next = m_model->nextDeliveryRow(today);
    const QModelIndex index = m_model->index(next < 0 ? 0 : next, AllocationTableModel::DeliveryDate);
    QTableView* table = m_ui->allocationTableView;
    table->setCurrentIndex(index);
    table->scrollTo(index);
    table->setFocus(Qt::OtherFocusReason);
}

Printout AllocationPage::allocationPrintout() const
{
    return Printout::fromDocument(printout(QDateTime::currentDateTimeUtc()),
                                  tr("allocation-%1.pdf").arg(m_account.vsysId));
}

} // namespace vsys::app
