// SPDX-License-Identifier: MIT
// InstitutionPage (医療機関情報の登録と変更): 医療機関・接種会場の詳細 with each field's approved value and, for a
// field waiting for the municipality, the requested one marked 市町村承認待ち; the 接種担当医師 table with the
// 医師情報の編集 dialog; the municipality's last answer; and a place for the ファイルダウンロード section. On the
// editing frame: the details typed are the account's draft (autosaved) until 申請・保存 queues them in the outbox.
#pragma once

#include "app/common/EditPage.h"
#include "core/institution/InstitutionDetails.h"
#include "db/AccountRepository.h"
#include "sync/InstitutionOutbox.h"

#include <memory>
#include <optional>

class QLabel;
class QWidget;

namespace Ui {
class InstitutionPage;
}

namespace vsys::db {
class Database;
}

namespace vsys::sync {
class SyncService;
}

namespace vsys::app {

class DoctorDialog;

class InstitutionPage : public EditPage
{
    Q_OBJECT
public:
    InstitutionPage(db::Database& database, sync::SyncService& sync, QWidget* parent = nullptr);
    ~InstitutionPage() override;

    /// The V-SYS ID whose venue is shown. Another ID than before starts afresh.
    void setAccount(const db::Account& account);
    /// Whether the venue must register at least one doctor (core::DoctorRequirement: a newly issued V-SYS ID).
    void setDoctorRequired(bool required);
    /// Reads the server's copies and the edits here again; the typing of the user stays.
    void reload();
    /// Places `section` (titled 「ファイルダウンロード」) below the doctors; the page takes it over.
    void setFilesSection(QWidget* section);

    /// The doctors shown, as the table lists them.
    const QList<sync::DoctorEntry>& doctors() const { return m_view.doctors; }
    /// The standing notice while a venue with a newly issued ID has no doctor (empty when none is due).
    QString doctorNotice() const;
    DoctorDialog* doctorDialog() const { return m_dialog; }
    /// Opens the dialog for the doctor of `row` of the table.
    void editDoctor(int row);

signals:
    void backRequested();

protected:
    core::Result<void> saveInput() override;
    void focusField(const QString& field) override;

private:
    core::InstitutionDetails input() const;
    void showInput(const core::InstitutionDetails& details);
    void showPendingLabels();
    void showDecision();
    void showDoctors();
    void updateDoctorNotice();
    void submit();
    void addDoctor();
    std::optional<sync::InstitutionOutbox> edits() const;
    core::Result<void> saveDoctor(const core::Doctor& doctor);
    core::Result<void> deleteDoctor(const QString& id);
    QWidget* inputOf(const QString& key) const;
    QLabel* pendingLabelOf(const QString& key) const;

    db::Database& m_database;
    sync::SyncService& m_sync;
    const std::unique_ptr<Ui::InstitutionPage> m_ui;
    DoctorDialog* m_dialog;
    db::Account m_account;
    sync::InstitutionView m_view;
    bool m_doctorRequired = false;
    bool m_loading = false;
};

} // namespace vsys::app
