// SPDX-License-Identifier: MIT
// CoolsJob: the calendar is global, but allocated_boxes is this venue's.
#include "sync/CoolsJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

CoolsJob::CoolsJob(ApiAccessManager& manager, QObject* parent)
    : ApiJob(manager, parent)
{}

void CoolsJob::start()
{
    sendRequest("GET", makeRequest(u"/cools"_s));
}

QJsonArray CoolsJob::cools() const
{
    return json().value(u"cools"_s).toArray();
}

core::Result<void> CoolsJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    m_serverTime = ServerTime::read(json());
    return {};
}

} // namespace vsys::sync
