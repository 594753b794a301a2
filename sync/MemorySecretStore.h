// SPDX-License-Identifier: MIT
// MemorySecretStore: a SecretStore that forgets everything when the program ends (tests, no keychain).
#pragma once

#include "sync/SecretStore.h"

#include <QHash>

namespace vsys::sync {

/// Answers on the next event-loop turn, like a real keychain, so callers cannot come to rely on
/// synchronous answers.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString& key, QObject* context, ReadHandler done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteHandler done) override;
    void remove(const QString& key, QObject* context, WriteHandler done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace vsys::sync
