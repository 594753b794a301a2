// SPDX-License-Identifier: MIT
// IdempotencyRepository: the first answer to each action with an Idempotency-Key.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct IdempotencyKey
{
    QString venueId;
    QString key;
    QString method;
    QString path;
};

struct StoredResponse
{
    int status = 0;
    QByteArray body;
};

class IdempotencyRepository
{
public:
    explicit IdempotencyRepository(Storage& storage);

    core::Result<std::optional<StoredResponse>> find(const IdempotencyKey& key);
    /// Fails if the key is already stored: a concurrent request with the same key got there first.
    core::Result<void> store(const IdempotencyKey& key, const StoredResponse& response, const QDateTime& now);

private:
    Storage& m_storage;
};

} // namespace vsys::server
