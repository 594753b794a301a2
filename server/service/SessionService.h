// SPDX-License-Identifier: MIT
// SessionService: login with V-SYS ID and password, bearer tokens, and the login throttle.
#pragma once

#include "server/service/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace vsys::server {

class Storage;

/// Who a request speaks for, from its bearer token.
struct VenueSession
{
    QString tokenHash;
    QString vsysId;
    QString venueId;
};

struct Login
{
    QString token; ///< given to the client once; only its hash is stored
    QDateTime expiresAt;
    QString vsysId;
    QString venueId;
    QString venueName;
};

class SessionService
{
    Q_DECLARE_TR_FUNCTIONS(SessionService)
public:
    static constexpr int kSessionHours = 12;
    /// Retry-After when no password-hashing slot came free in time (PasswordHasher::kMaxSlotWait).
    static constexpr std::chrono::seconds kBusyRetryAfter{5};

    explicit SessionService(Storage& storage);

    /// Unauthorized with one message for a wrong ID and a wrong password alike; TooManyAttempts while
    /// the V-SYS ID is locked (LoginThrottle), whether or not the password is right, and when the
    /// server is too busy hashing to check the password. Every attempt of a well-formed ID counts as
    /// a failure from before its password is checked until it succeeds, so however many arrive at
    /// once, at most LoginThrottle::kFreeFailures + 1 passwords are checked before the lock.
    Outcome<Login> login(const QString& vsysId, const QString& password);
    Outcome<std::monostate> logout(const VenueSession& session);
    /// The live session of `token`, or nothing for an unknown or expired one.
    core::Result<std::optional<VenueSession>> authenticate(const QString& token);

    static QString wrongCredentialsMessage();

private:
    /// One attempt for `vsysId` (SessionRepository::reserveAttempt), locking the ID when the
    /// attempt's count calls for it; TooManyAttempts while it is locked.
    Outcome<std::monostate> takeAttempt(const QString& vsysId);
    static ServiceError busy();

    Storage& m_storage;
};

} // namespace vsys::server
