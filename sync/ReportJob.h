// SPDX-License-Identifier: MIT
// ReportJob: POST /reports, one 実績・廃棄の報告 (docs/api.md).
#pragma once

#include "core/report/PerformanceReport.h"
#include "sync/ApiJob.h"

namespace vsys::sync {

class ReportJob : public ApiJob
{
    Q_OBJECT
public:
    ReportJob(ApiAccessManager& manager,
              core::PerformanceReport report,
              QString idempotencyKey,
              QObject* parent = nullptr);

    void start() override;

    /// The report as the server stored it (with reported_by and reported_at).
    const core::PerformanceReport& stored() const { return m_stored; }
    /// The answer's JSON, kept as the server's record.
    const QJsonObject& answer() const { return json(); }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    core::PerformanceReport m_report;
    QString m_idempotencyKey;
    core::PerformanceReport m_stored;
};

} // namespace vsys::sync
