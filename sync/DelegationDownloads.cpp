// SPDX-License-Identifier: MIT
// DelegationDownloads: the file is written before the row that points to it, in one transaction with the raised
// local count, so the row never names a file that is not there.
#include "sync/DelegationDownloads.h"

#include "core/application/ApplicationRecord.h"
#include "db/Transaction.h"
#include "sync/DocumentDownloadJob.h"
#include "sync/Logging.h"

#include <QJsonObject>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

const QString kDelegation = u"delegation"_s;

} // namespace

DelegationDownloads::DelegationDownloads(db::Database& database,
                                         ApiAccessManager& manager,
                                         const QString& folder,
                                         QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_manager(manager)
    , m_files(folder)
    , m_serverRecords(database)
    , m_kept(database)
{}

DelegationDownloads::~DelegationDownloads()
{
    abortAll();
}

void DelegationDownloads::setAccount(qint64 accountId)
{
    // The account opened when resumed opens again at sign-in: a download it started goes on.
    if (accountId != m_accountId) {
        abortAll();
    }
    m_accountId = accountId;
    emit changed();
}

core::Result<QList<DelegationFile>> DelegationDownloads::files() const
{
    if (m_accountId == 0) {
        return QList<DelegationFile>();
    }
    const auto records = m_serverRecords.all(m_accountId, db::ServerRecordKind::Document);
    if (!records) {
        return records.error();
    }
    QList<DelegationFile> files;
    for (const QJsonObject& record : *records) {
        if (record.value(u"kind"_s).toString() != kDelegation) {
            continue;
        }
        DelegationFile file{record.value(u"id"_s).toString(), record.value(u"filename"_s).toString(),
                            core::ApplicationJson::timeFromJson(record.value(u"created_at"_s)),
                            std::max(0, record.value(u"download_count"_s).toInt()), std::nullopt};
        const auto kept = m_kept.find(m_accountId, file.id);
        if (!kept) {
            return kept.error();
        }
        file.kept = *kept;
        files.append(std::move(file));
    }
    std::stable_sort(files.begin(), files.end(), [](const DelegationFile& left, const DelegationFile& right) {
        return left.issuedAt > right.issuedAt;
    });
    return files;
}

std::optional<DelegationFile> DelegationDownloads::due() const
{
    const auto all = files();
    if (!all) {
        qCWarning(lcHttp).noquote() << "Cannot read the delegation documents:" << all.error().message;
        return std::nullopt;
    }
    for (const DelegationFile& file : *all) {
        if (!file.downloadedOnce()) {
            return file;
        }
    }
    return std::nullopt;
}

void DelegationDownloads::download(const QString& documentId)
{
    if (m_accountId == 0) {
        emit downloadFailed(documentId, tr("Please log in to download the delegation letter."));
        return;
    }
    if (isDownloading(documentId)) {
        return;
    }
    auto* job = new DocumentDownloadJob(m_manager, documentId, this);
    m_jobs.insert(documentId, job);
    connect(job, &ApiJob::finished, this, [this, job, documentId] { onFinished(*job, documentId); });
    job->start();
    emit changed();
}

void DelegationDownloads::onFinished(DocumentDownloadJob& job, const QString& documentId)
{
    m_jobs.remove(documentId);
    if (!job.succeeded()) {
        const ApiError& error = job.error();
        emit serverReached(error.kind != ApiErrorKind::Network);
        if (error.kind == ApiErrorKind::Auth) {
            emit authenticationFailed();
        }
        emit downloadFailed(documentId, error.message);
        emit changed();
        return;
    }
    emit serverReached(true);
    const auto kept = keep(documentId, job.content());
    if (!kept) {
        emit downloadFailed(documentId, kept.error().message);
        emit changed();
        return;
    }
    emit changed();
    emit downloaded(documentId, *kept);
}

core::Result<QString> DelegationDownloads::keep(const QString& documentId, const QByteArray& content)
{
    const auto record = m_serverRecords.find(m_accountId, db::ServerRecordKind::Document, documentId);
    if (!record) {
        return record.error();
    }
    const QJsonObject server = record->value_or(QJsonObject{{u"id"_s, documentId}});
    const QString filename = server.value(u"filename"_s).toString();
    const auto path = m_files.write(m_accountId, documentId, filename, content);
    if (!path) {
        return path.error();
    }
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    db::KeptDocument kept{m_accountId, documentId,     KeptDocumentFiles::safeFileName(filename),
                          *path,       content.size(), KeptDocumentFiles::sha256(content),
                          now};
    if (auto saved = m_kept.save(kept); !saved) {
        return saved.error();
    }
    // The server counted this download; the next sync brings its count (with other computers' downloads),
    // until then the list shows ours.
    if (*record) {
        QJsonObject counted = server;
        counted.insert(u"download_count"_s, server.value(u"download_count"_s).toInt() + 1);
        if (auto saved = m_serverRecords.save(m_accountId, db::ServerRecordKind::Document, documentId, counted, now);
            !saved) {
            return saved.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return *path;
}

void DelegationDownloads::abortAll()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<DocumentDownloadJob>& job : jobs) {
        if (job) {
            job->abort();
        }
    }
}

} // namespace vsys::sync
