// SPDX-License-Identifier: MIT
// Argon2id through libsodium's crypto_pwhash_str: the stored string carries its own salt and cost
// parameters, so the costs can be raised later without a database migration.
#include "server/security/PasswordHasher.h"

#include <QByteArray>

#include <array>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

/// Overwrites a buffer that held a password before it goes back to the allocator.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    }
}

} // namespace

bool PasswordHasher::initialize()
{
    // A function-local static is initialised exactly once even with concurrent callers;
    // sodium_init() returns 1 when it was already initialised, which is fine too.
    static const bool initialized = sodium_init() >= 0;
    return initialized;
}

HashingSlots& PasswordHasher::hashingSlots()
{
    static HashingSlots argon2id(kConcurrentHashes);
    return argon2id;
}

core::Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!initialize()) {
        return core::Error{u"password"_s, tr("The password cannot be protected: libsodium could not be initialised.")};
    }
    const auto permit = hashingSlots().acquire(kMaxSlotWait);
    if (!permit) {
        return core::Error{u"password"_s,
                           tr("The password cannot be protected now: the server is busy. Please try again.")};
    }
    QByteArray utf8 = password.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    const int rc = crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    wipe(utf8);
    if (rc != 0) {
        // crypto_pwhash_str fails only when it cannot get its working memory (64 MiB).
        return core::Error{u"password"_s, tr("The password cannot be protected: not enough memory for Argon2id.")};
    }
    return QString::fromLatin1(out.data());
}

bool PasswordHasher::verify(const HashingSlots::Permit& permit, const QString& storedHash, const QString& password)
{
    Q_ASSERT(permit.isFrom(hashingSlots()));
    if (!initialize()) {
        return false;
    }
    // crypto_pwhash_str_verify reads a NUL-terminated string of at most crypto_pwhash_STRBYTES bytes;
    // anything longer or not ASCII is not one of our hashes.
    std::array<char, crypto_pwhash_STRBYTES> stored{};
    if (storedHash.isEmpty() || storedHash.size() >= static_cast<qsizetype>(stored.size())) {
        return false;
    }
    for (qsizetype i = 0; i < storedHash.size(); ++i) {
        const char16_t c = storedHash.at(i).unicode();
        if (c < 0x21 || c > 0x7e) {
            return false;
        }
        stored[static_cast<size_t>(i)] = static_cast<char>(c);
    }
    QByteArray utf8 = password.toUtf8();
    const bool ok
        = crypto_pwhash_str_verify(stored.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
    wipe(utf8);
    return ok;
}

} // namespace vsys::server
