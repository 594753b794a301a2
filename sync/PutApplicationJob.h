// SPDX-License-Identifier: MIT
// PutApplicationJob: PUT /applications/{id} with the content and If-Match: the version it was edited from.
#pragma once

#include "sync/ApplicationRecordJob.h"

#include <QJsonObject>

namespace vsys::sync {

class PutApplicationJob : public ApplicationRecordJob
{
    Q_OBJECT
public:
    /// `baseVersion` 0 creates the record (If-Match: 0, docs/api.md); otherwise the server refuses
    /// with a Conflict when its version is no longer `baseVersion`.
    PutApplicationJob(
        ApiAccessManager& manager, QString id, QJsonObject content, int baseVersion, QObject* parent = nullptr);

    void start() override;

private:
    QString m_id;
    QJsonObject m_content;
    int m_baseVersion = 0;
};

} // namespace vsys::sync
