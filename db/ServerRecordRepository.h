// SPDX-License-Identifier: MIT
// ServerRecordRepository: a read-only local copy of records the server owns (委任状 documents, the クール
// calendar, the venue), as the changes feed delivered them, so they can be shown offline.
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

enum class ServerRecordKind {
    Document, ///< 委任状 PDF metadata (the PDF itself is downloaded on demand)
    Cool, ///< one クール of the calendar, with this venue's 分配実績
    Venue, ///< the venue and its 既存登録情報
    Report, ///< one 実績・廃棄の報告 as the server keeps it
    Institution, ///< 医療機関情報 (the approved values and those waiting for the municipality)
    Doctor, ///< one 接種担当医師
    Inquiry, ///< one 問い合わせ with its answer
};

/// Records are kept as the server's JSON (docs/api.md shapes): the client never edits them, so a
/// typed mapping would only be a second copy of the contract.
class ServerRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServerRecordRepository)
public:
    explicit ServerRecordRepository(Database& database);

    /// The `kind` of GET /changes ("document", "cool", "venue").
    static QString kindKey(ServerRecordKind kind);
    static std::optional<ServerRecordKind> kindFromKey(const QString& key);

    /// Inserts or replaces the record.
    core::Result<void> save(qint64 accountId,
                            ServerRecordKind kind,
                            const QString& id,
                            const QJsonObject& data,
                            const QDateTime& receivedAt);
    core::Result<std::optional<QJsonObject>> find(qint64 accountId, ServerRecordKind kind, const QString& id) const;
    /// Every record of the kind, ordered by id.
    core::Result<QList<QJsonObject>> all(qint64 accountId, ServerRecordKind kind) const;

private:
    core::Result<QList<QJsonObject>> list(const QString& sql, const QVariantMap& bindings) const;

    StatementCache m_statements;
};

} // namespace vsys::db
