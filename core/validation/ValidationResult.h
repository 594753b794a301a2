// SPDX-License-Identifier: MIT
// The outcome of checking one field: valid, invalid, or valid with a warning to show.
#pragma once

#include <QString>

namespace vsys::core {

enum class Verdict {
    Valid,
    Invalid,
    ValidWithWarning, ///< accepted, but the user should look again (e.g. a 類似コード check digit)
};

struct ValidationResult
{
    Verdict verdict = Verdict::Invalid;
    QString normalized; ///< the value to store: NFKC, without separators where the rule says so
    QString message; ///< translated, names the field; empty when Valid

    bool acceptable() const { return verdict != Verdict::Invalid; }
};

} // namespace vsys::core
