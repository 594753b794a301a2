// SPDX-License-Identifier: MIT
// DocumentRepository: SQL for document rows; the PDF lives in the row (BLOB / BYTEA).
#include "server/storage/DocumentRepository.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kInsert = u"INSERT INTO document (id, venue_id, kind, filename, content, size, created_at) "
                        "VALUES (:id, :venue_id, :kind, :filename, :content, :size, :created_at)"_s;
const QString kColumns
    = u"SELECT id, venue_id, kind, filename, size, download_count, created_at FROM document WHERE venue_id = :venue_id "_s;
const QString kByVenue = kColumns + u"ORDER BY created_at, id"_s;
const QString kById = kColumns + u"AND id = :id"_s;
const QString kChanged = kColumns + u"AND "_s + ChangeLog::changedIn(ChangeKind::Document, u"id"_s);
const QString kContent = u"SELECT content FROM document WHERE venue_id = :venue_id AND id = :id"_s;
const QString kCountDownload
    = u"UPDATE document SET download_count = download_count + 1 WHERE venue_id = :venue_id AND id = :id"_s;

DocumentInfo documentFrom(const SqlRows& rows)
{
    return {rows.value(0).toString(),
            rows.value(1).toString(),
            rows.value(2).toString(),
            rows.value(3).toString(),
            rows.value(4).toLongLong(),
            rows.value(5).toInt(),
            storedTime::fromVariant(rows.value(6))};
}

} // namespace

DocumentRepository::DocumentRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<void> DocumentRepository::insert(const DocumentInfo& info, const QByteArray& content)
{
    return m_storage.run(kInsert,
                         {{u"id"_s, info.id},
                          {u"venue_id"_s, info.venueId},
                          {u"kind"_s, info.kind},
                          {u"filename"_s, info.filename},
                          {u"content"_s, content},
                          {u"size"_s, qint64(content.size())},
                          {u"created_at"_s, storedTime::toVariant(info.createdAt)}});
}

core::Result<QList<DocumentInfo>> DocumentRepository::listForVenue(const QString& venueId)
{
    auto rows = m_storage.execute(kByVenue, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    QList<DocumentInfo> documents;
    while (rows->next()) {
        documents.append(documentFrom(*rows));
    }
    return documents;
}

core::Result<QList<DocumentInfo>> DocumentRepository::changedForVenue(const QString& venueId, const ChangeRange& range)
{
    auto rows = m_storage.execute(kChanged, ChangeLog::rangeValues(venueId, range));
    if (!rows) {
        return rows.error();
    }
    QList<DocumentInfo> documents;
    while (rows->next()) {
        documents.append(documentFrom(*rows));
    }
    return documents;
}

core::Result<std::optional<DocumentInfo>> DocumentRepository::find(const QString& venueId, const QString& id)
{
    auto rows = m_storage.execute(kById, {{u"venue_id"_s, venueId}, {u"id"_s, id}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<DocumentInfo>();
    }
    return std::optional(documentFrom(*rows));
}

core::Result<std::optional<QByteArray>> DocumentRepository::content(const QString& venueId, const QString& id)
{
    auto rows = m_storage.execute(kContent, {{u"venue_id"_s, venueId}, {u"id"_s, id}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<QByteArray>();
    }
    return std::optional(rows->value(0).toByteArray());
}

core::Result<void> DocumentRepository::countDownload(const QString& venueId, const QString& id)
{
    return m_storage.run(kCountDownload, {{u"venue_id"_s, venueId}, {u"id"_s, id}});
}

} // namespace vsys::server
