// SPDX-License-Identifier: MIT
// FieldChanges: ContentDiff's differences, with whole objects opened up into their fields.
#include "core/application/FieldChange.h"

#include "core/application/ContentDiff.h"

#include <QHash>

#include <algorithm>

namespace vsys::core {

namespace {

bool byPath(const FieldChange& left, const FieldChange& right)
{
    return left.path < right.path;
}

/// `value` at `path` as appearing (from absent) or disappearing (to absent): a non-empty object
/// leaf by leaf.
void addFields(const QString& path, const QJsonValue& value, bool appearing, QList<FieldChange>& out)
{
    const QJsonObject object = value.toObject();
    if (object.isEmpty()) {
        const QJsonValue absent(QJsonValue::Undefined);
        out.append(appearing ? FieldChange{path, absent, value} : FieldChange{path, value, absent});
        return;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        addFields(path + u'.' + it.key(), *it, appearing, out);
    }
}

} // namespace

QList<FieldChange> FieldChanges::between(const QJsonObject& before, const QJsonObject& after)
{
    QList<FieldChange> changes;
    // diff() names the side it compares against `server`; here that is the older content.
    for (const ContentDifference& difference : ContentDiff::diff(after, before)) {
        const QJsonValue& old = difference.server;
        const QJsonValue& current = difference.local;
        // diff() only stops at an object when the other side is not one (absent, or a plain value).
        if (!old.isObject() && !current.isObject()) {
            changes.append({difference.path, old, current});
            continue;
        }
        if (!old.isUndefined()) {
            addFields(difference.path, old, false, changes);
        }
        if (!current.isUndefined()) {
            addFields(difference.path, current, true, changes);
        }
    }
    std::stable_sort(changes.begin(), changes.end(), byPath);
    return changes;
}

QList<FieldChange> FieldChanges::collapse(const QList<FieldChange>& inOrder)
{
    QList<FieldChange> net;
    QHash<QString, qsizetype> indexOfPath;
    for (const FieldChange& change : inOrder) {
        const auto found = indexOfPath.constFind(change.path);
        if (found == indexOfPath.constEnd()) {
            indexOfPath.insert(change.path, net.size());
            net.append(change);
        } else {
            net[*found].after = change.after;
        }
    }
    net.removeIf([](const FieldChange& change) { return change.before == change.after; });
    std::stable_sort(net.begin(), net.end(), byPath);
    return net;
}

} // namespace vsys::core
