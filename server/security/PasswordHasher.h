// SPDX-License-Identifier: MIT
// パスワードのハッシュ: libsodium crypto_pwhash_str (Argon2id), so the server never keeps a password.
#pragma once

#include "core/Result.h"
#include "server/security/HashingSlots.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace vsys::server {

class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    /// Argon2id runs at most this many at once in the process. Each run takes 64 MiB
    /// (MEMLIMIT_INTERACTIVE), so 16 worker threads hashing at once would take 1 GiB; two keep it at
    /// 128 MiB, and the server's 2-core target could not run more than two at full speed anyway.
    /// A constant rather than an option: a deployment has no better number to choose.
    static constexpr int kConcurrentHashes = 2;
    /// How long a caller waits for a slot before giving up (a burst of 16 logins needs about 1 s).
    static constexpr std::chrono::seconds kMaxSlotWait{10};

    /// Initialises libsodium once (thread-safe); false if it cannot.
    static bool initialize();
    /// The process-wide slots of kConcurrentHashes every hash and verification runs in.
    static HashingSlots& hashingSlots();
    /// A self-describing salted hash (crypto_pwhash_str, OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE).
    /// Waits for one of hashingSlots() itself, so the caller must not hold one.
    static core::Result<QString> hash(const QString& password);
    /// Constant-time check (crypto_pwhash_str_verify). False for a malformed hash. `permit` is one of
    /// hashingSlots(): the caller waits for it, so that it can answer "busy" when the wait is too long.
    static bool verify(const HashingSlots::Permit& permit, const QString& storedHash, const QString& password);
};

} // namespace vsys::server
