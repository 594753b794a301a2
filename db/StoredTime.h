// SPDX-License-Identifier: MIT
// How the local store writes times: ISO 8601 UTC text with milliseconds (0001_initial.sql), NULL for none.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace vsys::db {

/// Text that sorts in time order, so SQL can compare stored times as strings.
inline QVariant toStoredTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

/// A null QDateTime for NULL or unreadable text.
inline QDateTime fromStoredTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace vsys::db
