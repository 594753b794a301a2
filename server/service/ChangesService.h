// SPDX-License-Identifier: MIT
// ChangesService: the feed of GET /changes, each changed record once with its current data.
#pragma once

#include "server/service/Outcome.h"
#include "server/service/SessionService.h"

#include <QJsonArray>

namespace vsys::server {

class Storage;

struct Change;

/// One page of the feed (docs/api.md "Changes").
struct ChangeFeed
{
    qint64 cursor = 0; ///< the last change this page accounts for
    QJsonArray changes; ///< {"kind","id","data"} in the order of their latest change
    bool more = false; ///< changes after `cursor` did not fit in this page
};

class ChangesService
{
public:
    explicit ChangesService(Storage& storage);

    /// The venue's and the global records changed after `cursor`: at most `limit` (clamped to
    /// venueLimits::kPageRecords) and about venueLimits::kMaxPageBytes of them. The new cursor is
    /// the last change the page accounts for (or `cursor` itself when nothing changed).
    Outcome<ChangeFeed> since(const VenueSession& session, qint64 cursor, int limit);

private:
    /// The record `change` names as the feed sends it.
    Outcome<QJsonValue> dataOf(const VenueSession& session, const Change& change);

    Storage& m_storage;
};

} // namespace vsys::server
