// SPDX-License-Identifier: MIT
// Session tokens: 256 random bits, handed to the client once; the database keeps only their SHA-256,
// so a leaked database does not leak usable tokens. A plain hash (no salt, no Argon2) is enough because
// the token itself has full entropy, and it lets the server find a session by an indexed lookup.
#include "server/security/SessionToken.h"

#include "server/security/PasswordHasher.h"

#include <QByteArray>

#include <array>
#include <sodium.h>

namespace vsys::server {

namespace {
constexpr size_t kTokenBytes = 32;
}

QString SessionToken::generate()
{
    // sodium_init() picks the system's randomness source once; randombytes_buf() never returns weak
    // bytes: without a source (no getrandom, no /dev/urandom) libsodium aborts the process itself.
    PasswordHasher::initialize();
    QByteArray raw(static_cast<qsizetype>(kTokenBytes), Qt::Uninitialized);
    randombytes_buf(raw.data(), kTokenBytes);
    QString token = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw.data(), kTokenBytes);
    return token;
}

QString SessionToken::storageHash(const QString& token)
{
    const QByteArray utf8 = token.toUtf8();
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(digest.size())).toHex());
}

} // namespace vsys::server
