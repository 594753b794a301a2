// SPDX-License-Identifier: MIT
// OutboxChannel: how the outbox sends one kind of record, so each job of the venue brings its own
// sending without the outbox knowing its routes (after the Nextcloud client's one class per job).
#pragma once

#include "core/Result.h"
#include "db/OutboxRepository.h"

#include <QString>

class QObject;

namespace vsys::sync {

class ApiAccessManager;
class ApiJob;

/// A channel writes its rows (record_kind = recordKind()) with db::OutboxRepository in the same
/// transaction as the local change, then calls Outbox::enqueued(). The outbox sends them in turn,
/// with their Idempotency-Key, retries after network failures and keeps refusals, as for every row.
class OutboxChannel
{
public:
    virtual ~OutboxChannel();

    /// The outbox's record_kind of the rows this channel sends.
    virtual QString recordKind() const = 0;
    /// The job that sends `entry`, not started, with `parent`. An error when the row cannot be sent
    /// at all (a damaged payload): the row is then kept as refused with the error's message.
    virtual core::Result<ApiJob*> createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent)
        = 0;
    /// Stores what the server answered to `job`, which succeeded. Runs inside the transaction that
    /// marks the row synced, so both happen or neither.
    virtual core::Result<void> accept(const db::OutboxEntry& entry, const ApiJob& job) = 0;
};

} // namespace vsys::sync
