// SPDX-License-Identifier: MIT
// CoolsJob: GET /cools, the クール calendar with this venue's 分配実績 and the server's time.
#pragma once

#include "sync/ApiJob.h"
#include "sync/ServerTime.h"

#include <QJsonArray>

#include <optional>

namespace vsys::sync {

class CoolsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit CoolsJob(ApiAccessManager& manager, QObject* parent = nullptr);

    void start() override;

    /// `[{"id","start","end","delivery_week","change_deadline","state","locked_until","allocated_boxes"}, ...]`
    /// (core::CoolJson).
    QJsonArray cools() const;
    /// server_time of the answer; nullopt when the server sent none.
    const std::optional<ServerTime>& serverTime() const { return m_serverTime; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    std::optional<ServerTime> m_serverTime;
};

} // namespace vsys::sync
