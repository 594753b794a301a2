// SPDX-License-Identifier: MIT
// The db module's logging category, so a site can turn on vsys.db with QT_LOGGING_RULES.
#pragma once

#include <QLoggingCategory>

namespace vsys::db {

Q_DECLARE_LOGGING_CATEGORY(lcDb)

} // namespace vsys::db
