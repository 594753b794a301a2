// SPDX-License-Identifier: MIT
// WebRateLimit: each address keeps at most `limit` times, so memory is bounded by kMaxAddresses × limit.
#include "server/web/WebRateLimit.h"

namespace vsys::server {

WebRateLimit::WebRateLimit(int limit, std::chrono::seconds window)
    : m_limit(limit)
    , m_window(window)
{}

void WebRateLimit::dropExpired(const QDateTime& now)
{
    const QDateTime start = now.addSecs(-m_window.count());
    for (auto it = m_events.begin(); it != m_events.end();) {
        it.value().removeIf([&start](const QDateTime& time) { return time <= start; });
        it = it.value().isEmpty() ? m_events.erase(it) : std::next(it);
    }
}

bool WebRateLimit::take(const QString& address, const QDateTime& now)
{
    const std::lock_guard lock(m_mutex);
    if (!m_events.contains(address) && m_events.size() >= kMaxAddresses) {
        dropExpired(now);
        if (m_events.size() >= kMaxAddresses) {
            return false;
        }
    }
    QList<QDateTime>& times = m_events[address];
    const QDateTime start = now.addSecs(-m_window.count());
    times.removeIf([&start](const QDateTime& time) { return time <= start; });
    if (times.size() >= m_limit) {
        return false;
    }
    times.append(now);
    return true;
}

qint64 WebRateLimit::retryAfter(const QString& address, const QDateTime& now)
{
    const std::lock_guard lock(m_mutex);
    const QList<QDateTime> times = m_events.value(address);
    if (times.isEmpty()) {
        return 1;
    }
    return std::max<qint64>(1, now.secsTo(times.first().addSecs(m_window.count())));
}

} // namespace vsys::server
