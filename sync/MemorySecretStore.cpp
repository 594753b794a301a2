// SPDX-License-Identifier: MIT
// MemorySecretStore: the change happens at once; only the answer is deferred.
#include "sync/MemorySecretStore.h"

#include <QTimer>

namespace vsys::sync {

void MemorySecretStore::read(const QString& key, QObject* context, ReadHandler done)
{
    const auto found = m_secrets.constFind(key);
    const std::optional<QString> secret = found == m_secrets.cend() ? std::nullopt : std::optional<QString>(*found);
    QTimer::singleShot(0, context, [secret, done = std::move(done)] { done(secret); });
}

void MemorySecretStore::write(const QString& key, const QString& secret, QObject* context, WriteHandler done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, WriteHandler done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
}

} // namespace vsys::sync
