// SPDX-License-Identifier: MIT
// The print module's logging category, so a site can turn on vsys.print with QT_LOGGING_RULES.
// Never log the content of a printout: it holds names and telephone numbers.
#pragma once

#include <QLoggingCategory>

namespace vsys::print {

Q_DECLARE_LOGGING_CATEGORY(lcPrint)

} // namespace vsys::print
