// SPDX-License-Identifier: MIT
// The sync module's logging categories, so a site can turn on vsys.sync.* with QT_LOGGING_RULES.
// Never log passwords, tokens or the content of records: method, path, status and X-Request-ID only.
#pragma once

#include <QLoggingCategory>

namespace vsys::sync {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcPlan)

} // namespace vsys::sync
