// SPDX-License-Identifier: MIT
// ApplicationsPage (申込状況): the venue's 職域追加接種 applications with their status and the
// reviewer's comment; opening one shows it (read-only until the full form exists).
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

signals:
    void backRequested();
    void openRequested(const vsys::app::ApplicationRow& row);

private:
    const std::unique_ptr<Ui::ApplicationsPage> m_ui;
    ApplicationListModel* m_model;
};

} // namespace vsys::app
