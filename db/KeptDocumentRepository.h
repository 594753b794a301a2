// SPDX-License-Identifier: MIT
// KeptDocumentRepository: the 委任状 PDFs downloaded on this computer (0012_documents.sql), per account.
#pragma once

#include "core/Result.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::db {

class Database;

/// One downloaded document: where its PDF is on this computer and what it was when written.
struct KeptDocument
{
    qint64 accountId = 0;
    QString documentId;
    QString filename; ///< the server's file name (委任状ファイル.pdf)
    QString path; ///< absolute path of the PDF
    qint64 size = 0;
    QString sha256; ///< lower-case hex of the PDF's SHA-256, to tell a damaged file
    QDateTime downloadedAt; ///< the last download

    bool operator==(const KeptDocument&) const = default;
};

class KeptDocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(KeptDocumentRepository)
public:
    explicit KeptDocumentRepository(Database& database);

    /// Inserts or replaces the account's row for the document.
    core::Result<void> save(const KeptDocument& document);
    core::Result<std::optional<KeptDocument>> find(qint64 accountId, const QString& documentId) const;
    core::Result<QList<KeptDocument>> all(qint64 accountId) const;

private:
    StatementCache m_statements;
};

} // namespace vsys::db
