// SPDX-License-Identifier: MIT
// ChangeCache: one lock per page for the lookups and one for the inserts.
#include "server/service/ChangeCache.h"

#include <algorithm>

namespace vsys::server {

QHash<QString, QByteArray> ChangeCache::find(const QList<QString>& keys)
{
    QHash<QString, QByteArray> found;
    const std::lock_guard lock(m_mutex);
    for (const QString& key : keys) {
        if (const QByteArray* item = m_items.object(key)) {
            found.insert(key, *item);
        }
    }
    return found;
}

void ChangeCache::insert(const QHash<QString, QByteArray>& items)
{
    const std::lock_guard lock(m_mutex);
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        m_items.insert(it.key(), new QByteArray(it.value()), std::max<qsizetype>(1, it.value().size()));
    }
}

} // namespace vsys::server
