// SPDX-License-Identifier: MIT
// The lockout table of docs/api.md (Session): free up to 4 failures, then 2^(n−5) minutes, at most 60.
#include "server/security/LoginThrottle.h"

#include <gtest/gtest.h>
#include <limits>

using vsys::server::LoginThrottle;
using namespace std::chrono_literals;

TEST(LoginThrottleTest, NoLockoutBeforeTheFifthFailure)
{
    for (int failures = 0; failures <= 4; ++failures) {
        EXPECT_EQ(LoginThrottle::lockoutAfter(failures), 0s) << failures << " failures";
    }
    EXPECT_EQ(LoginThrottle::lockoutAfter(-1), 0s);
}

TEST(LoginThrottleTest, DoublesFromOneMinute)
{
    EXPECT_EQ(LoginThrottle::lockoutAfter(5), 60s);
    EXPECT_EQ(LoginThrottle::lockoutAfter(6), 120s);
    EXPECT_EQ(LoginThrottle::lockoutAfter(7), 240s);
    EXPECT_EQ(LoginThrottle::lockoutAfter(8), 480s);
    EXPECT_EQ(LoginThrottle::lockoutAfter(9), 960s);
    EXPECT_EQ(LoginThrottle::lockoutAfter(10), 1920s);
}

TEST(LoginThrottleTest, CappedAtOneHour)
{
    EXPECT_EQ(LoginThrottle::lockoutAfter(11), 3600s); // 64 minutes, capped
    EXPECT_EQ(LoginThrottle::lockoutAfter(20), 3600s);
    EXPECT_EQ(LoginThrottle::lockoutAfter(100), 3600s);
    EXPECT_EQ(LoginThrottle::lockoutAfter(std::numeric_limits<int>::max()), 3600s);
}
