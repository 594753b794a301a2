// SPDX-License-Identifier: MIT
// RecordJson: the wire form (docs/api.md) of the records whose codec is not in core (applications,
// クール and plans have theirs there).
#pragma once

#include "server/service/Outcome.h"
#include "server/storage/DocumentRepository.h"

#include <QJsonObject>
#include <QString>

namespace vsys::server {

class Storage;

class RecordJson
{
public:
    /// {"id","kind","filename","size","download_count","created_at"}
    static QJsonObject document(const DocumentInfo& document);
    /// {"id","name","vsys_ids","existing_registration","reservation_status"}
    static Outcome<QJsonObject> venue(Storage& storage, const QString& venueId);
};

} // namespace vsys::server
