// SPDX-License-Identifier: MIT
// JsonNumber: a JSON number as a whole number, the one rule for every parser of outside JSON.
#pragma once

#include <QJsonValue>
#include <QtGlobal>

#include <limits>
#include <optional>

namespace vsys::core {

class JsonNumber
{
public:
    /// `value` as a whole number within [min, max]; nothing for a fraction, a number out of range or a
    /// value that is not a number. JSON numbers arrive as doubles, and converting a double outside the
    /// integer type is undefined behaviour (the claim fuzzer found 3e+71 as a count), so the range is
    /// checked first. `min` and `max` must lie within ±2^53, where a double holds every whole number.
    static std::optional<qint64> whole(const QJsonValue& value, qint64 min, qint64 max);
    /// whole() for a value kept in an int, such as a count or an id.
    static std::optional<int> integer(const QJsonValue& value, int min, int max = std::numeric_limits<int>::max());
};

} // namespace vsys::core
