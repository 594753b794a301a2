// SPDX-License-Identifier: MIT
// PageDraftStore: an editing page's input not sent yet (未登録の入力), one per account, in the page's own table.
#pragma once

#include "core/Result.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace vsys::db {

class Database;

/// The page decides what the input holds (its fields as typed); the store keeps it as one JSON object.
class PageDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(PageDraftStore)
public:
    enum class Page {
        Report, ///< 実績・廃棄の報告: report_draft of 0010_reports.sql
        Inquiry, ///< 問い合わせフォーム: inquiry_draft of 0014_inquiries.sql
    };

    PageDraftStore(Database& database, Page page);

    /// nullopt when nothing is waiting to be sent.
    core::Result<std::optional<QJsonObject>> draft(qint64 accountId) const;
    /// Inserts the draft or replaces the account's one.
    core::Result<void> save(qint64 accountId, const QJsonObject& input, const QDateTime& savedAt);
    /// Forgets the draft; nothing happens when there is none.
    core::Result<void> remove(qint64 accountId);

private:
    /// The page's name in a message, e.g. 「実績・廃棄の報告」.
    QString pageName() const;

    StatementCache m_statements;
    Page m_page;
    QString m_select;
    QString m_upsert;
    QString m_delete;
};

} // namespace vsys::db
