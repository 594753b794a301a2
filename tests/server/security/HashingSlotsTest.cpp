// SPDX-License-Identifier: MIT
// The cap on concurrent Argon2id runs: never more holders than slots, the rest wait their turn or give up.
#include "server/security/HashingSlots.h"

#include <condition_variable>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>
#include <vector>

using vsys::server::HashingSlots;
using namespace std::chrono_literals;

TEST(HashingSlotsTest, NeverMoreHoldersThanSlots)
{
    HashingSlots cap(2);
    std::mutex mutex;
    std::condition_variable changed;
    int holding = 0;
    int mostHolding = 0;
    bool go = false;

    std::vector<std::thread> workers;
    for (int i = 0; i < 6; ++i) {
        workers.emplace_back([&] {
            const auto permit = cap.acquire(60s);
            ASSERT_TRUE(permit);
            std::unique_lock lock(mutex);
            mostHolding = std::max(mostHolding, ++holding);
            changed.notify_all();
            changed.wait(lock, [&] { return go; });
            --holding;
        });
    }
    {
        // Until every worker holds a slot or waits in acquire(), which does not notify `changed`, so
        // the condition is looked at again every few milliseconds.
        std::unique_lock lock(mutex);
        while (!changed.wait_for(lock, 5ms, [&] { return holding + cap.statistics().waiting == 6; })) {}
        EXPECT_EQ(holding, 2);
        EXPECT_EQ(cap.statistics().inUse, 2);
        go = true;
        changed.notify_all();
    }
    for (std::thread& worker : workers) {
        worker.join();
    }
    const HashingSlots::Statistics statistics = cap.statistics();
    EXPECT_EQ(mostHolding, 2);
    EXPECT_EQ(statistics.peakInUse, 2);
    EXPECT_EQ(statistics.granted, 6u);
    EXPECT_EQ(statistics.inUse, 0);
    EXPECT_EQ(statistics.waiting, 0);
}

TEST(HashingSlotsTest, GivesUpAfterTheWait)
{
    HashingSlots cap(1);
    auto held = cap.acquire(1s);
    ASSERT_TRUE(held);
    EXPECT_FALSE(cap.acquire(10ms));
    EXPECT_EQ(cap.statistics().waiting, 0);
    EXPECT_EQ(cap.statistics().granted, 1u);
    held.reset();
    EXPECT_TRUE(cap.acquire(0ms));
}

TEST(HashingSlotsTest, AMovedPermitIsReleasedOnce)
{
    HashingSlots cap(2);
    {
        auto first = cap.acquire(1s);
        ASSERT_TRUE(first);
        const HashingSlots::Permit moved(std::move(*first));
        first.reset();
        EXPECT_EQ(cap.statistics().inUse, 1);
    }
    EXPECT_EQ(cap.statistics().inUse, 0);
}

TEST(HashingSlotsTest, PeakStartsAgainFromTheSlotsHeldNow)
{
    HashingSlots cap(3);
    auto a = cap.acquire(1s);
    auto b = cap.acquire(1s);
    b.reset();
    EXPECT_EQ(cap.statistics().peakInUse, 2);
    cap.resetPeak();
    EXPECT_EQ(cap.statistics().peakInUse, 1);
    EXPECT_EQ(HashingSlots(0).capacity(), 1); // a cap of none would block every login
}
