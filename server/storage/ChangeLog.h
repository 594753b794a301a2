// SPDX-License-Identifier: MIT
// ChangeLog: what changed for which venue, in commit order; the source of GET /changes.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

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

    /// Notes a change of `entityId` for `venueId` (empty: a global record every venue sees). Call it
    /// inside the transaction that makes the change, as its last write.
    core::Result<void> record(const QString& venueId, ChangeKind kind, const QString& entityId, const QDateTime& now);
    /// The first `limit` of the venue's and the global entities changed after `cursor`, each once,
    /// ordered by their latest change.
    core::Result<QList<Change>> since(const QString& venueId, qint64 cursor, int limit);

private:
    Storage& m_storage;
};

} // namespace vsys::server
