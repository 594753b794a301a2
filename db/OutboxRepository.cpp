// SPDX-License-Identifier: MIT
// OutboxRepository: SQL for the outbox table of 0003_sync.sql. Times are stored as sortable UTC text,
// so "due" is a string comparison.
#include "db/OutboxRepository.h"

#include "db/StoredTime.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kColumns = u"SELECT o.id, o.account_id, o.record_kind, o.record_id, o.operation, o.payload, "
                         "o.base_version, o.idempotency_key, o.state, o.attempts, o.next_attempt_at, o.last_error, "
                         "o.last_request_id, o.created_at, o.updated_at FROM outbox o "_s;
// A row may go only when every earlier row of its record is on the server: a submit must never
// overtake the edit it submits.
const QString kNoEarlierUnsynced = u"NOT EXISTS (SELECT 1 FROM outbox p WHERE p.record_kind = o.record_kind AND "
                                   "p.record_id = o.record_id AND p.id < o.id AND p.state <> 'synced')"_s;
const QString kSelectOne = kColumns + u"WHERE o.id = :id"_s;
const QString kSelectUnsynced = kColumns
    + u"WHERE o.record_kind = :record_kind AND o.record_id = :record_id AND o.state <> 'synced' ORDER BY o.id"_s;
const QString kSelectUnsyncedOfKind = kColumns
    + u"WHERE o.account_id = :account_id AND o.record_kind = :record_kind AND o.state <> 'synced' ORDER BY o.id"_s;
const QString kSelectNextDue = kColumns
    + u"WHERE o.account_id = :account_id AND o.state = 'queued' AND o.next_attempt_at <= :now AND "_s
    + kNoEarlierUnsynced + u" ORDER BY o.id LIMIT 1"_s;
const QString kSelectNextAttempt
    = u"SELECT min(o.next_attempt_at) FROM outbox o WHERE o.account_id = :account_id AND o.state = 'queued' AND "_s
    + kNoEarlierUnsynced;
const QString kCountUnsynced = u"SELECT count(*) FROM outbox WHERE account_id = :account_id AND state <> 'synced'"_s;
const QString kInsert = u"INSERT INTO outbox (account_id, record_kind, record_id, operation, payload, base_version, "
                        "idempotency_key, state, attempts, next_attempt_at, created_at, updated_at) VALUES "
                        "(:account_id, :record_kind, :record_id, :operation, :payload, :base_version, "
                        ":idempotency_key, 'queued', 0, :now, :now, :now) RETURNING id"_s;
const QString kMarkSending = u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = :now "
                             "WHERE id = :id AND state = 'queued'"_s;
const QString kMarkRetry = u"UPDATE outbox SET state = 'queued', next_attempt_at = :next_attempt_at, last_error = "
                           ":error, last_request_id = :request_id, updated_at = :now WHERE id = :id"_s;
const QString kMarkSynced = u"UPDATE outbox SET state = 'synced', last_error = NULL, last_request_id = :request_id, "
                            "updated_at = :now WHERE id = :id"_s;
const QString kMarkFailed = u"UPDATE outbox SET state = :state, last_error = :error, last_request_id = :request_id, "
                            "updated_at = :now WHERE id = :id"_s;
const QString kRequeue = u"UPDATE outbox SET state = 'queued', payload = :payload, base_version = :base_version, "
                         "idempotency_key = coalesce(:idempotency_key, idempotency_key), attempts = 0, "
                         "next_attempt_at = :now, last_error = NULL, updated_at = :now WHERE id = :id"_s;
const QString kReplacePayload
    = u"UPDATE outbox SET payload = :payload, updated_at = :now WHERE id = :id AND state = 'queued'"_s;
const QString kRebase = u"UPDATE outbox SET base_version = :version WHERE record_kind = :record_kind AND "
                        "record_id = :record_id AND id > :after_id AND state <> 'synced'"_s;
const QString kRecoverSending = u"UPDATE outbox SET state = 'queued', next_attempt_at = :now, updated_at = :now "
                                "WHERE account_id = :account_id AND state = 'sending'"_s;
const QString kMakeDue = u"UPDATE outbox SET next_attempt_at = :now WHERE account_id = :account_id AND "
                         "state = 'queued' AND next_attempt_at > :now"_s;
const QString kDelete = u"DELETE FROM outbox WHERE id = :id"_s;
const QString kPruneSynced
    = u"DELETE FROM outbox WHERE account_id = :account_id AND state = 'synced' AND updated_at < :before"_s;

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant payloadOrNull(const QJsonObject& payload)
{
    return payload.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                             : QVariant(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

QString newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

OutboxRepository::OutboxRepository(Database& database)
    : m_statements(database)
{}

QString OutboxRepository::operationKey(OutboxOperation operation)
{
    switch (operation) {
    case OutboxOperation::Put:
        return u"put"_s;
    case OutboxOperation::Submit:
        return u"submit"_s;
    case OutboxOperation::Withdraw:
        return u"withdraw"_s;
    case OutboxOperation::Resubmit:
        return u"resubmit"_s;
    case OutboxOperation::Post:
        return u"post"_s;
    case OutboxOperation::Delete:
        return u"delete"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<OutboxOperation> OutboxRepository::operationFromKey(const QString& key)
{
    for (OutboxOperation operation : {OutboxOperation::Put, OutboxOperation::Submit, OutboxOperation::Withdraw,
                                      OutboxOperation::Resubmit, OutboxOperation::Post, OutboxOperation::Delete}) {
        if (operationKey(operation) == key) {
            return operation;
        }
    }
    return std::nullopt;
}

QString OutboxRepository::stateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return u"queued"_s;
    case OutboxState::Sending:
        return u"sending"_s;
    case OutboxState::Synced:
        return u"synced"_s;
    case OutboxState::Error:
        return u"error"_s;
    case OutboxState::Conflict:
        return u"conflict"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<OutboxState> OutboxRepository::stateFromKey(const QString& key)
{
    for (OutboxState state :
         {OutboxState::Queued, OutboxState::Sending, OutboxState::Synced, OutboxState::Error, OutboxState::Conflict}) {
        if (stateKey(state) == key) {
            return state;
        }
    }
    return std::nullopt;
}

core::Result<OutboxEntry> OutboxRepository::enqueue(qint64 accountId,
                                                    const QString& recordKind,
                                                    const QString& recordId,
                                                    OutboxOperation operation,
                                                    const QJsonObject& payload,
                                                    int baseVersion,
                                                    const QDateTime& now)
{
    const auto statement = m_statements.get(kInsert);
    if (!statement) {
        return statement.error();
    }
    OutboxEntry entry;
    entry.accountId = accountId;
    entry.recordKind = recordKind;
    entry.recordId = recordId;
    entry.operation = operation;
    entry.payload = payload;
    entry.baseVersion = baseVersion;
    entry.idempotencyKey = newIdempotencyKey();
    // Stored text has millisecond precision; the returned entry must equal what find() reads back.
    entry.nextAttemptAt = fromStoredTime(toStoredTime(now));
    entry.createdAt = entry.nextAttemptAt;
    entry.updatedAt = entry.nextAttemptAt;

    QSqlQuery& query = **statement;
    const auto release = qScopeGuard([&query] { query.finish(); });
    query.bindValue(u":account_id"_s, accountId);
    query.bindValue(u":record_kind"_s, recordKind);
    query.bindValue(u":record_id"_s, recordId);
    query.bindValue(u":operation"_s, operationKey(operation));
    query.bindValue(u":payload"_s, payloadOrNull(payload));
    query.bindValue(u":base_version"_s, baseVersion);
    query.bindValue(u":idempotency_key"_s, entry.idempotencyKey);
    query.bindValue(u":now"_s, toStoredTime(now));
    if (!query.exec() || !query.next()) {
        return core::Error{
            {}, tr("Could not add the change to the outbox in the local database: %1").arg(query.lastError().text())};
    }
    entry.id = query.value(0).toLongLong();
    return entry;
}

core::Result<std::optional<OutboxEntry>> OutboxRepository::find(qint64 id) const
{
    auto rows = list(kSelectOne, {{u":id"_s, id}});
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(rows->constFirst());
}

core::Result<QList<OutboxEntry>> OutboxRepository::unsynced(const QString& recordKind, const QString& recordId) const
{
    return list(kSelectUnsynced, {{u":record_kind"_s, recordKind}, {u":record_id"_s, recordId}});
}

core::Result<QList<OutboxEntry>> OutboxRepository::unsyncedOfKind(qint64 accountId, const QString& recordKind) const
{
    return list(kSelectUnsyncedOfKind, {{u":account_id"_s, accountId}, {u":record_kind"_s, recordKind}});
}

core::Result<std::optional<OutboxEntry>> OutboxRepository::nextDue(qint64 accountId, const QDateTime& now) const
{
    auto rows = list(kSelectNextDue, {{u":account_id"_s, accountId}, {u":now"_s, toStoredTime(now)}});
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(rows->constFirst());
}

core::Result<std::optional<QDateTime>> OutboxRepository::nextAttemptAt(qint64 accountId) const
{
    const auto statement = m_statements.get(kSelectNextAttempt);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = **statement;
    const auto release = qScopeGuard([&query] { query.finish(); });
    query.bindValue(u":account_id"_s, accountId);
    if (!query.exec() || !query.next()) {
        return core::Error{{},
                           tr("Could not read the outbox from the local database: %1").arg(query.lastError().text())};
    }
    if (query.value(0).isNull()) {
        return std::optional<QDateTime>();
    }
    return std::optional<QDateTime>(fromStoredTime(query.value(0)));
}

core::Result<int> OutboxRepository::unsyncedCount(qint64 accountId) const
{
    const auto statement = m_statements.get(kCountUnsynced);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = **statement;
    const auto release = qScopeGuard([&query] { query.finish(); });
    query.bindValue(u":account_id"_s, accountId);
    if (!query.exec() || !query.next()) {
        return core::Error{{},
                           tr("Could not read the outbox from the local database: %1").arg(query.lastError().text())};
    }
    return query.value(0).toInt();
}

core::Result<void> OutboxRepository::markSending(qint64 id, const QDateTime& now)
{
    const auto changed = write(kMarkSending, {{u":id"_s, id}, {u":now"_s, toStoredTime(now)}});
    if (!changed) {
        return changed.error();
    }
    if (*changed == 0) {
        return core::Error{{}, tr("The change %1 in the outbox is no longer waiting to be sent.").arg(id)};
    }
    return {};
}

core::Result<void> OutboxRepository::markRetry(
    qint64 id, const QDateTime& nextAttemptAt, const QString& error, const QString& requestId, const QDateTime& now)
{
    const auto changed = write(kMarkRetry,
                               {{u":id"_s, id},
                                {u":next_attempt_at"_s, toStoredTime(nextAttemptAt)},
                                {u":error"_s, textOrNull(error)},
                                {u":request_id"_s, textOrNull(requestId)},
                                {u":now"_s, toStoredTime(now)}});
    return changed ? core::Result<void>() : core::Result<void>(changed.error());
}

core::Result<void> OutboxRepository::markSynced(qint64 id, const QString& requestId, const QDateTime& now)
{
    const auto changed = write(
        kMarkSynced, {{u":id"_s, id}, {u":request_id"_s, textOrNull(requestId)}, {u":now"_s, toStoredTime(now)}});
    return changed ? core::Result<void>() : core::Result<void>(changed.error());
}

core::Result<void> OutboxRepository::markFailed(
    qint64 id, OutboxState state, const QString& message, const QString& requestId, const QDateTime& now)
{
    Q_ASSERT(state == OutboxState::Error || state == OutboxState::Conflict);
    const auto changed = write(kMarkFailed,
                               {{u":id"_s, id},
                                {u":state"_s, stateKey(state)},
                                {u":error"_s, textOrNull(message)},
                                {u":request_id"_s, textOrNull(requestId)},
                                {u":now"_s, toStoredTime(now)}});
    return changed ? core::Result<void>() : core::Result<void>(changed.error());
}

core::Result<void> OutboxRepository::requeue(
    qint64 id, const QJsonObject& payload, int baseVersion, bool freshIdempotencyKey, const QDateTime& now)
{
    const auto changed
        = write(kRequeue,
                {{u":id"_s, id},
                 {u":payload"_s, payloadOrNull(payload)},
                 {u":base_version"_s, baseVersion},
                 {u":idempotency_key"_s,
                  freshIdempotencyKey ? QVariant(newIdempotencyKey()) : QVariant(QMetaType::fromType<QString>())},
                 {u":now"_s, toStoredTime(now)}});
    return changed ? core::Result<void>() : core::Result<void>(changed.error());
}

core::Result<void> OutboxRepository::replacePayload(qint64 id, const QJsonObject& payload, const QDateTime& now)
{
    const auto changed = write(
        kReplacePayload, {{u":id"_s, id}, {u":payload"_s, payloadOrNull(payload)}, {u":now"_s, toStoredTime(now)}});
    if (!changed) {
        return changed.error();
    }
    if (*changed == 0) {
        return core::Error{{}, tr("The change %1 in the outbox is no longer waiting to be sent.").arg(id)};
    }
    return {};
}

core::Result<void>
OutboxRepository::rebase(const QString& recordKind, const QString& recordId, qint64 afterId, int version)
{
    const auto changed = write(kRebase,
                               {{u":record_kind"_s, recordKind},
                                {u":record_id"_s, recordId},
                                {u":after_id"_s, afterId},
                                {u":version"_s, version}});
    return changed ? core::Result<void>() : core::Result<void>(changed.error());
}

core::Result<int> OutboxRepository::recoverSending(qint64 accountId, const QDateTime& now)
{
    return write(kRecoverSending, {{u":account_id"_s, accountId}, {u":now"_s, toStoredTime(now)}});
}

core::Result<void> OutboxRepository::makeDue(qint64 accountId, const QDateTime& now)
{
    const auto changed = write(kMakeDue, {{u":account_id"_s, accountId}, {u":now"_s, toStoredTime(now)}});
    return changed ? core::Result<void>() : core::Result<void>(changed.error());
}

core::Result<void> OutboxRepository::remove(qint64 id)
{
    const auto changed = write(kDelete, {{u":id"_s, id}});
    return changed ? core::Result<void>() : core::Result<void>(changed.error());
}

core::Result<int> OutboxRepository::pruneSynced(qint64 accountId, const QDateTime& before)
{
    return write(kPruneSynced, {{u":account_id"_s, accountId}, {u":before"_s, toStoredTime(before)}});
}

core::Result<int> OutboxRepository::write(const QString& sql, const QVariantMap& bindings)
{
    return m_statements.execute(sql, bindings, tr("Could not update the outbox in the local database: %1"),
                                [](QSqlQuery& query) { return query.numRowsAffected(); });
}

core::Result<QList<OutboxEntry>> OutboxRepository::list(const QString& sql, const QVariantMap& bindings) const
{
    return m_statements.execute(sql, bindings, tr("Could not read the outbox from the local database: %1"),
                                [this](QSqlQuery& query) -> core::Result<QList<OutboxEntry>> {
                                    QList<OutboxEntry> entries;
                                    while (query.next()) {
                                        auto entry = fromRow(query);
                                        if (!entry) {
                                            return entry.error();
                                        }
                                        entries.append(std::move(entry).value());
                                    }
                                    return entries;
                                });
}

core::Result<OutboxEntry> OutboxRepository::fromRow(const QSqlQuery& query) const
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.accountId = query.value(1).toLongLong();
    entry.recordKind = query.value(2).toString();
    entry.recordId = query.value(3).toString();
    const auto operation = operationFromKey(query.value(4).toString());
    const auto state = stateFromKey(query.value(8).toString());
    if (!operation || !state) {
        return core::Error{{}, tr("The local database holds an unreadable change %1 in the outbox.").arg(entry.id)};
    }
    entry.operation = *operation;
    entry.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.baseVersion = query.value(6).toInt();
    entry.idempotencyKey = query.value(7).toString();
    entry.state = *state;
    entry.attempts = query.value(9).toInt();
    entry.nextAttemptAt = fromStoredTime(query.value(10));
    entry.lastError = query.value(11).toString();
    entry.lastRequestId = query.value(12).toString();
    entry.createdAt = fromStoredTime(query.value(13));
    entry.updatedAt = fromStoredTime(query.value(14));
    return entry;
}

} // namespace vsys::db
