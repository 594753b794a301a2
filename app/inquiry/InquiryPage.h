// SPDX-License-Identifier: MIT
// InquiryPage // 問い合わせフォーム: as in the briefing's 「困ったときには」 (電話番号 and お問い合わせ分類, then
// お問い合わせ詳細, then 内容, with 送信 at the top), autosaved as a draft on the EditPage frame, and below it the
// venue's inquiries with their status (送信待ち / 送信済み / 回答済み) and the support desk's answers. Sending goes
// through the SyncService's outbox, so it works offline.
#pragma once

#include "app/common/EditPage.h"
#include "db/PageDraftStore.h"
#include "sync/InquiryHistory.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace vsys::db {
class Database;
}

namespace vsys::sync {
class SyncService;
}

namespace vsys::app {

class InquiryPage : public EditPage
{
    Q_OBJECT
public:
    /// The columns of the list of inquiries.
    enum Column { SentAt, Category, Body, Status, Answer };

    InquiryPage(db::Database& database, sync::SyncService& sync, QWidget* parent = nullptr);
    ~InquiryPage() override;

    /// A new inquiry with 内容 already written (the FAQ's 「この中にはない」 passes the question asked there); the
    /// focus goes to 電話番号, the first field to fill. What was typed in 内容 before is replaced.
    void startWith(const QString& question);

    QTableWidget* list() const { return m_list; }

signals:
    void backRequested();

protected:
    core::Result<void> saveInput() override;
    void focusField(const QString& field) override;

private:
    void buildForm(QWidget* content);
    void fillCategories();
    void categoryChosen();
    /// The account's draft, or empty fields; called when the account opens or changes.
    void loadDraft();
    void refreshList();
    void send();
    void edited();
    void updateCount();
    void clearFieldErrors();
    void showFieldError(const QString& field, const QString& message);
    core::Inquiry typedInquiry() const;

    sync::SyncService& m_sync;
    db::PageDraftStore m_drafts;
    qint64 m_accountId = 0;
    QPushButton* m_send;
    QLineEdit* m_phone;
    QComboBox* m_category;
    QComboBox* m_detail;
    QPlainTextEdit* m_body;
    QLabel* m_count;
    QLabel* m_phoneError;
    QLabel* m_categoryError;
    QLabel* m_detailError;
    QLabel* m_bodyError;
    QTableWidget* m_list;
    /// Set while the page fills its fields itself, so that is not taken for typing.
    bool m_filling = false;
};

} // namespace vsys::app
