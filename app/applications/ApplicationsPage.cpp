// SPDX-License-Identifier: MIT
#include "app/applications/ApplicationsPage.h"

#include "ui_ApplicationsPage.h"

#include <QHeaderView>

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
    // The full 申込 form is the next step of the roadmap; until then the button says so instead of
    // opening a screen that cannot save anything.
    m_ui->newApplicationPushButton->setEnabled(false);
    m_ui->newApplicationPushButton->setToolTip(
        tr("Not available yet: the application form comes in a later release of VSYS Desk."));

    connect(m_ui->backPushButton, &QPushButton::clicked, this, &ApplicationsPage::backRequested);
    connect(m_ui->applicationsTableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit openRequested(m_model->row(index.row())); });
}

ApplicationsPage::~ApplicationsPage() = default;

void ApplicationsPage::setRows(QList<ApplicationRow> rows)
{
    m_model->setRows(std::move(rows));
}

MessageBanner* ApplicationsPage::messageBanner() const
{
    return m_ui->messageBanner;
}

} // namespace vsys::app
