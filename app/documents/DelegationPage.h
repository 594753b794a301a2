// SPDX-License-Identifier: MIT
// DelegationPage: the home job 委任状 — what to do with the venue's 委任状, and its ファイルダウンロード list.
#pragma once

#include "app/common/EditPage.h"

class QPushButton;

namespace vsys::sync {
class DelegationDownloads;
}

namespace vsys::app {

class DelegationFilesWidget;
class FileHandoff;

/// Read-only: the user types nothing here, so there is nothing to save; the frame gives the common
/// header and banner.
class DelegationPage : public EditPage
{
    Q_OBJECT
public:
    DelegationPage(sync::DelegationDownloads& downloads, const FileHandoff& files, QWidget* parent = nullptr);
    ~DelegationPage() override;

    DelegationFilesWidget* filesWidget() const { return m_files; }
    QPushButton* backButton() const { return m_back; }

signals:
    void backRequested();

protected:
    core::Result<void> saveInput() override { return {}; }

private:
    DelegationFilesWidget* m_files;
    QPushButton* m_back;
};

} // namespace vsys::app
