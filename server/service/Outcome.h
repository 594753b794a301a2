// SPDX-License-Identifier: MIT
// Outcome<T>: a service's answer, or why not: a core::Error whose code is the sync API's error code
// (docs/api.md), plus what only the server adds to it.
#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <chrono>
#include <optional>
#include <utility>

namespace vsys::server {

/// Why a service said no. `error.code` is the kind (the HTTP layer turns it into a status and API
/// error code, the admin tool into a message and exit code); `error.message` is already the
/// translated text for the user. A repository's error arrives as a plain core::Error with code
/// Storage (Storage::failure).
struct ServiceError
{
    ServiceError(core::Error base = {},
                 std::optional<QJsonObject> copy = std::nullopt,
                 std::chrono::seconds wait = std::chrono::seconds{0})
        : error(std::move(base))
        , serverCopy(std::move(copy))
        , retryAfter(wait)
    {}

    core::ErrorCode code() const { return error.code; }

    core::Error error;
    std::optional<QJsonObject> serverCopy; ///< VersionConflict: the record in its wire form ("server_copy")
    std::chrono::seconds retryAfter{0}; ///< TooManyAttempts: the Retry-After
};

template <typename T> using Outcome = core::Result<T, ServiceError>;

} // namespace vsys::server
