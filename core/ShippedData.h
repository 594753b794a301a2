// SPDX-License-Identifier: MIT
// ShippedData: the data files compiled into vsys_core (:/data/…, from resources/), read once by each
// rule's builtIn(). A missing or malformed shipped file is a broken build, never a user's problem:
// the files are tested, so the process stops with the file's name rather than run on a guess.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vsys::core::shipped {

/// The bytes of `resourcePath`; stops the process if the file is not compiled in.
QByteArray read(const QString& resourcePath);

[[noreturn]] void malformed(const QString& resourcePath, const QString& why);

/// The parsed shipped file, or stops the process naming it.
template <typename T> T require(Result<T> parsed, const QString& resourcePath)
{
    if (!parsed) {
        malformed(resourcePath, parsed.error().message);
    }
    return std::move(parsed).value();
}

template <typename T> T require(std::optional<T> parsed, const QString& resourcePath)
{
    if (!parsed) {
        malformed(resourcePath, {});
    }
    return std::move(*parsed);
}

} // namespace vsys::core::shipped
