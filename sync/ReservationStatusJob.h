// SPDX-License-Identifier: MIT
// ReservationStatusJob: PUT /venue/reservation-status, the venue's 予約受付状態 (docs/api.md).
#pragma once

#include "core/venue/ReservationStatus.h"
#include "sync/ApiJob.h"

namespace vsys::sync {

class ReservationStatusJob : public ApiJob
{
    Q_OBJECT
public:
    ReservationStatusJob(ApiAccessManager& manager,
                         core::ReservationStatus status,
                         QString idempotencyKey,
                         QObject* parent = nullptr);

    void start() override;

    /// The venue's state as the server answered.
    const core::ReservationState& state() const { return m_state; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    core::ReservationStatus m_status;
    QString m_idempotencyKey;
    core::ReservationState m_state;
};

} // namespace vsys::sync
