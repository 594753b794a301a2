// SPDX-License-Identifier: MIT
// IdempotentAction: runs an action once per Idempotency-Key and replays its first answer byte for byte.
#pragma once

#include "server/service/Outcome.h"
#include "server/storage/IdempotencyRepository.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <httplib.h>
#include <optional>

namespace vsys::server {

class Storage;

/// The action and its stored answer commit together, so a retry after a lost response finds either
/// nothing (and the action runs) or the answer (and nothing runs again). Two requests with the same
/// key at once: SQLite runs them one after the other; on PostgreSQL the second one's insert of the
/// key waits for the first and fails, and the retry then finds the stored answer.
class IdempotentAction
{
public:
    /// An answer of the action; nothing for a storage failure, which is not stored (the client may retry).
    using Action = std::function<std::optional<StoredResponse>()>;

    explicit IdempotentAction(Storage& storage);

    /// The stored or new answer; nothing when the database failed.
    std::optional<StoredResponse> run(const IdempotencyKey& key, const Action& action);
    /// run() for a service call: answers `response` with `successStatus` (201 for a created record) and
    /// the JSON `call` returned, or with its refusal (both stored for the key), or 500 internal when the
    /// database failed (not stored).
    void answer(const IdempotencyKey& key,
                httplib::Response& response,
                const std::function<Outcome<QJsonObject>()>& call,
                int successStatus = 200);

private:
    Storage& m_storage;
};

} // namespace vsys::server
