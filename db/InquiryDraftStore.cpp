// SPDX-License-Identifier: MIT
// InquiryDraftStore: SQL for the inquiry_draft table of 0014_inquiries.sql.
#include "db/InquiryDraftStore.h"

#include "db/StoredTime.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kSelect = u"SELECT input FROM inquiry_draft WHERE account_id = :account_id"_s;
const QString kUpsert = u"INSERT INTO inquiry_draft (account_id, input, saved_at) VALUES (:account_id, :input, "
                        ":saved_at) ON CONFLICT (account_id) DO UPDATE SET input = excluded.input, saved_at = "
                        "excluded.saved_at"_s;
const QString kDelete = u"DELETE FROM inquiry_draft WHERE account_id = :account_id"_s;

} // namespace

InquiryDraftStore::InquiryDraftStore(Database& database)
    : m_statements(database)
{}

core::Result<std::optional<QJsonObject>> InquiryDraftStore::draft(qint64 accountId) const
{
    return m_statements.execute(kSelect, {{u":account_id"_s, accountId}},
                                tr("Could not read the inquiry input from the local database: %1"),
                                [](QSqlQuery& query) -> std::optional<QJsonObject> {
                                    if (!query.next()) {
                                        return std::nullopt;
                                    }
                                    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
                                });
}

core::Result<void> InquiryDraftStore::save(qint64 accountId, const QJsonObject& input, const QDateTime& savedAt)
{
    return m_statements.execute(kUpsert,
                                {{u":account_id"_s, accountId},
                                 {u":input"_s, QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))},
                                 {u":saved_at"_s, toStoredTime(savedAt)}},
                                tr("Could not autosave the inquiry input to the local database: %1"));
}

core::Result<void> InquiryDraftStore::remove(qint64 accountId)
{
    return m_statements.execute(kDelete, {{u":account_id"_s, accountId}},
                                tr("Could not delete the inquiry input from the local database: %1"));
}

} // namespace vsys::db
