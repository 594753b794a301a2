// SPDX-License-Identifier: MIT
// ApplicationRecordJob: a record the codec refuses fails the job with the codec's reason.
#include "sync/ApplicationRecordJob.h"

namespace vsys::sync {

core::Result<void> ApplicationRecordJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    auto record = core::ApplicationJson::fromJson(json());
    if (!record) {
        return core::Error{record.error().field, unreadableAnswer(record.error().message)};
    }
    m_record = std::move(record).value();
    return {};
}

} // namespace vsys::sync
