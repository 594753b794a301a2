// SPDX-License-Identifier: MIT
// The server module's logging categories, so an operator can turn on vsys.server.* with QT_LOGGING_RULES.
#pragma once

#include <QLoggingCategory>

namespace vsys::server {

Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)
Q_DECLARE_LOGGING_CATEGORY(lcServerStorage)

} // namespace vsys::server
