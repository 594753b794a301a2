// SPDX-License-Identifier: MIT
// StoredJsonRules: what any JSON the server stores must be, so that it comes back exactly as sent
// and every client can still parse the answers that embed it (docs/decisions.md, "Stored JSON").
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

namespace vsys::core {

/// Two rules, checked in one walk:
/// - nesting: at most kMaxDepth objects/arrays inside each other, the outermost counting as 1. List
///   and changes answers wrap a record in a few more levels; Qt's parser gives up past 1,024.
/// - characters: no Unicode noncharacter (U+FDD0..U+FDEF, U+xxFFFE, U+xxFFFF), no U+FEFF and no lone
///   surrogate in any string or key. SQLite turns U+FFFE/U+FFFF into U+FFFD and Qt's JSON parser
///   drops a U+FEFF that starts a string, so such text would not come back as it was stored.
class StoredJsonRules
{
    Q_DECLARE_TR_FUNCTIONS(StoredJsonRules)
public:
    static constexpr int kMaxDepth = 32;

    /// The first problem found (objects in key order), with the JSON path of the offending value as
    /// `field` ("content.company.name", "rows[2].note"; a refused character in a key is shown in
    /// the path as \uXXXX), or nothing when `value` may be stored.
    static std::optional<Error> check(const QJsonValue& value);
};

} // namespace vsys::core
