// SPDX-License-Identifier: MIT
// ApplicationActionJob: POST /applications/{id}/submit|withdraw|resubmit (申込, 取下げ, 再申込).
#pragma once

#include "core/application/ApplicationStatus.h"
#include "sync/ApplicationRecordJob.h"

#include <optional>

namespace vsys::sync {

class ApplicationActionJob : public ApplicationRecordJob
{
    Q_OBJECT
public:
    /// The path segment of a venue action ("submit", ...); nullopt for actions that have no endpoint.
    static std::optional<QString> pathSegment(core::ApplicationAction action);

    /// `idempotencyKey` is the outbox row's, made once, so a resend repeats the first answer instead
    /// of acting twice. `baseVersion` > 0 is sent as If-Match: the action then applies only to the
    /// version the user saw.
    ApplicationActionJob(ApiAccessManager& manager,
                         QString id,
                         core::ApplicationAction action,
                         QString idempotencyKey,
                         int baseVersion,
                         QObject* parent = nullptr);

    void start() override;

private:
    QString m_id;
    core::ApplicationAction m_action;
    QString m_idempotencyKey;
    int m_baseVersion = 0;
};

} // namespace vsys::sync
