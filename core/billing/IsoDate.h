// SPDX-License-Identifier: MIT
// Strict YYYY-MM-DD dates and YYYY-MM months for the billing data files and claim input.
#pragma once

#include <QDate>
#include <QString>

namespace vsys::core {

/// The date written as exactly YYYY-MM-DD, or an invalid QDate for anything else (2021-2-3, 2021-02-30,
/// a date with a time). Data files are edited by hand, so a loose parse would hide typos.
QDate parseIsoDate(const QString& text);

/// The first day of the month written as exactly YYYY-MM, or an invalid QDate.
QDate parseYearMonth(const QString& text);

} // namespace vsys::core
