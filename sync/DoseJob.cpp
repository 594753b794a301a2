// SPDX-License-Identifier: MIT
// DoseJob: the record's own id makes a resend harmless (the server answers the same id and content with the
// record it has), so no Idempotency-Key is needed.
#include "sync/DoseJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

DoseJob::DoseJob(ApiAccessManager& manager, core::DoseEntry entry, QObject* parent)
    : ApiJob(manager, parent)
    , m_entry(std::move(entry))
{}

void DoseJob::start()
{
    sendJson("POST", makeRequest(u"/doses"_s), core::DoseJson::toJson(m_entry));
}

core::Result<void> DoseJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    auto stored = core::DoseJson::fromJson(json());
    if (!stored) {
        return core::Error{{}, unreadableAnswer(stored.error().message)};
    }
    if (stored->id != m_entry.id) {
        return core::Error{{}, unreadableAnswer(tr("the answer is about another dose"))};
    }
    m_stored = std::move(stored).value();
    return {};
}

} // namespace vsys::sync
