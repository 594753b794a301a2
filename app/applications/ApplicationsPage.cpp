// SPDX-License-Identifier: MIT
#include "app/applications/ApplicationsPage.h"

#include "app/common/HeaderState.h"
#include "ui_ApplicationsPage.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace vsys::app {

ApplicationsPage::ApplicationsPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplicationsPage>())
    , m_model(new ApplicationListModel(this))
{
    m_ui->setupUi(this);
    m_ui->applicationsTableView->setModel(m_model);
    m_ui->applicationsTableView->setAccessibleName(m_ui->titleLabel->text());
    m_ui->applicationsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->applicationsTableView->horizontalHeader()->setSectionResizeMode(ApplicationListModel::ReviewComment,
                                                                          QHeaderView::Stretch);
    HeaderState::remember(*m_ui->applicationsTableView, u"applications"_s);
    m_ui->newVsysIdFrame->hide();
    connect(m_ui->newApplicationPushButton, &QPushButton::clicked, this, &ApplicationsPage::newApplicationRequested);
    connect(m_ui->addNewVsysIdPushButton, &QPushButton::clicked, this,
            [this] { emit addVsysIdRequested(m_offeredVsysId); });
    connect(m_ui->dismissNewVsysIdPushButton, &QPushButton::clicked, this, [this] {
        const QString dismissed = m_offeredVsysId;
        offerNewVsysId({}, {});
        emit newVsysIdDismissed(dismissed);
    });
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &ApplicationsPage::backRequested);
    connect(m_ui->applicationsTableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit openRequested(m_model->row(index.row())); });
}

ApplicationsPage::~ApplicationsPage() = default;

void ApplicationsPage::setRows(QList<ApplicationRow> rows)
{
    m_model->setRows(std::move(rows));
}

void ApplicationsPage::offerNewVsysId(const QString& vsysId, const QString& applicationNumber)
{
    m_offeredVsysId = vsysId;
    m_ui->newVsysIdFrame->setVisible(!vsysId.isEmpty());
    m_ui->newVsysIdLabel->setText(
        tr("A new V-SYS ID, %1, was issued with application %2. Use it for the additional vaccination: add it "
           "to the switcher, then log in with the password sent to you by e-mail.")
            .arg(vsysId, applicationNumber));
}

MessageBanner* ApplicationsPage::messageBanner() const
{
    return m_ui->messageBanner;
}

} // namespace vsys::app
