// SPDX-License-Identifier: MIT
// ServerTime: read at the moment the answer is, so the time the answer took to travel is the only error.
#include "sync/ServerTime.h"

#include "core/application/ApplicationRecord.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

std::optional<ServerTime> ServerTime::read(const QJsonObject& answer)
{
    const QDateTime serverTime = core::ApplicationJson::timeFromJson(answer.value(u"server_time"_s));
    if (!serverTime.isValid()) {
        return std::nullopt;
    }
    return ServerTime{serverTime, QDateTime::currentDateTimeUtc()};
}

} // namespace vsys::sync
