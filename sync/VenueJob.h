// SPDX-License-Identifier: MIT
// VenueJob: GET /venue, the venue with its V-SYS IDs and 既存登録情報 (the 1・2回目 registration).
#pragma once

#include "sync/ApiJob.h"

namespace vsys::sync {

class VenueJob : public ApiJob
{
    Q_OBJECT
public:
    explicit VenueJob(ApiAccessManager& manager, QObject* parent = nullptr);

    void start() override;

    /// `{"id","name","vsys_ids":[...],"existing_registration":{...}}` as the server sent it.
    const QJsonObject& venue() const { return json(); }
};

} // namespace vsys::sync
