// SPDX-License-Identifier: MIT
// Defines the print module's logging category (Info and above by default).
#include "print/Logging.h"

namespace vsys::print {

Q_LOGGING_CATEGORY(lcPrint, "vsys.print", QtInfoMsg)

} // namespace vsys::print
