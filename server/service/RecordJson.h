// SPDX-License-Identifier: MIT
// RecordJson: the wire form (docs/api.md) of the records other than applications, whose codec is in core.
#pragma once

#include "server/service/Outcome.h"
#include "server/storage/CoolRepository.h"
#include "server/storage/DocumentRepository.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

class RecordJson
{
public:
    /// {"id","kind","filename","size","download_count","created_at"}
    static QJsonObject document(const DocumentInfo& document);
    /// {"id","start","end","delivery_week","change_deadline","state","allocated_boxes"}; boxes null = 未定.
    static QJsonObject cool(const Cool& cool, std::optional<int> allocatedBoxes);
    /// {"id","name","vsys_ids","existing_registration"}
    static Outcome<QJsonObject> venue(Storage& storage, const QString& venueId);
};

} // namespace vsys::server
