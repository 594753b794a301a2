// SPDX-License-Identifier: MIT
// ServerClock: an offset to the system clock, so a demo clock also moves when the PC sleeps.
#include "server/ServerClock.h"

namespace vsys::server {

ServerClock ServerClock::startingAt(const QDateTime& start)
{
    ServerClock clock;
    clock.m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(start);
    return clock;
}

QDateTime ServerClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

} // namespace vsys::server
