// SPDX-License-Identifier: MIT
// A read-only view of one application (申込) with the reviewer's comment on top.
#pragma once

#include "app/applications/ApplicationListModel.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ApplicationDetailDialog;
}

namespace vsys::app {

class ApplicationDetailDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApplicationDetailDialog(const ApplicationRow& row, QWidget* parent = nullptr);
    ~ApplicationDetailDialog() override;

private:
    const std::unique_ptr<Ui::ApplicationDetailDialog> m_ui;
};

} // namespace vsys::app
