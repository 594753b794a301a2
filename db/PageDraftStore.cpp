// SPDX-License-Identifier: MIT
// PageDraftStore: the same three statements on each page's draft table (account_id, input, saved_at).
#include "db/PageDraftStore.h"

#include "db/StoredTime.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

/// Only these names ever reach the SQL text.
QString tableOf(PageDraftStore::Page page)
{
    switch (page) {
    case PageDraftStore::Page::Report:
        return u"report_draft"_s;
    case PageDraftStore::Page::Inquiry:
        return u"inquiry_draft"_s;
    }
    Q_UNREACHABLE();
}

} // namespace

PageDraftStore::PageDraftStore(Database& database, Page page)
    : m_statements(database)
    , m_page(page)
    , m_select(u"SELECT input FROM %1 WHERE account_id = :account_id"_s.arg(tableOf(page)))
    , m_upsert(u"INSERT INTO %1 (account_id, input, saved_at) VALUES (:account_id, :input, :saved_at) "
               "ON CONFLICT (account_id) DO UPDATE SET input = excluded.input, saved_at = excluded.saved_at"_s.arg(
                   tableOf(page)))
    , m_delete(u"DELETE FROM %1 WHERE account_id = :account_id"_s.arg(tableOf(page)))
{}

QString PageDraftStore::pageName() const
{
    switch (m_page) {
    case Page::Report:
        return tr("the report");
    case Page::Inquiry:
        return tr("the inquiry");
    }
    Q_UNREACHABLE();
}

core::Result<std::optional<QJsonObject>> PageDraftStore::draft(qint64 accountId) const
{
    return m_statements.execute(m_select, {{u":account_id"_s, accountId}},
                                tr("Could not read the input of %1 from the local database: %2").arg(pageName()),
                                [](QSqlQuery& query) -> std::optional<QJsonObject> {
                                    if (!query.next()) {
                                        return std::nullopt;
                                    }
                                    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
                                });
}

core::Result<void> PageDraftStore::save(qint64 accountId, const QJsonObject& input, const QDateTime& savedAt)
{
    return m_statements.execute(m_upsert,
                                {{u":account_id"_s, accountId},
                                 {u":input"_s, QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))},
                                 {u":saved_at"_s, toStoredTime(savedAt)}},
                                tr("Could not autosave the input of %1 to the local database: %2").arg(pageName()));
}

core::Result<void> PageDraftStore::remove(qint64 accountId)
{
    return m_statements.execute(m_delete, {{u":account_id"_s, accountId}},
                                tr("Could not delete the input of %1 from the local database: %2").arg(pageName()));
}

} // namespace vsys::db
