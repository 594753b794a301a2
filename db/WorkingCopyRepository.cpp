// SPDX-License-Identifier: MIT
// WorkingCopyRepository: SQL for the application_working_copy table of 0004_application_edits.sql.
#include "db/WorkingCopyRepository.h"

#include "db/StoredTime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kColumns = u"SELECT application_id, account_id, content, saved_at FROM application_working_copy "_s;
const QString kSelectOne = kColumns + u"WHERE application_id = :application_id"_s;
const QString kSelectAll = kColumns + u"WHERE account_id = :account_id ORDER BY saved_at DESC, application_id"_s;
// The WHERE keeps another account's copy untouched, so no row changes and save() can tell.
const QString kUpsert = u"INSERT INTO application_working_copy (application_id, account_id, content, saved_at) "
                        "VALUES (:application_id, :account_id, :content, :saved_at) "
                        "ON CONFLICT (application_id) DO UPDATE SET content = excluded.content, saved_at = "
                        "excluded.saved_at WHERE application_working_copy.account_id = excluded.account_id"_s;
const QString kDelete = u"DELETE FROM application_working_copy WHERE application_id = :application_id"_s;

} // namespace

WorkingCopyRepository::WorkingCopyRepository(Database& database)
    : m_statements(database)
{}

core::Result<void> WorkingCopyRepository::save(const WorkingCopy& copy)
{
    const auto changed = m_statements.execute(
        kUpsert,
        {{u":application_id"_s, copy.applicationId},
         {u":account_id"_s, copy.accountId},
         {u":content"_s, QString::fromUtf8(QJsonDocument(copy.content).toJson(QJsonDocument::Compact))},
         {u":saved_at"_s, toStoredTime(copy.savedAt)}},
        tr("Could not autosave the application's input to the local database: %1"),
        [](QSqlQuery& query) { return query.numRowsAffected(); });
    if (!changed) {
        return changed.error();
    }
    if (*changed == 0) {
        return core::Error{
            u"id"_s, tr("The application %1 belongs to another V-SYS ID on this computer.").arg(copy.applicationId)};
    }
    return {};
}

core::Result<std::optional<WorkingCopy>> WorkingCopyRepository::find(const QString& applicationId) const
{
    return m_statements.execute(
        kSelectOne, {{u":application_id"_s, applicationId}},
        tr("Could not read the autosaved input from the local database: %1"),
        [](QSqlQuery& query) { return query.next() ? std::optional<WorkingCopy>(fromRow(query)) : std::nullopt; });
}

core::Result<QList<WorkingCopy>> WorkingCopyRepository::all(qint64 accountId) const
{
    return m_statements.execute(kSelectAll, {{u":account_id"_s, accountId}},
                                tr("Could not read the autosaved input from the local database: %1"),
                                [](QSqlQuery& query) {
                                    QList<WorkingCopy> copies;
                                    while (query.next()) {
                                        copies.append(fromRow(query));
                                    }
                                    return copies;
                                });
}

core::Result<void> WorkingCopyRepository::remove(const QString& applicationId)
{
    return m_statements.execute(kDelete, {{u":application_id"_s, applicationId}},
                                tr("Could not delete the autosaved input from the local database: %1"));
}

WorkingCopy WorkingCopyRepository::fromRow(const QSqlQuery& query)
{
    // The table's CHECK only lets JSON objects in, so the content always reads back as one.
    return {query.value(1).toLongLong(), query.value(0).toString(),
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(), fromStoredTime(query.value(3))};
}

} // namespace vsys::db
