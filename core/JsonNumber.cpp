// SPDX-License-Identifier: MIT
#include "core/JsonNumber.h"

#include <cmath>

namespace vsys::core {

std::optional<qint64> JsonNumber::whole(const QJsonValue& value, qint64 min, qint64 max)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    // Written so that a NaN fails too.
    if (!(number >= double(min) && number <= double(max)) || number != std::floor(number)) {
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<int> JsonNumber::integer(const QJsonValue& value, int min, int max)
{
    const auto number = whole(value, min, max);
    return number ? std::optional<int>(int(*number)) : std::nullopt;
}

} // namespace vsys::core
