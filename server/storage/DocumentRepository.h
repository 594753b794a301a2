// SPDX-License-Identifier: MIT
// DocumentRepository: files the ministry issues to a venue (委任状), with their download count.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct ChangeRange;

struct DocumentInfo
{
    QString id;
    QString venueId;
    QString kind; ///< "delegation" (委任状)
    QString filename;
    qint64 size = 0;
    int downloadCount = 0;
    QDateTime createdAt;
};

/// Every query is by venue: a document of another venue does not exist for the caller.
class DocumentRepository
{
public:
    explicit DocumentRepository(Storage& storage);

    core::Result<void> insert(const DocumentInfo& info, const QByteArray& content);
    core::Result<QList<DocumentInfo>> listForVenue(const QString& venueId);
    core::Result<std::optional<DocumentInfo>> find(const QString& venueId, const QString& id);
    /// The venue's documents changed in `range` (GET /changes).
    core::Result<QList<DocumentInfo>> changedForVenue(const QString& venueId, const ChangeRange& range);
    core::Result<std::optional<QByteArray>> content(const QString& venueId, const QString& id);
    core::Result<void> countDownload(const QString& venueId, const QString& id);

private:
    Storage& m_storage;
};

} // namespace vsys::server
