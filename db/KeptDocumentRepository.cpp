// SPDX-License-Identifier: MIT
// KeptDocumentRepository: SQL for the kept_document table.
#include "db/KeptDocumentRepository.h"

#include "db/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kUpsert
    = u"INSERT INTO kept_document (account_id, document_id, filename, path, size, sha256, downloaded_at) VALUES "
      "(:account_id, :document_id, :filename, :path, :size, :sha256, :downloaded_at) ON CONFLICT (account_id, "
      "document_id) DO UPDATE SET filename = excluded.filename, path = excluded.path, size = excluded.size, "
      "sha256 = excluded.sha256, downloaded_at = excluded.downloaded_at"_s;
const QString kColumns = u"SELECT account_id, document_id, filename, path, size, sha256, downloaded_at FROM "
                         "kept_document WHERE account_id = :account_id "_s;
const QString kSelectOne = kColumns + u"AND document_id = :document_id"_s;
const QString kSelectAll = kColumns + u"ORDER BY downloaded_at, document_id"_s;

QList<KeptDocument> documentsFrom(QSqlQuery& query)
{
    QList<KeptDocument> documents;
    while (query.next()) {
        documents.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
                          fromStoredTime(query.value(6))});
    }
    return documents;
}

} // namespace

KeptDocumentRepository::KeptDocumentRepository(Database& database)
    : m_statements(database)
{}

core::Result<void> KeptDocumentRepository::save(const KeptDocument& document)
{
    return m_statements.execute(kUpsert,
                                {{u":account_id"_s, document.accountId},
                                 {u":document_id"_s, document.documentId},
                                 {u":filename"_s, document.filename},
                                 {u":path"_s, document.path},
                                 {u":size"_s, document.size},
                                 {u":sha256"_s, document.sha256},
                                 {u":downloaded_at"_s, toStoredTime(document.downloadedAt)}},
                                tr("Could not record the downloaded file in the local database: %1"));
}

core::Result<std::optional<KeptDocument>> KeptDocumentRepository::find(qint64 accountId,
                                                                       const QString& documentId) const
{
    const auto found
        = m_statements.execute(kSelectOne, {{u":account_id"_s, accountId}, {u":document_id"_s, documentId}},
                               tr("Could not read the downloaded files from the local database: %1"), documentsFrom);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<KeptDocument>() : std::optional(found->constFirst());
}

core::Result<QList<KeptDocument>> KeptDocumentRepository::all(qint64 accountId) const
{
    return m_statements.execute(kSelectAll, {{u":account_id"_s, accountId}},
                                tr("Could not read the downloaded files from the local database: %1"), documentsFrom);
}

} // namespace vsys::db
