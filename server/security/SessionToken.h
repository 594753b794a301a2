// SPDX-License-Identifier: MIT
// Bearer tokens for the sync API: random, and only their hash is stored (docs/api.md, Session).
#pragma once

#include <QString>

namespace vsys::server {

class SessionToken
{
public:
    /// 32 bytes from randombytes_buf, base64url without padding (43 characters).
    static QString generate();
    /// Hex SHA-256 of the token, the only form the database keeps.
    static QString storageHash(const QString& token);
};

} // namespace vsys::server
