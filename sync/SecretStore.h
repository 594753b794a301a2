// SPDX-License-Identifier: MIT
// SecretStore: where passwords and tokens are kept (the OS keychain), never in SQLite, QSettings or logs.
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace vsys::sync {

/// Asynchronous, because keychains may ask the user or a daemon: every call returns at once and
/// its handler runs later on the event loop, and only while `context` still exists.
class SecretStore
{
public:
    enum class Secret {
        Password, ///< the V-SYS ID's password, only when the user asked to remember it
        Token, ///< the session token, remembered with the password
    };

    /// A missing entry is not an error: it reads as std::nullopt.
    using ReadHandler = std::function<void(core::Result<std::optional<QString>>)>;
    using WriteHandler = std::function<void(core::Result<void>)>;

    virtual ~SecretStore();

    /// `<serverUrl>/<vsysId>/password` or `…/token`: one entry per V-SYS ID and server.
    static QString key(const QUrl& serverUrl, const QString& vsysId, Secret secret);

    virtual void read(const QString& key, QObject* context, ReadHandler done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, WriteHandler done) = 0;
    /// Removing a missing entry succeeds.
    virtual void remove(const QString& key, QObject* context, WriteHandler done) = 0;
};

} // namespace vsys::sync
