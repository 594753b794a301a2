// SPDX-License-Identifier: MIT
// GetApplicationJob: the id is a UUID, so it needs no escaping in the path.
#include "sync/GetApplicationJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

GetApplicationJob::GetApplicationJob(ApiAccessManager& manager, QString id, QObject* parent)
    : ApplicationRecordJob(manager, parent)
    , m_id(std::move(id))
{}

void GetApplicationJob::start()
{
    sendRequest("GET", makeRequest(u"/applications/"_s + m_id));
}

} // namespace vsys::sync
