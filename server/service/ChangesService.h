// SPDX-License-Identifier: MIT
// ChangesService: the feed of GET /changes, each changed record once with its current data.
#pragma once

#include "server/service/Outcome.h"
#include "server/service/SessionService.h"

#include <QJsonArray>

namespace vsys::server {

class Storage;

struct ChangeFeed
{
    qint64 cursor = 0;
    QJsonArray changes; ///< {"kind","id","data"} in the order of their latest change
};

class ChangesService
{
public:
    explicit ChangesService(Storage& storage);

    /// The venue's and the global records changed after `cursor`; the new cursor is the last change
    /// returned (or `cursor` itself when nothing changed).
    Outcome<ChangeFeed> since(const VenueSession& session, qint64 cursor);

private:
    Storage& m_storage;
};

} // namespace vsys::server
