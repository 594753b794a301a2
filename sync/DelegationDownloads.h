// SPDX-License-Identifier: MIT
// DelegationDownloads: the venue's 委任状 (delegation letters) as the server lists them, downloaded and kept on
// this computer, and whether one is still waiting for its first download (the popup of the briefing).
#pragma once

#include "core/Result.h"
#include "db/KeptDocumentRepository.h"
#include "db/ServerRecordRepository.h"
#include "sync/KeptDocumentFiles.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace vsys::db {
class Database;
}

namespace vsys::sync {

class ApiAccessManager;
class DocumentDownloadJob;

/// One 委任状 of the venue: the server's record (as the last sync brought it) and the copy kept here.
struct DelegationFile
{
    QString id;
    QString filename; ///< 委任状ファイル.pdf
    QDateTime issuedAt; ///< when the ministry uploaded it (発行日)
    int downloadCount = 0; ///< the server's count of downloads from every computer of the venue
    std::optional<db::KeptDocument> kept; ///< the PDF on this computer, once downloaded here

    /// Downloaded at least once: the popup no longer asks for it (docs/decisions.md, 委任状).
    bool downloadedOnce() const { return downloadCount > 0 || kept.has_value(); }
};

/// Documents arrive with the changes feed (kind "document") into db::ServerRecordRepository; this class
/// adds the download: GET /documents/{id}/content (the server counts it), the PDF written through
/// KeptDocumentFiles and recorded in db::KeptDocumentRepository, so it opens offline afterwards.
class DelegationDownloads : public QObject
{
    Q_OBJECT
public:
    /// Kept PDFs go under `folder` (SyncService uses "documents" beside the local database).
    DelegationDownloads(db::Database& database,
                        ApiAccessManager& manager,
                        const QString& folder,
                        QObject* parent = nullptr);
    ~DelegationDownloads() override;

    /// The account whose documents are shown; 0 when none is open. Downloads of the previous one stop.
    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }

    /// The venue's 委任状, newest first.
    core::Result<QList<DelegationFile>> files() const;
    /// The newest 委任状 nobody has downloaded yet, for the popup.
    std::optional<DelegationFile> due() const;

    /// Downloads the document again (as often as wanted; each download counts on the server).
    /// downloaded() or downloadFailed() follows.
    void download(const QString& documentId);
    bool isDownloading(const QString& documentId) const { return m_jobs.contains(documentId); }

    /// The sync brought documents: the lists are read again.
    void notifyChanged() { emit changed(); }

signals:
    /// The documents or their kept copies changed, or another account opened.
    void changed();
    void downloaded(const QString& documentId, const QString& path);
    void downloadFailed(const QString& documentId, const QString& message);
    /// The server did not answer (false) or did (true): for the online indicator.
    void serverReached(bool reached);
    /// The token expired during a download.
    void authenticationFailed();

private:
    void onFinished(DocumentDownloadJob& job, const QString& documentId);
    core::Result<QString> keep(const QString& documentId, const QByteArray& content);
    void abortAll();

    db::Database& m_database;
    ApiAccessManager& m_manager;
    KeptDocumentFiles m_files;
    db::ServerRecordRepository m_serverRecords;
    db::KeptDocumentRepository m_kept;
    qint64 m_accountId = 0;
    QHash<QString, QPointer<DocumentDownloadJob>> m_jobs;
};

} // namespace vsys::sync
