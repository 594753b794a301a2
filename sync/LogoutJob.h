// SPDX-License-Identifier: MIT
// LogoutJob: DELETE /session ends the token on the server (docs/api.md "Session").
#pragma once

#include "sync/ApiJob.h"

namespace vsys::sync {

class LogoutJob : public ApiJob
{
    Q_OBJECT
public:
    explicit LogoutJob(ApiAccessManager& manager, QObject* parent = nullptr);

    void start() override;

protected:
    /// 204 has no body to read.
    core::Result<void> readBody(const QByteArray& body) override;
};

} // namespace vsys::sync
