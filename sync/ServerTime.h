// SPDX-License-Identifier: MIT
// ServerTime: the server's clock as an answer stated it (server_time of GET /cools and GET/PUT /plan),
// against this PC's clock when the answer arrived.
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace vsys::sync {

/// The クール locks are judged at the server's time, not the PC's (docs/api.md "クール calendar"); the
/// difference of the two clocks is what the client keeps to know the server's time offline.
struct ServerTime
{
    QDateTime serverTime; ///< server_time
    QDateTime receivedAt; ///< this PC's clock when the answer arrived

    /// The server's clock minus this PC's clock.
    qint64 offsetMs() const { return receivedAt.msecsTo(serverTime); }

    /// server_time of `answer` against the PC's clock now; nullopt when it has no readable one.
    static std::optional<ServerTime> read(const QJsonObject& answer);
};

} // namespace vsys::sync
