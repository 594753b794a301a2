// SPDX-License-Identifier: MIT
// ApplicationRepository: applications (申込) as core::ApplicationRecord, each with its owning venue.
#pragma once

#include "core/Result.h"
#include "core/application/ApplicationRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct ChangeRange;

struct StoredApplication
{
    QString venueId;
    core::ApplicationRecord record;
    /// The stored compact JSON of record.content, read instead of record.content for the change feed,
    /// which passes it on as it is.
    QByteArray contentJson;
};

/// Where a record stands in a venue's list (newest first): its created_at as stored, then its id.
struct ApplicationListKey
{
    QString createdAt;
    QString id;

    bool operator==(const ApplicationListKey&) const = default;
};

/// Everything a venue asks for is filtered by its venue in SQL; only the reviewer, and the check
/// whether a new id is free, look across venues.
class ApplicationRepository
{
public:
    explicit ApplicationRepository(Storage& storage);

    /// The record `id` of any venue (the reviewer's view; and a PUT must know that an id is taken).
    core::Result<std::optional<StoredApplication>> find(const QString& id);
    /// The record `id` if it belongs to `venueId`.
    core::Result<std::optional<core::ApplicationRecord>> findForVenue(const QString& venueId, const QString& id);
    core::Result<std::optional<StoredApplication>> findByNumber(const QString& number);
    /// The keys of at most `limit` of the venue's applications that follow `after` in list order
    /// (newest first, then by id); from the top without `after`. Only keys, so that a page can be
    /// cut by size before any content is read.
    core::Result<QList<ApplicationListKey>>
    keysForVenue(const QString& venueId, const std::optional<ApplicationListKey>& after, int limit);
    /// How many of the venue's applications are drafts (一時保存中).
    core::Result<int> countDrafts(const QString& venueId);
    /// Every venue's applications in `statusKey`, oldest submission first (the reviewer's queue).
    core::Result<QList<StoredApplication>> listByStatus(const QString& statusKey);
    /// The venue's applications changed in `range`, with contentJson instead of record.content.
    core::Result<QList<StoredApplication>> changedForVenue(const QString& venueId, const ChangeRange& range);

    core::Result<void> insert(const QString& venueId, const core::ApplicationRecord& record);
    /// Writes `record` over the venue's row if the row is still at `expectedVersion`; false if not.
    core::Result<bool> update(const QString& venueId, const core::ApplicationRecord& record, int expectedVersion);

private:
    enum class Content { Parsed, Json };
    core::Result<QList<StoredApplication>>
    select(const QString& sql, const QVariantMap& values, Content content = Content::Parsed);

    Storage& m_storage;
};

} // namespace vsys::server
