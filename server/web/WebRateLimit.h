// SPDX-License-Identifier: MIT
// WebRateLimit: at most N events per address in a sliding window, for the public pages' POSTs.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <mutex>

namespace vsys::server {

/// In memory, per server process; nginx's limit_req in front (packaging/nginx/vsysdesk.conf) is the limit
/// across processes. take() counts and decides under one lock, so parallel requests cannot pass together.
/// The table is bounded: when kMaxAddresses are tracked, expired ones are dropped, and while it is still full
/// new addresses are refused (a flood from many addresses gets 429s, not our memory).
class WebRateLimit
{
public:
    static constexpr int kMaxAddresses = 100'000;

    WebRateLimit(int limit, std::chrono::seconds window);

    /// Counts one event of `address` at `now`; false (and not counted) when it would be over the limit.
    bool take(const QString& address, const QDateTime& now);
    /// Seconds until `address` may try again (for Retry-After); at least 1.
    qint64 retryAfter(const QString& address, const QDateTime& now);

private:
    void dropExpired(const QDateTime& now);

    const int m_limit;
    const std::chrono::seconds m_window;
    std::mutex m_mutex;
    QHash<QString, QList<QDateTime>> m_events;
};

} // namespace vsys::server
