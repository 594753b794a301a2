// SPDX-License-Identifier: MIT
// Demo data: the sample venue a new user sees when VSYS Desk runs without a server (--demo).
#pragma once

#include "core/Result.h"

namespace vsys::db {

class Database;

/// Inserts the demo venue (1310000017, 「(職域)サンプル職域接種会場」, 予約可能) when the database has
/// no venue yet. Running it again changes nothing, and it never touches a database with real venues.
core::Result<void> seedDemoData(Database& database);

} // namespace vsys::db
