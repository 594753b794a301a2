// SPDX-License-Identifier: MIT
// StoredJson: JSON objects (application content, 既存登録情報) as the TEXT columns that hold them.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace vsys::server::storedJson {

inline QString toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// An empty object for NULL or damaged text; the columns are only ever written by toText().
inline QJsonObject fromVariant(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

/// The stored text as UTF-8 JSON for a reply that passes it on without parsing it: the columns are only ever
/// written by toText() (docs/decisions.md), so the text is an object; NULL or empty reads as {}.
inline QByteArray textOf(const QVariant& value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QByteArrayLiteral("{}") : text.toUtf8();
}

} // namespace vsys::server::storedJson
