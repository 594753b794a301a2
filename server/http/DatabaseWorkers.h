// SPDX-License-Identifier: MIT
// DatabaseWorkers: the few threads that own the server's database connections and run the requests'
// database work, which the many connection threads hand them through a bounded queue.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vsys::server {

/// A QtSql connection belongs to the thread that opened it, and Storage opens one per thread on first
/// use; so the number of threads here is exactly the number of database connections the process holds
/// (docs/server.md "Sizing"). A connection thread that calls run() waits (without a connection) while
/// its work runs here. The queue is bounded so that a peak beyond what the database can serve is
/// refused at once (503 with Retry-After) instead of piling up into timeouts.
class DatabaseWorkers
{
public:
    /// `threads` ≥ 1; `queueCapacity` is how many runs may wait for a busy thread, besides those running.
    DatabaseWorkers(int threads, int queueCapacity);
    /// stop().
    ~DatabaseWorkers();
    DatabaseWorkers(const DatabaseWorkers&) = delete;
    DatabaseWorkers& operator=(const DatabaseWorkers&) = delete;

    /// Runs `work` on one of the threads and returns when it has finished; an exception it throws is
    /// thrown again here. Returns false without running it when the queue is full or the workers stopped.
    /// Called on one of the workers' own threads, runs `work` in place (it already has its connection).
    bool run(const std::function<void()>& work);

    /// Finishes the work already queued, refuses new work and joins the threads (each closes its
    /// database connection on the way out). Safe to call twice.
    void stop();

    int threadCount() const { return int(m_threads.size()); }
    int queueCapacity() const { return m_capacity; }

private:
    struct Job;
    void serve();

    const int m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job*> m_queue;
    int m_inFlight = 0; ///< queued or running: at most threadCount() + m_capacity
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace vsys::server
