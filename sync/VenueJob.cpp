// SPDX-License-Identifier: MIT
// VenueJob: the base's JSON object is the whole answer.
#include "sync/VenueJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

VenueJob::VenueJob(ApiAccessManager& manager, QObject* parent)
    : ApiJob(manager, parent)
{}

void VenueJob::start()
{
    sendRequest("GET", makeRequest(u"/venue"_s));
}

} // namespace vsys::sync
