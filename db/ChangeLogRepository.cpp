// SPDX-License-Identifier: MIT
// ChangeLogRepository: SQL for the application_change_log table of 0004_application_edits.sql. A value
// is stored as its JSON text and an absent field as NULL.
#include "db/ChangeLogRepository.h"

#include "db/StoredTime.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kInsert = u"INSERT INTO application_change_log (account_id, application_id, changed_at, path, "
                        "before_value, after_value) VALUES (:account_id, :application_id, :changed_at, :path, "
                        ":before_value, :after_value)"_s;
// An invalid `since` binds NULL, and every stored time sorts after the empty text.
const QString kSelect = u"SELECT changed_at, path, before_value, after_value FROM application_change_log WHERE "
                        "application_id = :application_id AND changed_at >= coalesce(:since, '') ORDER BY id"_s;

// QJsonDocument only reads and writes objects and arrays, so a single value travels inside an array.
QVariant toStoredJson(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

QJsonValue fromStoredJson(const QVariant& stored)
{
    if (stored.isNull()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return QJsonDocument::fromJson('[' + stored.toString().toUtf8() + ']').array().at(0);
}

} // namespace

ChangeLogRepository::ChangeLogRepository(Database& database)
    : m_database(database)
    , m_statements(database)
{}

core::Result<void> ChangeLogRepository::append(qint64 accountId,
                                               const QString& applicationId,
                                               const QDateTime& changedAt,
                                               const QList<core::FieldChange>& changes)
{
    if (changes.isEmpty()) {
        return {};
    }
    const auto statement = m_statements.get(kInsert);
    if (!statement) {
        return statement.error();
    }
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    QSqlQuery& query = **statement;
    for (const core::FieldChange& change : changes) {
        const auto release = qScopeGuard([&query] { query.finish(); });
        query.bindValue(u":account_id"_s, accountId);
        query.bindValue(u":application_id"_s, applicationId);
        query.bindValue(u":changed_at"_s, toStoredTime(changedAt));
        query.bindValue(u":path"_s, change.path);
        query.bindValue(u":before_value"_s, toStoredJson(change.before));
        query.bindValue(u":after_value"_s, toStoredJson(change.after));
        if (!query.exec()) {
            return core::Error{{},
                               tr("Could not add the change to the application's change log in the local "
                                  "database: %1")
                                   .arg(query.lastError().text())};
        }
    }
    return transaction.commit();
}

core::Result<QList<ChangeLogEntry>> ChangeLogRepository::entries(const QString& applicationId,
                                                                 const QDateTime& since) const
{
    return m_statements.execute(kSelect, {{u":application_id"_s, applicationId}, {u":since"_s, toStoredTime(since)}},
                                tr("Could not read the application's change log from the local database: %1"),
                                [](QSqlQuery& query) {
                                    QList<ChangeLogEntry> entries;
                                    while (query.next()) {
                                        entries.append({fromStoredTime(query.value(0)),
                                                        {query.value(1).toString(), fromStoredJson(query.value(2)),
                                                         fromStoredJson(query.value(3))}});
                                    }
                                    return entries;
                                });
}

} // namespace vsys::db
