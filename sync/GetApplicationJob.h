// SPDX-License-Identifier: MIT
// GetApplicationJob: GET /applications/{id}, one application as the server has it.
#pragma once

#include "sync/ApplicationRecordJob.h"

namespace vsys::sync {

class GetApplicationJob : public ApplicationRecordJob
{
    Q_OBJECT
public:
    GetApplicationJob(ApiAccessManager& manager, QString id, QObject* parent = nullptr);

    void start() override;

private:
    QString m_id;
};

} // namespace vsys::sync
