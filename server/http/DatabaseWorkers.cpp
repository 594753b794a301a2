// SPDX-License-Identifier: MIT
// DatabaseWorkers: a job lives on the stack of the connection thread that waits for it, so queueing
// allocates nothing and a job can never outlive its caller.
#include "server/http/DatabaseWorkers.h"

#include <algorithm>
#include <exception>

namespace vsys::server {

namespace {

/// Set on the workers' threads, so that work which itself asks for the database runs in place.
thread_local const DatabaseWorkers* t_worker = nullptr;

} // namespace

struct DatabaseWorkers::Job
{
    const std::function<void()>& work;
    std::condition_variable finished;
    bool done = false;
    std::exception_ptr failure;
};

DatabaseWorkers::DatabaseWorkers(int threads, int queueCapacity)
    : m_capacity(std::max(0, queueCapacity))
{
    const int count = std::max(1, threads);
    m_threads.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        m_threads.emplace_back([this] { serve(); });
    }
}

DatabaseWorkers::~DatabaseWorkers()
{
    stop();
}

bool DatabaseWorkers::run(const std::function<void()>& work)
{
    if (t_worker == this) {
        work();
        return true;
    }
    Job job{work, {}, false, {}};
    std::unique_lock lock(m_mutex);
    if (m_stopping || m_inFlight >= threadCount() + m_capacity) {
        return false;
    }
    ++m_inFlight;
    m_queue.push_back(&job);
    m_wake.notify_one();
    job.finished.wait(lock, [&job] { return job.done; });
    lock.unlock();
    if (job.failure) {
        std::rethrow_exception(job.failure);
    }
    return true;
}

void DatabaseWorkers::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& thread : m_threads) {
        if (thread.joinable() && thread.get_id() != std::this_thread::get_id()) {
            thread.join();
        }
    }
}

void DatabaseWorkers::serve()
{
    t_worker = this;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) {
            return; // stopping, and everything queued before has run
        }
        Job* job = m_queue.front();
        m_queue.pop_front();
        lock.unlock();
        std::exception_ptr failure;
        try {
            job->work();
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        --m_inFlight;
        job->failure = failure;
        job->done = true;
        job->finished.notify_one();
    }
}

} // namespace vsys::server
