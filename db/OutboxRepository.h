// SPDX-License-Identifier: MIT
// OutboxRepository: the sync journal (送信待ち): local changes waiting to be sent to the central server.
#pragma once

#include "core/Result.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::db {

class Database;

enum class OutboxOperation {
    Put, ///< PUT the record's content (一時保存)
    Submit, ///< 申込
    Withdraw, ///< 取下げ
    Resubmit, ///< 再申込
    Post, ///< creates a record the server owns from then on (実績・廃棄の報告)
    Delete, ///< removes the record on the server (接種担当医師)
};

enum class OutboxState {
    Queued, ///< waiting for its turn, or for next_attempt_at after a network failure
    Sending, ///< handed to the network; left so by a crash, it is queued again at start
    Synced, ///< the server took it
    Error, ///< the server refused it; last_error holds the server's message
    Conflict, ///< the server's copy changed meanwhile (409 version_conflict)
};

struct OutboxEntry
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString recordKind; ///< "application"
    QString recordId;
    OutboxOperation operation = OutboxOperation::Put;
    QJsonObject payload; ///< the request body; empty for actions, which send none
    int baseVersion = 0; ///< the server version the change was made on (If-Match); 0 = a new record
    QString idempotencyKey; ///< made once when queued, so every resend repeats the same action
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString lastRequestId; ///< X-Request-ID of the last attempt, for support
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const OutboxEntry&) const = default;
};

/// Rows of one record are sent strictly in id order; rows of different records do not wait for each
/// other. Every method is one statement, so callers combine them in a db::Transaction.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)
public:
    explicit OutboxRepository(Database& database);

    static QString operationKey(OutboxOperation operation);
    static std::optional<OutboxOperation> operationFromKey(const QString& key);
    static QString stateKey(OutboxState state);
    static std::optional<OutboxState> stateFromKey(const QString& key);

    /// Appends a queued row due at `now` with a new idempotency key.
    core::Result<OutboxEntry> enqueue(qint64 accountId,
                                      const QString& recordKind,
                                      const QString& recordId,
                                      OutboxOperation operation,
                                      const QJsonObject& payload,
                                      int baseVersion,
                                      const QDateTime& now);
    core::Result<std::optional<OutboxEntry>> find(qint64 id) const;
    /// The record's rows that are not synced yet, oldest first.
    core::Result<QList<OutboxEntry>> unsynced(const QString& recordKind, const QString& recordId) const;
    /// The account's rows of `recordKind` that are not synced yet, oldest first (records a channel
    /// creates and lists as waiting, such as 実績・廃棄の報告).
    core::Result<QList<OutboxEntry>> unsyncedOfKind(qint64 accountId, const QString& recordKind) const;
    /// The account's oldest queued row due at `now` whose record has no earlier unsynced row.
    core::Result<std::optional<OutboxEntry>> nextDue(qint64 accountId, const QDateTime& now) const;
    /// When the account's next queued row becomes due; nullopt when none is queued.
    core::Result<std::optional<QDateTime>> nextAttemptAt(qint64 accountId) const;
    /// Rows not on the server yet: queued, sending, error and conflict.
    core::Result<int> unsyncedCount(qint64 accountId) const;

    /// Sending, one attempt more.
    core::Result<void> markSending(qint64 id, const QDateTime& now);
    /// Back to queued after a failure worth retrying (network, server busy), due at `nextAttemptAt`.
    core::Result<void> markRetry(qint64 id,
                                 const QDateTime& nextAttemptAt,
                                 const QString& error,
                                 const QString& requestId,
                                 const QDateTime& now);
    core::Result<void> markSynced(qint64 id, const QString& requestId, const QDateTime& now);
    /// Error or Conflict with the server's message; the row then waits for the user.
    core::Result<void>
    markFailed(qint64 id, OutboxState state, const QString& message, const QString& requestId, const QDateTime& now);
    /// Queued again from scratch with a new base version and payload; `freshIdempotencyKey` for an action
    /// the server answered (it would replay that answer for the old key).
    core::Result<void>
    requeue(qint64 id, const QJsonObject& payload, int baseVersion, bool freshIdempotencyKey, const QDateTime& now);
    /// A newer edit replaces the content of a put that has not left yet.
    core::Result<void> replacePayload(qint64 id, const QJsonObject& payload, const QDateTime& now);
    /// After the server took row `afterId`, the record's later unsynced rows build on its new version.
    core::Result<void> rebase(const QString& recordKind, const QString& recordId, qint64 afterId, int version);
    /// Rows a crash left sending go back to queued, due at `now`: they are resent with the same key.
    core::Result<int> recoverSending(qint64 accountId, const QDateTime& now);
    /// Every queued row of the account is due at `now` (the server is back: no more waiting).
    core::Result<void> makeDue(qint64 accountId, const QDateTime& now);
    core::Result<void> remove(qint64 id);
    /// Forgets synced rows last touched before `before`; the journal keeps recent ones for support.
    core::Result<int> pruneSynced(qint64 accountId, const QDateTime& before);

private:
    /// Runs a write; returns the number of rows it changed.
    core::Result<int> write(const QString& sql, const QVariantMap& bindings);
    core::Result<QList<OutboxEntry>> list(const QString& sql, const QVariantMap& bindings) const;
    core::Result<OutboxEntry> fromRow(const QSqlQuery& query) const;

    StatementCache m_statements;
};

} // namespace vsys::db
