// SPDX-License-Identifier: MIT
// ReportDraftStore: SQL for the report_draft table of 0010_reports.sql.
#include "db/ReportDraftStore.h"

#include "db/StoredTime.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kSelect = u"SELECT input FROM report_draft WHERE account_id = :account_id"_s;
const QString kUpsert = u"INSERT INTO report_draft (account_id, input, saved_at) VALUES (:account_id, :input, "
                        ":saved_at) ON CONFLICT (account_id) DO UPDATE SET input = excluded.input, saved_at = "
                        "excluded.saved_at"_s;
const QString kDelete = u"DELETE FROM report_draft WHERE account_id = :account_id"_s;

} // namespace

ReportDraftStore::ReportDraftStore(Database& database)
    : m_statements(database)
{}

core::Result<std::optional<QJsonObject>> ReportDraftStore::draft(qint64 accountId) const
{
    return m_statements.execute(kSelect, {{u":account_id"_s, accountId}},
                                tr("Could not read the report input from the local database: %1"),
                                [](QSqlQuery& query) -> std::optional<QJsonObject> {
                                    if (!query.next()) {
                                        return std::nullopt;
                                    }
                                    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
                                });
}

core::Result<void> ReportDraftStore::save(qint64 accountId, const QJsonObject& input, const QDateTime& savedAt)
{
    return m_statements.execute(kUpsert,
                                {{u":account_id"_s, accountId},
                                 {u":input"_s, QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))},
                                 {u":saved_at"_s, toStoredTime(savedAt)}},
                                tr("Could not autosave the report input to the local database: %1"));
}

core::Result<void> ReportDraftStore::remove(qint64 accountId)
{
    return m_statements.execute(kDelete, {{u":account_id"_s, accountId}},
                                tr("Could not delete the report input from the local database: %1"));
}

} // namespace vsys::db
