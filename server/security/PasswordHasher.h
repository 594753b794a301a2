// SPDX-License-Identifier: MIT
// パスワードのハッシュ: libsodium crypto_pwhash_str (Argon2id), so the server never keeps a password.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vsys::server {

class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    /// Initialises libsodium once (thread-safe); false if it cannot.
    static bool initialize();
    /// A self-describing salted hash (crypto_pwhash_str, OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE).
    static core::Result<QString> hash(const QString& password);
    /// Constant-time check (crypto_pwhash_str_verify). False for a malformed hash.
    static bool verify(const QString& storedHash, const QString& password);
};

} // namespace vsys::server
