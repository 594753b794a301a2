// SPDX-License-Identifier: MIT
// LogoutJob: a bodiless DELETE.
#include "sync/LogoutJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

LogoutJob::LogoutJob(ApiAccessManager& manager, QObject* parent)
    : ApiJob(manager, parent)
{}

void LogoutJob::start()
{
    sendRequest("DELETE", makeRequest(u"/session"_s));
}

core::Result<void> LogoutJob::readBody(const QByteArray&)
{
    return {};
}

} // namespace vsys::sync
