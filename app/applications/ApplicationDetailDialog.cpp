// SPDX-License-Identifier: MIT
#include "app/applications/ApplicationDetailDialog.h"

#include "ui_ApplicationDetailDialog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

void addJson(QTreeWidgetItem* parent, QTreeWidget* tree, const QString& key, const QJsonValue& value)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            addJson(item, tree, it.key(), it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            addJson(item, tree, QString::number(i + 1), array.at(i));
        }
    } else if (value.isBool()) {
        item->setText(1, value.toBool() ? ApplicationDetailDialog::tr("Yes") : ApplicationDetailDialog::tr("No"));
    } else if (value.isDouble()) {
        item->setText(1, QString::number(value.toDouble()));
    } else {
        item->setText(1, value.toString());
    }
}

} // namespace

ApplicationDetailDialog::ApplicationDetailDialog(const ApplicationRow& row, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApplicationDetailDialog>())
{
    m_ui->setupUi(this);
    const core::ApplicationRecord& record = row.record;
    setWindowTitle(tr("Application %1").arg(record.number.isEmpty() ? tr("(not yet applied)") : record.number));
    m_ui->numberLabel->setText(record.number.isEmpty() ? u"-"_s : record.number);
    m_ui->statusLabel->setText(core::ApplicationStatusMachine::label(record.status));
    m_ui->submittedLabel->setText(ApplicationListModel::displayTime(record.submittedAt));
    m_ui->reviewedLabel->setText(ApplicationListModel::displayTime(record.reviewedAt));
    m_ui->issuedIdLabel->setText(record.issuedVsysId.isEmpty() ? u"-"_s : record.issuedVsysId);
    m_ui->syncLabel->setText(row.syncError.isEmpty() ? row.syncState : tr("%1: %2").arg(row.syncState, row.syncError));
    if (!record.reviewComment.isEmpty()) {
        const bool returned = record.status == core::ApplicationStatus::ResubmissionRequired;
        m_ui->reviewCommentBanner->showMessage(tr("Reviewer's comment: %1").arg(record.reviewComment),
                                               returned ? MessageBanner::Kind::Warning
                                                        : MessageBanner::Kind::Information);
    }
    for (auto it = record.content.begin(); it != record.content.end(); ++it) {
        addJson(nullptr, m_ui->contentTreeWidget, it.key(), it.value());
    }
    m_ui->contentTreeWidget->expandAll();
    m_ui->contentTreeWidget->resizeColumnToContents(0);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ApplicationDetailDialog::~ApplicationDetailDialog() = default;

} // namespace vsys::app
