// SPDX-License-Identifier: MIT
// JsonText: optional text on the wire, where "not set" is null rather than an empty string.
#pragma once

#include <QJsonValue>
#include <QString>

namespace vsys::core {

/// null for an empty text, else the text: how records send a field that has no value yet.
inline QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace vsys::core
