// SPDX-License-Identifier: MIT
// ApplicationRepository: SQL for the application table of 0003_sync.sql; content is stored as the JSON
// of the wire (core::ApplicationJson), and the sync state is computed from the outbox rows.
#include "db/ApplicationRepository.h"

#include "db/StoredTime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

// The order of the CASE is the order of urgency: a conflict or a refusal needs the user before
// anything else is sent for the record.
const QString kColumns = u"SELECT a.id, a.account_id, a.number, a.status, a.version, a.content, a.submitted_at, "
                         "a.reviewed_at, a.review_comment, a.issued_vsys_id, a.created_at, a.updated_at, "
                         "a.local_updated_at, a.server_copy, "
                         "CASE WHEN a.server_copy IS NOT NULL OR EXISTS (SELECT 1 FROM outbox o WHERE "
                         "  o.record_kind = 'application' AND o.record_id = a.id AND o.state = 'conflict') "
                         "  THEN 'conflict' "
                         "WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.record_kind = 'application' AND "
                         "  o.record_id = a.id AND o.state = 'error') THEN 'error' "
                         "WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.record_kind = 'application' AND "
                         "  o.record_id = a.id AND o.state = 'sending') THEN 'sending' "
                         "WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.record_kind = 'application' AND "
                         "  o.record_id = a.id AND o.state = 'queued') THEN 'queued' "
                         "WHEN a.version = 0 THEN 'draft' ELSE 'synced' END, "
                         "(SELECT o.last_error FROM outbox o WHERE o.record_kind = 'application' AND "
                         "  o.record_id = a.id AND o.state = 'error' ORDER BY o.id LIMIT 1) "
                         "FROM application a "_s;
const QString kSelectOne = kColumns + u"WHERE a.id = :id"_s;
const QString kSelectAll = kColumns + u"WHERE a.account_id = :account_id ORDER BY a.created_at DESC, a.id"_s;
const QString kUpsert
    = u"INSERT INTO application (id, account_id, number, status, version, content, submitted_at, reviewed_at, "
      "review_comment, issued_vsys_id, created_at, updated_at, local_updated_at) VALUES (:id, :account_id, :number, "
      ":status, :version, :content, :submitted_at, :reviewed_at, :review_comment, :issued_vsys_id, :created_at, "
      ":updated_at, :local_updated_at) "
      "ON CONFLICT (id) DO UPDATE SET number = excluded.number, status = excluded.status, version = excluded.version, "
      "content = excluded.content, submitted_at = excluded.submitted_at, reviewed_at = excluded.reviewed_at, "
      "review_comment = excluded.review_comment, issued_vsys_id = excluded.issued_vsys_id, "
      "created_at = excluded.created_at, updated_at = excluded.updated_at, "
      "local_updated_at = excluded.local_updated_at WHERE application.account_id = excluded.account_id"_s;
const QString kTakeServerFields
    = u"UPDATE application SET number = :number, status = :status, version = :version, submitted_at = "
      ":submitted_at, reviewed_at = :reviewed_at, review_comment = :review_comment, issued_vsys_id = :issued_vsys_id, "
      "created_at = :created_at, updated_at = :updated_at WHERE id = :id"_s;
const QString kSetServerCopy = u"UPDATE application SET server_copy = :server_copy WHERE id = :id"_s;

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariantMap serverFields(const core::ApplicationRecord& record)
{
    return {{u":id"_s, record.id},
            {u":number"_s, textOrNull(record.number)},
            {u":status"_s, core::ApplicationStatusMachine::key(record.status)},
            {u":version"_s, record.version},
            {u":submitted_at"_s, toStoredTime(record.submittedAt)},
            {u":reviewed_at"_s, toStoredTime(record.reviewedAt)},
            {u":review_comment"_s, textOrNull(record.reviewComment)},
            {u":issued_vsys_id"_s, textOrNull(record.issuedVsysId)},
            {u":created_at"_s, toStoredTime(record.createdAt)},
            {u":updated_at"_s, toStoredTime(record.updatedAt)}};
}

int rowsAffected(QSqlQuery& query)
{
    return query.numRowsAffected();
}

} // namespace

ApplicationRepository::ApplicationRepository(Database& database)
    : m_statements(database)
{}

core::Result<std::optional<LocalApplication>> ApplicationRepository::find(const QString& id) const
{
    return m_statements.execute(kSelectOne, {{u":id"_s, id}},
                                tr("Could not read the applications from the local database: %1"),
                                [this](QSqlQuery& query) -> core::Result<std::optional<LocalApplication>> {
                                    if (!query.next()) {
                                        return std::optional<LocalApplication>();
                                    }
                                    auto application = fromRow(query);
                                    if (!application) {
                                        return application.error();
                                    }
                                    return std::optional<LocalApplication>(std::move(application).value());
                                });
}

core::Result<QList<LocalApplication>> ApplicationRepository::all(qint64 accountId) const
{
    return m_statements.execute(kSelectAll, {{u":account_id"_s, accountId}},
                                tr("Could not read the applications from the local database: %1"),
                                [this](QSqlQuery& query) -> core::Result<QList<LocalApplication>> {
                                    QList<LocalApplication> applications;
                                    while (query.next()) {
                                        auto application = fromRow(query);
                                        if (!application) {
                                            return application.error();
                                        }
                                        applications.append(std::move(application).value());
                                    }
                                    return applications;
                                });
}

core::Result<void>
ApplicationRepository::save(qint64 accountId, const core::ApplicationRecord& record, const QDateTime& localUpdatedAt)
{
    QVariantMap bindings = serverFields(record);
    bindings.insert(u":account_id"_s, accountId);
    bindings.insert(u":content"_s, compactJson(record.content));
    bindings.insert(u":local_updated_at"_s, toStoredTime(localUpdatedAt));
    const auto changed = m_statements.execute(
        kUpsert, bindings, tr("Could not save the application to the local database: %1"), rowsAffected);
    if (!changed) {
        return changed.error();
    }
    if (*changed == 0) {
        return core::Error{u"id"_s,
                           tr("The application %1 belongs to another V-SYS ID on this computer.").arg(record.id)};
    }
    return {};
}

core::Result<void> ApplicationRepository::takeServerFields(const core::ApplicationRecord& serverRecord)
{
    const auto changed
        = m_statements.execute(kTakeServerFields, serverFields(serverRecord),
                               tr("Could not save the application to the local database: %1"), rowsAffected);
    if (!changed) {
        return changed.error();
    }
    if (*changed == 0) {
        return core::Error{u"id"_s, tr("There is no application %1 in the local database.").arg(serverRecord.id)};
    }
    return {};
}

core::Result<void> ApplicationRepository::setServerCopy(const QString& id,
                                                        const std::optional<core::ApplicationRecord>& serverCopy)
{
    const auto changed
        = m_statements.execute(kSetServerCopy,
                               {{u":id"_s, id},
                                {u":server_copy"_s,
                                 serverCopy ? QVariant(compactJson(core::ApplicationJson::toJson(*serverCopy)))
                                            : QVariant(QMetaType::fromType<QString>())}},
                               tr("Could not save the application to the local database: %1"), rowsAffected);
    if (!changed) {
        return changed.error();
    }
    if (*changed == 0) {
        return core::Error{u"id"_s, tr("There is no application %1 in the local database.").arg(id)};
    }
    return {};
}

core::Result<LocalApplication> ApplicationRepository::fromRow(const QSqlQuery& query) const
{
    const QString id = query.value(0).toString();
    const auto unreadable = [&id](const QString& what) {
        return core::Error{{}, tr("The local database holds an unreadable application %1 (%2).").arg(id, what)};
    };
    LocalApplication application;
    application.accountId = query.value(1).toLongLong();
    core::ApplicationRecord& record = application.record;
    record.id = id;
    record.number = query.value(2).toString();
    const auto status = core::ApplicationStatusMachine::fromKey(query.value(3).toString());
    if (!status) {
        return unreadable(u"status"_s);
    }
    record.status = *status;
    record.version = query.value(4).toInt();
    record.content = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    record.submittedAt = fromStoredTime(query.value(6));
    record.reviewedAt = fromStoredTime(query.value(7));
    record.reviewComment = query.value(8).toString();
    record.issuedVsysId = query.value(9).toString();
    record.createdAt = fromStoredTime(query.value(10));
    record.updatedAt = fromStoredTime(query.value(11));
    application.localUpdatedAt = fromStoredTime(query.value(12));
    if (!query.value(13).isNull()) {
        auto serverCopy
            = core::ApplicationJson::fromJson(QJsonDocument::fromJson(query.value(13).toString().toUtf8()).object());
        if (!serverCopy) {
            return unreadable(u"server_copy"_s);
        }
        application.serverCopy = std::move(serverCopy).value();
    }
    const auto syncState = core::SyncStateText::fromKey(query.value(14).toString());
    if (!syncState) {
        return unreadable(u"sync state"_s);
    }
    application.syncState = *syncState;
    application.syncError = query.value(15).toString();
    return application;
}

} // namespace vsys::db
