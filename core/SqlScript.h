// SPDX-License-Identifier: MIT
// SqlScript: a migration file's text cut into statements, shared by the local store's and the
// server's migrators (text only: core never talks to a database).
#pragma once

#include <QStringList>

namespace vsys::core {

/// Splits SQL text into statements at semicolons outside string literals, quoted identifiers and
/// comments; drops the comments and empty statements. CREATE TRIGGER bodies are not supported: they
/// would be cut at their first inner semicolon.
QStringList splitSqlStatements(const QString& sql);

} // namespace vsys::core
