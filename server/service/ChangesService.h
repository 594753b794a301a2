// SPDX-License-Identifier: MIT
// ChangesService: the feed of GET /changes, each changed record once with its current data.
#pragma once

#include "server/service/Outcome.h"
#include "server/service/SessionService.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace vsys::server {

class ChangeCache;
class Storage;

struct Change;
struct ChangeRange;

/// One page of the feed (docs/api.md "Changes").
struct ChangeFeed
{
    qint64 cursor = 0; ///< the last change this page accounts for
    QList<QByteArray> changes; ///< {"data","id","kind"} as compact JSON, in the order of their latest change
    bool more = false; ///< changes after `cursor` did not fit in this page

    /// The reply body {"changes","cursor","next"}, assembled from the items' bytes.
    QByteArray toJson() const;
};

class ChangesService
{
public:
    ChangesService(Storage& storage, ChangeCache& cache);

    /// The venue's and the global records changed after `cursor`: at most `limit` (clamped to
    /// venueLimits::kPageRecords) and about venueLimits::kMaxPageBytes of them. The new cursor is
    /// the last change the page accounts for (or `cursor` itself when nothing changed). The records
    /// not in the cache are read with one statement per kind, whatever the page holds.
    Outcome<ChangeFeed> since(const VenueSession& session, qint64 cursor, int limit);

private:
    /// The compact JSON of each record the page names, by itemKey(); a record that is gone (or not the
    /// venue's) has none.
    using PageData = QHash<QString, QByteArray>;
    Outcome<PageData> dataOf(const VenueSession& session, const QList<Change>& page, const ChangeRange& range);

    Storage& m_storage;
    ChangeCache& m_cache;
};

} // namespace vsys::server
