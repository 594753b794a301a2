// SPDX-License-Identifier: MIT
#include "app/common/SyncStatusWidget.h"

#include "app/applications/ApplicationListModel.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace vsys::app {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_account(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_pending(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel* label : {m_account, m_connection, m_lastSync, m_pending}) {
        layout->addWidget(label);
    }
    m_account->setObjectName(u"accountLabel"_s);
    m_connection->setObjectName(u"connectionLabel"_s);
    m_lastSync->setObjectName(u"lastSyncLabel"_s);
    m_pending->setObjectName(u"pendingLabel"_s);
    setAccount({}, {});
    setOnline(false);
    setLastSync({});
    setPendingCount(0);
}

void SyncStatusWidget::setAccount(const QString& vsysId, const QString& venueName)
{
    m_account->setText(vsysId.isEmpty() ? tr("Not logged in") : tr("V-SYS ID %1  %2").arg(vsysId, venueName));
}

void SyncStatusWidget::setOnline(bool online)
{
    // Offline is normal work, not an error: edits are kept and sent later, so no alarm colour.
    m_connection->setText(online ? tr("Online") : tr("Offline (changes are kept and sent later)"));
}

void SyncStatusWidget::setLastSync(const QDateTime& utc)
{
    m_lastSync->setText(tr("Last sync: %1").arg(utc.isValid() ? ApplicationListModel::displayTime(utc) : tr("never")));
}

void SyncStatusWidget::setPendingCount(int count)
{
    m_pending->setText(tr("Waiting to send: %n change(s)", nullptr, count));
}

QString SyncStatusWidget::text() const
{
    return QStringList{m_account->text(), m_connection->text(), m_lastSync->text(), m_pending->text()}.join(u"  "_s);
}

} // namespace vsys::app
