// SPDX-License-Identifier: MIT
// ApplicationRecord (申込): one application as the server keeps it and the client caches it, and its
// JSON form on the wire (docs/api.md). Both sides use this one codec.
#pragma once

#include "core/Result.h"
#include "core/application/ApplicationStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace vsys::core {

struct ApplicationRecord
{
    QString id; ///< client-made UUID, lower case without braces
    QString number; ///< 申込番号 (e.g. 12345-1010101010-01), empty until submitted
    ApplicationStatus status = ApplicationStatus::Draft;
    int version = 0; ///< server version; 0 = never stored on the server
    QJsonObject content; ///< the form's sections; owned by the client
    QDateTime submittedAt; ///< 申込日時 (UTC)
    QDateTime reviewedAt; ///< 内容確認日時 (UTC)
    QString reviewComment; ///< 内容確認コメント
    QString issuedVsysId; ///< a new V-SYS ID issued on 確認済み, if any
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const ApplicationRecord&) const = default;
};

class ApplicationJson
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationJson)
public:
    static QJsonObject toJson(const ApplicationRecord& record);
    /// Errors name the field ("status", "content", ...).
    static Result<ApplicationRecord> fromJson(const QJsonObject& json);

    /// ISO 8601 UTC with milliseconds, or null for an invalid time (the wire format of docs/api.md).
    static QJsonValue timeToJson(const QDateTime& time);
    static QDateTime timeFromJson(const QJsonValue& value);
};

} // namespace vsys::core
