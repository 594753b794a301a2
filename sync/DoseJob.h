// SPDX-License-Identifier: MIT
// DoseJob: POST /doses, one record of the 接種台帳 (docs/api.md).
#pragma once

#include "core/ledger/DoseEntry.h"
#include "sync/ApiJob.h"

namespace vsys::sync {

class DoseJob : public ApiJob
{
    Q_OBJECT
public:
    DoseJob(ApiAccessManager& manager, core::DoseEntry entry, QObject* parent = nullptr);

    void start() override;

    /// The record as the server stored it.
    const core::DoseEntry& stored() const { return m_stored; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    core::DoseEntry m_entry;
    core::DoseEntry m_stored;
};

} // namespace vsys::sync
