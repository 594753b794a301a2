// SPDX-License-Identifier: MIT
// ApplicationsPage (申込状況): the venue's 職域追加接種 applications with their status and the
// reviewer's comment; 「+新規申込」, and the offer to add a newly issued V-SYS ID to the switcher.
#pragma once

#include "app/applications/ApplicationListModel.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ApplicationsPage;
}

namespace vsys::app {

class MessageBanner;

class ApplicationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationsPage(QWidget* parent = nullptr);
    ~ApplicationsPage() override;

    void setRows(QList<ApplicationRow> rows);
    ApplicationListModel* model() const { return m_model; }
    MessageBanner* messageBanner() const;
    /// Offers to add a V-SYS ID issued with a 確認済み application (新規IDの発行) to the switcher; an
    /// empty ID hides the offer.
    void offerNewVsysId(const QString& vsysId, const QString& applicationNumber);

signals:
    void backRequested();
    void openRequested(const vsys::app::ApplicationRow& row);
    void newApplicationRequested();
    void addVsysIdRequested(const QString& vsysId);
    void newVsysIdDismissed(const QString& vsysId);

private:
    const std::unique_ptr<Ui::ApplicationsPage> m_ui;
    ApplicationListModel* m_model;
    QString m_offeredVsysId;
};

} // namespace vsys::app
