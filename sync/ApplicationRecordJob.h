// SPDX-License-Identifier: MIT
// ApplicationRecordJob: the common end of every request that answers with one application record.
#pragma once

#include "core/application/ApplicationRecord.h"
#include "sync/ApiJob.h"

namespace vsys::sync {

/// Reads the answer with the shared codec (core::ApplicationJson), so client and server agree on
/// every field.
class ApplicationRecordJob : public ApiJob
{
    Q_OBJECT
public:
    /// The record the server answered with (valid once succeeded()).
    const core::ApplicationRecord& record() const { return m_record; }

protected:
    using ApiJob::ApiJob;
    core::Result<void> readBody(const QByteArray& body) override;

private:
    core::ApplicationRecord m_record;
};

} // namespace vsys::sync
