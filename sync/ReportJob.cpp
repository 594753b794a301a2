// SPDX-License-Identifier: MIT
// ReportJob: the Idempotency-Key made when the report was queued goes with every resend, so the server
// stores it once however often the answer is lost.
#include "sync/ReportJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

ReportJob::ReportJob(ApiAccessManager& manager, core::PerformanceReport report, QString idempotencyKey, QObject* parent)
    : ApiJob(manager, parent)
    , m_report(std::move(report))
    , m_idempotencyKey(std::move(idempotencyKey))
{}

void ReportJob::start()
{
    QNetworkRequest request = makeRequest(u"/reports"_s);
    request.setRawHeader("Idempotency-Key", m_idempotencyKey.toLatin1());
    QJsonObject body = core::ReportJson::toJson(m_report);
    // The server says who reported and when.
    body.remove(u"reported_by"_s);
    body.remove(u"reported_at"_s);
    sendJson("POST", request, body);
}

core::Result<void> ReportJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    auto stored = core::ReportJson::fromJson(json());
    if (!stored) {
        return core::Error{{}, unreadableAnswer(stored.error().message)};
    }
    if (stored->id != m_report.id) {
        return core::Error{{}, unreadableAnswer(tr("the answer is about another report"))};
    }
    m_stored = std::move(stored).value();
    return {};
}

} // namespace vsys::sync
