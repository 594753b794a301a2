// SPDX-License-Identifier: MIT
// PutApplicationJob: If-Match is always sent, 0 included, so a resent create can never overwrite a
// record that exists by now.
#include "sync/PutApplicationJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

PutApplicationJob::PutApplicationJob(
    ApiAccessManager& manager, QString id, QJsonObject content, int baseVersion, QObject* parent)
    : ApplicationRecordJob(manager, parent)
    , m_id(std::move(id))
    , m_content(std::move(content))
    , m_baseVersion(baseVersion)
{}

void PutApplicationJob::start()
{
    QNetworkRequest request = makeRequest(u"/applications/"_s + m_id);
    request.setRawHeader("If-Match", QByteArray::number(m_baseVersion));
    sendJson("PUT", request, QJsonObject{{u"content"_s, m_content}});
}

} // namespace vsys::sync
