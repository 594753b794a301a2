// SPDX-License-Identifier: MIT
// HashingSlots: a counting semaphore for memory-hard work (Argon2id), so that a burst of logins waits
// its turn instead of taking 64 MiB each at once.
#pragma once

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace vsys::server {

class HashingSlots
{
public:
    /// One slot, held while the work runs; moving it moves the duty to give it back.
    class Permit
    {
    public:
        Permit(Permit&& other) noexcept;
        Permit& operator=(Permit&&) = delete;
        Permit(const Permit&) = delete;
        Permit& operator=(const Permit&) = delete;
        ~Permit();

        bool isFrom(const HashingSlots& owner) const;

    private:
        friend class HashingSlots;
        explicit Permit(HashingSlots* owner);
        HashingSlots* m_owner;
    };

    /// What the slots have seen; for tests and the log.
    struct Statistics
    {
        int inUse = 0;
        int waiting = 0;
        int peakInUse = 0; ///< the most slots held at once since construction or resetPeak()
        quint64 granted = 0; ///< permits given out since construction
    };

    explicit HashingSlots(int capacity);
    HashingSlots(const HashingSlots&) = delete;
    HashingSlots& operator=(const HashingSlots&) = delete;

    int capacity() const { return m_capacity; }
    /// A permit as soon as a slot is free, or nothing after `maxWait`.
    std::optional<Permit> acquire(std::chrono::milliseconds maxWait);
    Statistics statistics() const;
    /// Starts a new peak from the slots held now.
    void resetPeak();

private:
    void release();

    const int m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    Statistics m_statistics;
};

} // namespace vsys::server
