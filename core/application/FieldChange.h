// SPDX-License-Identifier: MIT
// FieldChange (変更点): one field of an application's (申込) content before and after an edit, for the
// change log (変更履歴) and 「返却後の変更点」.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace vsys::core {

/// `path` joins object keys with dots (`company.address.postal_code`), as ContentDiff does. An
/// undefined QJsonValue means the field is absent on that side.
struct FieldChange
{
    QString path;
    QJsonValue before;
    QJsonValue after;

    bool operator==(const FieldChange&) const = default;
};

class FieldChanges
{
public:
    /// Every field that differs from `before` to `after`, ordered by path. A section that appears or
    /// disappears (or turns from a value into an object) is listed field by field, never as one
    /// object, so that later edits of its fields collapse with it. An empty object is a value of its own.
    static QList<FieldChange> between(const QJsonObject& before, const QJsonObject& after);

    /// The net effect of changes listed oldest first: one entry per path with the value before the
    /// first change and after the last, ordered by path. A field edited back to where it started is
    /// dropped.
    static QList<FieldChange> collapse(const QList<FieldChange>& inOrder);
};

} // namespace vsys::core
