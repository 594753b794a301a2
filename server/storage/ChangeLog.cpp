// SPDX-License-Identifier: MIT
// ChangeLog: SQL for change_log rows, and the lock that keeps sequence order equal to commit order.
#include "server/storage/ChangeLog.h"

#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

// PostgreSQL hands out sequence numbers when a row is inserted, not when it commits: a client that
// read up to 11 while 10 was still uncommitted would never see 10. This lock mode conflicts with
// itself but not with readers, so writers of change_log take turns from here to their commit, and
// the numbers become visible in order. SQLite has a single writer anyway.
const QString kSerialise = u"LOCK TABLE change_log IN SHARE ROW EXCLUSIVE MODE"_s;
// A record's earlier rows go as its new one comes (0011): the feed sends current data, so only the latest
// change of each record is worth keeping, and a full resync reads one row per record, not its history.
const QString kForget
    = u"DELETE FROM change_log WHERE venue_id = :venue_id AND kind = :kind AND entity_id = :entity_id"_s;
const QString kForgetGlobal
    = u"DELETE FROM change_log WHERE venue_id IS NULL AND kind = :kind AND entity_id = :entity_id"_s;
const QString kInsert = u"INSERT INTO change_log (venue_id, kind, entity_id, changed_at) "
                        "VALUES (:venue_id, :kind, :entity_id, :now)"_s;
const QString kSince
    = u"SELECT kind, entity_id, MAX(seq) AS last_seq FROM change_log WHERE seq > :cursor AND "
      "(venue_id = :venue_id OR venue_id IS NULL) GROUP BY kind, entity_id ORDER BY last_seq LIMIT :limit"_s;

/// The kind a stored key names (the CHECK constraint allows no other).
std::optional<ChangeKind> kindOf(const QString& key)
{
    static const QHash<QString, ChangeKind> kinds = [] {
        QHash<QString, ChangeKind> byKey;
        for (ChangeKind kind :
             {ChangeKind::Application, ChangeKind::Document, ChangeKind::Cool, ChangeKind::Venue, ChangeKind::Plan,
              ChangeKind::Report, ChangeKind::Institution, ChangeKind::Doctor, ChangeKind::Dose, ChangeKind::Inquiry}) {
            byKey.insert(ChangeLog::kindKey(kind), kind);
        }
        return byKey;
    }();
    const auto found = kinds.constFind(key);
    return found == kinds.cend() ? std::nullopt : std::optional(*found);
}

} // namespace

ChangeLog::ChangeLog(Storage& storage)
    : m_storage(storage)
{}

QString ChangeLog::kindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Application:
        return u"application"_s;
    case ChangeKind::Document:
        return u"document"_s;
    case ChangeKind::Cool:
        return u"cool"_s;
    case ChangeKind::Venue:
        return u"venue"_s;
    case ChangeKind::Plan:
        return u"plan"_s;
    case ChangeKind::Report:
        return u"report"_s;
    case ChangeKind::Institution:
        return u"institution"_s;
    case ChangeKind::Doctor:
        return u"doctor"_s;
    case ChangeKind::Dose:
        return u"dose"_s;
    case ChangeKind::Inquiry:
        return u"inquiry"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString ChangeLog::changedIn(ChangeKind kind, const QString& column)
{
    return u"%1 IN (SELECT entity_id FROM change_log WHERE kind = '%2' AND (venue_id = :venue_id OR venue_id IS NULL) "
           "AND seq > :after AND seq <= :last)"_s.arg(column, kindKey(kind));
}

QVariantMap ChangeLog::rangeValues(const QString& venueId, const ChangeRange& range)
{
    return {{u"venue_id"_s, venueId}, {u"after"_s, range.after}, {u"last"_s, range.last}};
}

core::Result<void>
ChangeLog::record(const QString& venueId, ChangeKind kind, const QString& entityId, const QDateTime& now)
{
    if (m_storage.isPostgres()) {
        if (auto locked = m_storage.executeOnce(kSerialise); !locked) {
            return locked;
        }
    }
    QVariantMap entity{{u"kind"_s, kindKey(kind)}, {u"entity_id"_s, entityId}};
    if (!venueId.isEmpty()) {
        entity.insert(u"venue_id"_s, venueId);
    }
    if (auto forgotten = m_storage.run(venueId.isEmpty() ? kForgetGlobal : kForget, entity); !forgotten) {
        return forgotten;
    }
    return m_storage.run(kInsert,
                         {{u"venue_id"_s, venueId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : venueId},
                          {u"kind"_s, kindKey(kind)},
                          {u"entity_id"_s, entityId},
                          {u"now"_s, storedTime::toVariant(now)}});
}

core::Result<QList<Change>> ChangeLog::since(const QString& venueId, qint64 cursor, int limit)
{
    auto rows = m_storage.execute(kSince, {{u"venue_id"_s, venueId}, {u"cursor"_s, cursor}, {u"limit"_s, limit}});
    if (!rows) {
        return rows.error();
    }
    QList<Change> changes;
    while (rows->next()) {
        if (const auto kind = kindOf(rows->value(0).toString())) {
            changes.append({*kind, rows->value(1).toString(), rows->value(2).toLongLong()});
        }
    }
    return changes;
}

} // namespace vsys::server
