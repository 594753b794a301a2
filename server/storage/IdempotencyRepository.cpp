// SPDX-License-Identifier: MIT
// IdempotencyRepository: SQL for idempotency rows; the body is the exact UTF-8 JSON that was sent.
#include "server/storage/IdempotencyRepository.h"

#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kSelect = u"SELECT status, response_body FROM idempotency WHERE venue_id = :venue_id AND "
                        "idempotency_key = :key AND method = :method AND path = :path"_s;
const QString kInsert = u"INSERT INTO idempotency (venue_id, idempotency_key, method, path, status, response_body, "
                        "created_at) VALUES (:venue_id, :key, :method, :path, :status, :body, :now)"_s;

QVariantMap keyValues(const IdempotencyKey& key)
{
    return {{u"venue_id"_s, key.venueId}, {u"key"_s, key.key}, {u"method"_s, key.method}, {u"path"_s, key.path}};
}

} // namespace

IdempotencyRepository::IdempotencyRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<std::optional<StoredResponse>> IdempotencyRepository::find(const IdempotencyKey& key)
{
    auto rows = m_storage.execute(kSelect, keyValues(key));
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<StoredResponse>();
    }
    return std::optional(StoredResponse{rows->value(0).toInt(), rows->value(1).toString().toUtf8()});
}

core::Result<void>
IdempotencyRepository::store(const IdempotencyKey& key, const StoredResponse& response, const QDateTime& now)
{
    QVariantMap values = keyValues(key);
    values.insert(u"status"_s, response.status);
    values.insert(u"body"_s, QString::fromUtf8(response.body));
    values.insert(u"now"_s, storedTime::toVariant(now));
    return m_storage.run(kInsert, values);
}

} // namespace vsys::server
