// SPDX-License-Identifier: MIT
// ListApplicationsJob: GET /applications, this venue's applications, newest first, every page of them.
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

    /// Every page's records: the job asks for the next page (`after` = the answer's "next") until
    /// an answer has none, and finishes with the first failure of any page.
    const QList<core::ApplicationRecord>& applications() const { return m_applications; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;
    bool sendFollowUp() override;

private:
    void sendPage();

    QList<core::ApplicationRecord> m_applications;
    QString m_after;
    QString m_next;
};

} // namespace vsys::sync
