// SPDX-License-Identifier: MIT
// ReservationStatusJob: the Idempotency-Key made when the change was queued goes with every resend.
#include "sync/ReservationStatusJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

ReservationStatusJob::ReservationStatusJob(ApiAccessManager& manager,
                                           core::ReservationStatus status,
                                           QString idempotencyKey,
                                           QObject* parent)
    : ApiJob(manager, parent)
    , m_status(status)
    , m_idempotencyKey(std::move(idempotencyKey))
{}

void ReservationStatusJob::start()
{
    QNetworkRequest request = makeRequest(u"/venue/reservation-status"_s);
    request.setRawHeader("Idempotency-Key", m_idempotencyKey.toLatin1());
    sendJson("PUT", request, {{u"status"_s, core::ReservationStatusText::key(m_status)}});
}

core::Result<void> ReservationStatusJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    auto state = core::ReservationStateJson::fromJson(json());
    if (!state) {
        return core::Error{{}, unreadableAnswer(state.error().message)};
    }
    m_state = *state;
    return {};
}

} // namespace vsys::sync
