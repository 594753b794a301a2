// SPDX-License-Identifier: MIT
// ServerRecordRepository: SQL for the server_record table of 0003_sync.sql.
#include "db/ServerRecordRepository.h"

#include "db/StoredTime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kUpsert = u"INSERT INTO server_record (account_id, kind, id, data, received_at) VALUES (:account_id, "
                        ":kind, :id, :data, :received_at) ON CONFLICT (account_id, kind, id) DO UPDATE SET "
                        "data = excluded.data, received_at = excluded.received_at"_s;
const QString kSelectOne
    = u"SELECT data FROM server_record WHERE account_id = :account_id AND kind = :kind AND id = :id"_s;
// Cool ids are numbers on the wire: order them as numbers, not as text.
const QString kSelectAll = u"SELECT data FROM server_record WHERE account_id = :account_id AND kind = :kind "
                           "ORDER BY length(id), id"_s;

} // namespace

ServerRecordRepository::ServerRecordRepository(Database& database)
    : m_statements(database)
{}

QString ServerRecordRepository::kindKey(ServerRecordKind kind)
{
    switch (kind) {
    case ServerRecordKind::Document:
        return u"document"_s;
    case ServerRecordKind::Cool:
        return u"cool"_s;
    case ServerRecordKind::Venue:
        return u"venue"_s;
    case ServerRecordKind::Report:
        return u"report"_s;
    case ServerRecordKind::Institution:
        return u"institution"_s;
    case ServerRecordKind::Doctor:
        return u"doctor"_s;
    case ServerRecordKind::Inquiry:
        return u"inquiry"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ServerRecordKind> ServerRecordRepository::kindFromKey(const QString& key)
{
    for (ServerRecordKind kind :
         {ServerRecordKind::Document, ServerRecordKind::Cool, ServerRecordKind::Venue, ServerRecordKind::Report,
          ServerRecordKind::Institution, ServerRecordKind::Doctor, ServerRecordKind::Inquiry}) {
        if (kindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

core::Result<void> ServerRecordRepository::save(
    qint64 accountId, ServerRecordKind kind, const QString& id, const QJsonObject& data, const QDateTime& receivedAt)
{
    return m_statements.execute(kUpsert,
                                {{u":account_id"_s, accountId},
                                 {u":kind"_s, kindKey(kind)},
                                 {u":id"_s, id},
                                 {u":data"_s, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
                                 {u":received_at"_s, toStoredTime(receivedAt)}},
                                tr("Could not save the server's data to the local database: %1"));
}

core::Result<std::optional<QJsonObject>>
ServerRecordRepository::find(qint64 accountId, ServerRecordKind kind, const QString& id) const
{
    auto rows = list(kSelectOne, {{u":account_id"_s, accountId}, {u":kind"_s, kindKey(kind)}, {u":id"_s, id}});
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<QJsonObject>() : std::optional<QJsonObject>(rows->constFirst());
}

core::Result<QList<QJsonObject>> ServerRecordRepository::all(qint64 accountId, ServerRecordKind kind) const
{
    return list(kSelectAll, {{u":account_id"_s, accountId}, {u":kind"_s, kindKey(kind)}});
}

core::Result<QList<QJsonObject>> ServerRecordRepository::list(const QString& sql, const QVariantMap& bindings) const
{
    return m_statements.execute(
        sql, bindings, tr("Could not read the server's data from the local database: %1"), [](QSqlQuery& query) {
            QList<QJsonObject> records;
            while (query.next()) {
                records.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
            }
            return records;
        });
}

} // namespace vsys::db
