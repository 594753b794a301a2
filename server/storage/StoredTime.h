// SPDX-License-Identifier: MIT
// StoredTime: timestamps as the server stores and sends them, ISO 8601 UTC with milliseconds.
#pragma once

#include <QDateTime>
#include <QVariant>

namespace vsys::server::storedTime {

/// "2021-12-20T02:20:00.000Z", or NULL for an invalid time.
inline QVariant toVariant(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

/// The stored text back as UTC; invalid for NULL.
inline QDateTime fromVariant(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace vsys::server::storedTime
