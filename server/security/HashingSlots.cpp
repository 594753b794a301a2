// SPDX-License-Identifier: MIT
// HashingSlots: mutex and condition variable rather than std::counting_semaphore, because the
// statistics (waiting, peak) must change together with the count.
#include "server/security/HashingSlots.h"

#include <algorithm>
#include <utility>

namespace vsys::server {

HashingSlots::Permit::Permit(HashingSlots* owner)
    : m_owner(owner)
{}

HashingSlots::Permit::Permit(Permit&& other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr))
{}

HashingSlots::Permit::~Permit()
{
    if (m_owner) {
        m_owner->release();
    }
}

bool HashingSlots::Permit::isFrom(const HashingSlots& owner) const
{
    return m_owner == &owner;
}

HashingSlots::HashingSlots(int capacity)
    : m_capacity(std::max(1, capacity))
{}

std::optional<HashingSlots::Permit> HashingSlots::acquire(std::chrono::milliseconds maxWait)
{
    std::unique_lock lock(m_mutex);
    ++m_statistics.waiting;
    const bool free = m_freed.wait_for(lock, maxWait, [this] { return m_statistics.inUse < m_capacity; });
    --m_statistics.waiting;
    if (!free) {
        return std::nullopt;
    }
    ++m_statistics.inUse;
    ++m_statistics.granted;
    m_statistics.peakInUse = std::max(m_statistics.peakInUse, m_statistics.inUse);
    return Permit(this);
}

void HashingSlots::release()
{
    {
        const std::lock_guard lock(m_mutex);
        --m_statistics.inUse;
    }
    m_freed.notify_one();
}

HashingSlots::Statistics HashingSlots::statistics() const
{
    const std::lock_guard lock(m_mutex);
    return m_statistics;
}

void HashingSlots::resetPeak()
{
    const std::lock_guard lock(m_mutex);
    m_statistics.peakInUse = m_statistics.inUse;
}

} // namespace vsys::server
