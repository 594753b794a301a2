// SPDX-License-Identifier: MIT
// ChangeLog: what changed for which venue, in commit order; the source of GET /changes.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace vsys::server {

class Storage;

enum class ChangeKind {
    Application,
    Document,
    Cool,
    Venue,
    Plan,
    Report, ///< 実績・廃棄の報告
    Institution, ///< 医療機関情報
    Doctor, ///< 接種担当医師
    Dose, ///< a record of the 接種台帳
    Inquiry, ///< 問い合わせ (its answer)
};

/// The changes one page of GET /changes accounts for: sequence numbers in (after, last].
struct ChangeRange
{
    qint64 after = 0;
    qint64 last = 0;
};

struct Change
{
    ChangeKind kind = ChangeKind::Application;
    QString entityId;
    qint64 seq = 0; ///< the entity's latest change
};

class ChangeLog
{
public:
    explicit ChangeLog(Storage& storage);

    /// "application", "document", "cool", "venue", "plan" (docs/api.md).
    static QString kindKey(ChangeKind kind);

    /// "<column> IN (…)" for the entities of `kind` logged for :venue_id or globally in (:after, :last]: a
    /// repository reads all records of one kind that a page holds in one statement (bind rangeValues()).
    static QString changedIn(ChangeKind kind, const QString& column);
    static QVariantMap rangeValues(const QString& venueId, const ChangeRange& range);

    /// Notes a change of `entityId` for `venueId` (empty: a global record every venue sees) and forgets
    /// the entity's earlier changes there. Call it inside the transaction that makes the change, as its
    /// last write.
    core::Result<void> record(const QString& venueId, ChangeKind kind, const QString& entityId, const QDateTime& now);
    /// The first `limit` of the venue's and the global entities changed after `cursor`, each once,
    /// ordered by their latest change.
    core::Result<QList<Change>> since(const QString& venueId, qint64 cursor, int limit);

private:
    Storage& m_storage;
};

} // namespace vsys::server
