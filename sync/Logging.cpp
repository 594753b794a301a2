// SPDX-License-Identifier: MIT
// Defines the sync module's logging categories (Info and above by default).
#include "sync/Logging.h"

namespace vsys::sync {

Q_LOGGING_CATEGORY(lcHttp, "vsys.sync.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "vsys.sync.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlan, "vsys.sync.plan", QtInfoMsg)

} // namespace vsys::sync
