// SPDX-License-Identifier: MIT
// Defines the server module's logging categories (Info and above by default).
#include "server/Logging.h"

namespace vsys::server {

Q_LOGGING_CATEGORY(lcServerHttp, "vsys.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerStorage, "vsys.server.storage", QtInfoMsg)

} // namespace vsys::server
