// SPDX-License-Identifier: MIT
// The fuzzer's bytes as the parsers take them. No copy is made, so AddressSanitizer sees a read past
// the input's end as the overflow it is.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace vsys::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The input as UTF-8 text (invalid sequences become U+FFFD, as when a user's paste is decoded).
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The input as a JSON object, or nothing when it is not one (the parsers below take objects).
inline std::optional<QJsonObject> jsonObject(const uint8_t* data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes(data, size));
    if (!document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

} // namespace vsys::fuzz
