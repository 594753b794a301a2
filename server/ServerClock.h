// SPDX-License-Identifier: MIT
// ServerClock: the server's "now" for the クール and 接種計画 rules (計画変更バッチ deadlines), which the
// demo runs from the briefing's date instead of today.
#pragma once

#include <QDateTime>

namespace vsys::server {

/// The real time, or a time that started at a chosen moment and runs at the real pace (the demo's
/// 2022-03-01 10:00, so that the briefing's plan screen is live). Copies run in step; now() may be
/// called from any thread.
class ServerClock
{
public:
    /// The real time.
    ServerClock() = default;
    /// now() is `start` at the moment of this call, and advances from there in real time.
    static ServerClock startingAt(const QDateTime& start);

    /// UTC.
    QDateTime now() const;

private:
    qint64 m_offsetMs = 0; ///< added to the real time
};

} // namespace vsys::server
