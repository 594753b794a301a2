// SPDX-License-Identifier: MIT
// The status bar's account and sync line: V-SYS ID and venue, online/offline, the last successful
// sync and how many changes wait to be sent (ui-guidelines.md "Layout").
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace vsys::app {

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    void setAccount(const QString& vsysId, const QString& venueName);
    void setOnline(bool online);
    void setLastSync(const QDateTime& utc);
    void setPendingCount(int count);

    /// The whole line as shown, for tests and screen readers.
    QString text() const;

private:
    QLabel* m_account;
    QLabel* m_connection;
    QLabel* m_lastSync;
    QLabel* m_pending;
};

} // namespace vsys::app
