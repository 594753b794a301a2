// SPDX-License-Identifier: MIT
// CoolsJob: GET /cools, the クール calendar with this venue's 分配実績.
#pragma once

#include "sync/ApiJob.h"

#include <QJsonArray>

namespace vsys::sync {

class CoolsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit CoolsJob(ApiAccessManager& manager, QObject* parent = nullptr);

    void start() override;

    /// `[{"id","start","end","delivery_week","change_deadline","state","allocated_boxes"}, ...]`.
    QJsonArray cools() const;
};

} // namespace vsys::sync
