// SPDX-License-Identifier: MIT
// The login lockout rule of docs/api.md (Session): 2^(n−5) minutes from the 5th failure, at most 60.
#include "server/security/LoginThrottle.h"

#include <algorithm>

namespace vsys::server {

std::chrono::seconds LoginThrottle::lockoutAfter(int consecutiveFailures)
{
    if (consecutiveFailures <= kFreeFailures) {
        return std::chrono::seconds{0};
    }
    // Doubling stops as soon as it passes the cap, so a large count cannot overflow the shift.
    const int doublings = consecutiveFailures - kFreeFailures - 1;
    std::chrono::minutes lockout = kFirstLockout;
    for (int i = 0; i < doublings && lockout < kMaxLockout; ++i) {
        lockout *= 2;
    }
    return std::min(lockout, kMaxLockout);
}

} // namespace vsys::server
