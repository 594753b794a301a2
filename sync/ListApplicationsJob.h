// SPDX-License-Identifier: MIT
// ListApplicationsJob: GET /applications, this venue's applications, newest first.
#pragma once

#include "core/application/ApplicationRecord.h"
#include "sync/ApiJob.h"

#include <QList>

namespace vsys::sync {

class ListApplicationsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ListApplicationsJob(ApiAccessManager& manager, QObject* parent = nullptr);

    void start() override;

    const QList<core::ApplicationRecord>& applications() const { return m_applications; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    QList<core::ApplicationRecord> m_applications;
};

} // namespace vsys::sync
