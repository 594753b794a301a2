// SPDX-License-Identifier: MIT
// ChangeCache: the records GET /changes rendered, by the change that made them current.
#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QList>
#include <QString>

#include <mutex>

namespace vsys::server {

/// A record's JSON in the feed, as one venue sees it, is fixed by its latest change: any write to it logs a
/// new change with a new sequence number (ChangeLog::record). So a rendered record keyed by venue, kind, id and
/// that number never goes stale, and a page whose records were sent before costs only the log query. One cache
/// per server (shared by its worker threads); the least recently used records go beyond kMaxBytes.
class ChangeCache
{
public:
    static constexpr qsizetype kMaxBytes = 32 * 1024 * 1024;

    /// The cached JSON of those of `keys` that are cached.
    QHash<QString, QByteArray> find(const QList<QString>& keys);
    void insert(const QHash<QString, QByteArray>& items);

private:
    std::mutex m_mutex;
    QCache<QString, QByteArray> m_items{kMaxBytes};
};

} // namespace vsys::server
