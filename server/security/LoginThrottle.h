// SPDX-License-Identifier: MIT
// "Repeated failures slow down" (docs/api.md, Session): how long a V-SYS ID stays locked after a run
// of failed logins. A pure rule; the server keeps the failure count and the time of the last failure.
#pragma once

#include <chrono>

namespace vsys::server {

class LoginThrottle
{
public:
    /// Failures in a row that are still free: the 5th failure starts the first lockout.
    static constexpr int kFreeFailures = 4;
    /// Lockout after the 5th failure in a row; it doubles with every further failure.
    static constexpr std::chrono::minutes kFirstLockout{1};
    /// The lockout never grows beyond this.
    static constexpr std::chrono::minutes kMaxLockout{60};

    /// How long to answer 429 after `consecutiveFailures` failed logins in a row:
    /// 0 for fewer than 5, then 2^(n−5) minutes (1, 2, 4, …), at most 60 minutes.
    static std::chrono::seconds lockoutAfter(int consecutiveFailures);
};

} // namespace vsys::server
