// SPDX-License-Identifier: MIT
// Defines the db module's logging category (Info and above by default).
#include "db/Logging.h"

namespace vsys::db {

Q_LOGGING_CATEGORY(lcDb, "vsys.db", QtInfoMsg)

} // namespace vsys::db
