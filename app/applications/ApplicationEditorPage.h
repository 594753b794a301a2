// SPDX-License-Identifier: MIT
// ApplicationEditorPage (追加接種の申込み): one application (申込) opened from 申込状況, editable or read-only
// as its status allows, with the reviewer's comment and 「返却後の変更点」 above the form, and the
// briefing's actions below it: 申込 (or 再申込), 一時保存して戻る, 変更を保存せずに戻る, 取下げ.
#pragma once

#include "app/common/EditPage.h"
#include "core/application/ApplicationRecord.h"
#include "core/application/FieldChange.h"
#include "db/ApplicationRepository.h"
#include "db/ChangeLogRepository.h"
#include "db/WorkingCopyRepository.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class ApplicationEditorPage;
}

namespace vsys::db {
class Database;
}

namespace vsys::sync {
class Outbox;
}

namespace vsys::app {

class ApplicationFormWidget;
class ReturnChangesModel;

/// Typing goes to a working copy through the frame's autosave (EditPage); 申込 and 一時保存 go to the
/// outbox.
class ApplicationEditorPage : public EditPage
{
    Q_OBJECT
public:
    /// Asks the user before something that cannot be undone; true to go ahead. `accept` names the
    /// action (取下げる); the safe choice is the default.
    using Confirmer = std::function<bool(const QString& question, const QString& accept)>;

    ApplicationEditorPage(db::Database& database, QWidget* parent = nullptr);
    ~ApplicationEditorPage() override;

    /// Shows `record` of the account (a new one has version 0). An autosaved working copy of it
    /// replaces its content, and the page says so. `outbox` takes the saves and actions.
    void
    open(qint64 accountId, const core::ApplicationRecord& record, const QJsonObject& existing, sync::Outbox* outbox);

    QString applicationId() const { return m_record.id; }
    const core::ApplicationRecord& record() const { return m_record; }
    ApplicationFormWidget* form() const;
    ReturnChangesModel* changesModel() const { return m_changes; }
    /// The form holds input that is not saved as an edit (it may be autosaved).
    bool hasUnsavedInput() const;

    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

signals:
    /// Back to 申込状況; `message` (may be empty) says what was done, for its banner.
    void finished(const QString& message);

protected:
    /// Writes the working copy (or drops it when the form holds the saved content again).
    core::Result<void> saveInput() override;
    /// 送信待ち while an earlier save of this application still waits in the outbox.
    SaveState savedState() const override;
    void focusField(const QString& field) override;

private:
    void showRecordState();
    void refreshChanges();
    /// Sizes the reviewer's comment and 「返却後の変更点」 above the form: a few lines, so the form keeps
    /// most of the screen; the user may drag the splitter.
    void fitReviewArea();
    /// Keeps the banner about the fields to correct in step with the form, and drops it when none is left.
    void refreshIssueBanner();
    /// Asks whether to apply while other applications of the venue are 確認待ち or 確認済み; true to go on.
    bool confirmAlongsideOthers();
    void submit();
    void saveAndReturn();
    void discardAndReturn();
    void withdraw();
    /// The company's record (控) of the submitted application: print preview, then the printer.
    void printRecord();
    void exportRecord();
    void leave(const QString& message);
    /// The record as it is to be saved: the form's content on the shown record.
    core::ApplicationRecord edited(const QJsonObject& content) const;
    /// Shows the error of a failed step; true when it failed.
    bool reportFailure(const core::Result<void>& result);
    Printout printout() const;

    const std::unique_ptr<Ui::ApplicationEditorPage> m_ui;
    QWidget* m_content;
    db::WorkingCopyRepository m_workingCopies;
    db::ChangeLogRepository m_changeLog;
    db::ApplicationRepository m_applications;
    ReturnChangesModel* m_changes;
    QPointer<sync::Outbox> m_outbox;
    qint64 m_accountId = 0;
    core::ApplicationRecord m_record;
    QJsonObject m_existing;
    Confirmer m_confirm;
    bool m_showsIssues = false; ///< the banner lists the fields to correct before 申込
};

} // namespace vsys::app
