// SPDX-License-Identifier: MIT
// ContentDiff: the field-by-field comparison behind the conflict dialog (競合), and the merge of the
// user's choices, for the JSON `content` of two copies of one record.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace vsys::core {

/// One field that differs. `path` joins object keys with dots (`company.name`); a side that lacks
/// the field holds an undefined QJsonValue.
struct ContentDifference
{
    QString path;
    QJsonValue local;
    QJsonValue server;

    bool operator==(const ContentDifference&) const = default;
};

class ContentDiff
{
public:
    /// Every leaf where `local` and `server` differ, ordered by path. Objects are compared key by key;
    /// arrays and scalars are compared whole, because array items have no identity to pair them by.
    static QList<ContentDifference> diff(const QJsonObject& local, const QJsonObject& server);

    /// `local` with the server's value at every path in `takeServer` (the field removed where the
    /// server lacks it); every other field keeps the local value. Paths are those of diff().
    static QJsonObject merge(const QJsonObject& local, const QJsonObject& server, const QSet<QString>& takeServer);
};

} // namespace vsys::core
