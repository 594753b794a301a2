// SPDX-License-Identifier: MIT
// ContentDiff: a recursive walk over the union of both objects' keys; merge writes chosen leaves back by path.
#include "core/application/ContentDiff.h"

#include <QStringList>

namespace vsys::core {

namespace {

void collect(const QString& prefix, const QJsonObject& local, const QJsonObject& server, QList<ContentDifference>& out)
{
    // QJsonObject keeps its keys sorted, so merging the two key lists keeps the result ordered.
    QStringList keys = local.keys();
    for (const QString& key : server.keys()) {
        if (!local.contains(key)) {
            keys.append(key);
        }
    }
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        const QString path = prefix.isEmpty() ? key : prefix + u'.' + key;
        const QJsonValue localValue = local.value(key);
        const QJsonValue serverValue = server.value(key);
        if (localValue.isObject() && serverValue.isObject()) {
            collect(path, localValue.toObject(), serverValue.toObject(), out);
        } else if (localValue != serverValue) {
            out.append({path, localValue, serverValue});
        }
    }
}

QJsonValue valueAt(const QJsonObject& object, const QStringList& keys)
{
    QJsonValue value = object;
    for (const QString& key : keys) {
        if (!value.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        value = value.toObject().value(key);
    }
    return value;
}

void setAt(QJsonObject& object, QStringList keys, const QJsonValue& value)
{
    const QString key = keys.takeFirst();
    if (keys.isEmpty()) {
        if (value.isUndefined()) {
            object.remove(key);
        } else {
            object.insert(key, value);
        }
        return;
    }
    // A path through a field that is not an object on this side (the server made it one) replaces it.
    QJsonObject child = object.value(key).toObject();
    setAt(child, keys, value);
    object.insert(key, child);
}

} // namespace

QList<ContentDifference> ContentDiff::diff(const QJsonObject& local, const QJsonObject& server)
{
    QList<ContentDifference> differences;
    collect(QString(), local, server, differences);
    return differences;
}

QJsonObject ContentDiff::merge(const QJsonObject& local, const QJsonObject& server, const QSet<QString>& takeServer)
{
    QJsonObject merged = local;
    QStringList paths(takeServer.cbegin(), takeServer.cend());
    // Parents before children, so a chosen parent never overwrites a child chosen after it.
    paths.sort();
    for (const QString& path : std::as_const(paths)) {
        const QStringList keys = path.split(u'.');
        setAt(merged, keys, valueAt(server, keys));
    }
    return merged;
}

} // namespace vsys::core
