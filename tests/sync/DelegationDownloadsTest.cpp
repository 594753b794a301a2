// SPDX-License-Identifier: MIT
// Tests for the 委任状 on the client: sync::KeptDocumentFiles (the PDF kept 0600 in 0700 folders, written under a
// temporary name and renamed, a server's file name that cannot leave its folder) and sync::DelegationDownloads
// (the popup's due document, a download kept and counted, offline the kept PDF still there, another computer's
// download ending the popup after a sync).
#include "sync/DelegationDownloads.h"

#include "../support/SqliteFileModes.h"
#include "db/KeptDocumentRepository.h"
#include "support/SyncTestSupport.h"
#include "sync/KeptDocumentFiles.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::sync::DelegationDownloads;
using vsys::sync::KeptDocumentFiles;
using vsys::sync::SyncService;
using vsys::test::sqliteFiles::permissionBits;
using namespace vsys::sync::test;

namespace {

const QString kDocumentId = u"2b7f0c4e-8d1a-4c55-9e3f-5a6b7c8d9e01"_s;
const QByteArray kPdf = "%PDF-1.4\n% 委任状\n%%EOF\n";

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(KeptDocumentFilesTest, ThePdfIsPrivateFromItsCreationAndReplacedWhole)
{
    QTemporaryDir dir;
    const KeptDocumentFiles files(dir.filePath(u"documents"_s));
    const auto path = files.write(7, kDocumentId, u"委任状ファイル.pdf"_s, kPdf);
    ASSERT_TRUE(path.ok()) << qPrintable(path.error().message);
    EXPECT_EQ(*path, dir.filePath(u"documents/7/"_s + kDocumentId + u"/委任状ファイル.pdf"_s));
    EXPECT_EQ(contentOf(*path), kPdf);
    EXPECT_EQ(permissionBits(*path), 0600u);
    EXPECT_EQ(permissionBits(dir.filePath(u"documents"_s)), 0700u);
    EXPECT_EQ(permissionBits(dir.filePath(u"documents/7"_s)), 0700u);
    EXPECT_EQ(permissionBits(dir.filePath(u"documents/7/"_s + kDocumentId)), 0700u);

    // A second download replaces the file; the temporary one is gone (renamed into place).
    const QByteArray corrected = kPdf + "% 手書き修正\n";
    ASSERT_EQ(files.write(7, kDocumentId, u"委任状ファイル.pdf"_s, corrected).value(), *path);
    EXPECT_EQ(contentOf(*path), corrected);
    EXPECT_EQ(QDir(dir.filePath(u"documents/7/"_s + kDocumentId)).entryList(QDir::Files | QDir::Hidden),
              QStringList{u"委任状ファイル.pdf"_s});
    EXPECT_EQ(permissionBits(*path), 0600u);
}

TEST(KeptDocumentFilesTest, AFolderLeftOpenIsTightened)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir().mkdir(dir.filePath(u"documents"_s)));
    ASSERT_TRUE(QFile(dir.filePath(u"documents"_s))
                    .setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                    | QFile::ExeOther));
    ASSERT_TRUE(KeptDocumentFiles(dir.filePath(u"documents"_s)).write(1, kDocumentId, u"a.pdf"_s, kPdf).ok());
    EXPECT_EQ(permissionBits(dir.filePath(u"documents"_s)), 0700u);
}

TEST(KeptDocumentFilesTest, TheServersFileNameStaysInItsFolder)
{
    EXPECT_EQ(KeptDocumentFiles::safeFileName(u"委任状ファイル.pdf"_s), u"委任状ファイル.pdf"_s);
    EXPECT_EQ(KeptDocumentFiles::safeFileName(u"../../.bashrc"_s), u"_.._.bashrc.pdf"_s);
    EXPECT_EQ(KeptDocumentFiles::safeFileName(u"..\\a:b.PDF"_s), u"_a_b.pdf"_s);
    EXPECT_EQ(KeptDocumentFiles::safeFileName(u".pdf"_s), u"delegation.pdf"_s);
    EXPECT_EQ(KeptDocumentFiles::safeFileName(QString()), u"delegation.pdf"_s);
    EXPECT_EQ(KeptDocumentFiles::safeFileName(QString(200, u'委')), QString(80, u'委') + u".pdf"_s);

    QTemporaryDir dir;
    const auto notAnId = KeptDocumentFiles(dir.path()).write(1, u"../x"_s, u"a.pdf"_s, kPdf);
    ASSERT_FALSE(notAnId.ok());
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST(KeptDocumentFilesTest, TheHashIsTheFilesSha256)
{
    EXPECT_EQ(KeptDocumentFiles::sha256("abc"), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

class DelegationDownloadsTest : public SyncServiceFixture
{
protected:
    void SetUp() override
    {
        SyncServiceFixture::SetUp();
        m_server->addDocument(document(kDocumentId, 0), kPdf);
    }

    static QJsonObject document(const QString& id, int downloads)
    {
        return {{u"id"_s, id},
                {u"kind"_s, u"delegation"_s},
                {u"filename"_s, u"委任状ファイル.pdf"_s},
                {u"size"_s, kPdf.size()},
                {u"download_count"_s, downloads},
                {u"created_at"_s, u"2022-03-01T01:00:00.000Z"_s}};
    }

    DelegationDownloads& downloads() const { return *m_service->delegations(); }

    /// Downloads the document and waits for the outcome: the path, or empty after downloadFailed().
    QString download()
    {
        QSignalSpy done(&downloads(), &DelegationDownloads::downloaded);
        QSignalSpy failed(&downloads(), &DelegationDownloads::downloadFailed);
        downloads().download(kDocumentId);
        EXPECT_TRUE(waitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }));
        m_failure = failed.isEmpty() ? QString() : failed.constFirst().at(1).toString();
        return done.isEmpty() ? QString() : done.constFirst().at(1).toString();
    }

    void syncOnce()
    {
        QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
        m_service->syncNow();
        ASSERT_TRUE(finished.wait(5000));
    }

    QString m_failure;
};

TEST_F(DelegationDownloadsTest, ANewDelegationIsDueUntilItIsDownloadedAndThenKept)
{
    EXPECT_FALSE(downloads().due().has_value()) << "no account is open";
    signIn();
    const auto due = downloads().due();
    ASSERT_TRUE(due.has_value());
    EXPECT_EQ(due->id, kDocumentId);
    EXPECT_EQ(due->filename, u"委任状ファイル.pdf"_s);
    EXPECT_EQ(due->issuedAt, QDateTime(QDate(2022, 3, 1), QTime(1, 0), Qt::UTC));
    EXPECT_EQ(due->downloadCount, 0);
    EXPECT_FALSE(due->kept.has_value());

    const QString path = download();
    ASSERT_FALSE(path.isEmpty()) << qPrintable(m_failure);
    EXPECT_EQ(path, m_dir.filePath(u"documents/%1/%2/委任状ファイル.pdf"_s.arg(m_accountId).arg(kDocumentId)));
    EXPECT_EQ(contentOf(path), kPdf);
    EXPECT_EQ(permissionBits(path), 0600u);
    EXPECT_EQ(m_server->requestsTo(u"/documents/"_s + kDocumentId + u"/content"_s).size(), 1);
    EXPECT_FALSE(downloads().due().has_value());

    const auto kept = vsys::db::KeptDocumentRepository(*m_database).find(m_accountId, kDocumentId);
    ASSERT_TRUE(kept.ok() && kept->has_value());
    EXPECT_EQ((*kept)->path, path);
    EXPECT_EQ((*kept)->size, kPdf.size());
    EXPECT_EQ((*kept)->sha256, KeptDocumentFiles::sha256(kPdf));
    EXPECT_TRUE((*kept)->downloadedAt.isValid());
    // Counted here at once; the sync the download asked for brings the server's count.
    EXPECT_EQ(downloads().files()->constFirst().downloadCount, 1);
    syncOnce();
    EXPECT_EQ(downloads().files()->constFirst().downloadCount, 1);

    // Downloaded as often as wanted: each counts on the server.
    ASSERT_FALSE(download().isEmpty());
    syncOnce();
    EXPECT_EQ(downloads().files()->constFirst().downloadCount, 2);
    EXPECT_EQ(m_server->requestsTo(u"/documents/"_s + kDocumentId + u"/content"_s).size(), 2);
}

TEST_F(DelegationDownloadsTest, OfflineTheKeptPdfStaysAndADownloadFailsWithTheReason)
{
    signIn();
    const QString path = download();
    ASSERT_FALSE(path.isEmpty());
    m_server->setReachable(false);
    EXPECT_TRUE(download().isEmpty());
    EXPECT_FALSE(m_failure.isEmpty());
    const auto files = downloads().files();
    ASSERT_EQ(files->size(), 1);
    ASSERT_TRUE(files->constFirst().kept.has_value());
    EXPECT_EQ(files->constFirst().kept->path, path);
    EXPECT_EQ(contentOf(path), kPdf);
    EXPECT_FALSE(m_service->isOnline());
}

TEST_F(DelegationDownloadsTest, ADownloadOnAnotherComputerEndsThePopupAfterASync)
{
    signIn();
    ASSERT_TRUE(downloads().due().has_value());
    m_server->addDocument(document(kDocumentId, 1), kPdf);
    QSignalSpy changed(&downloads(), &DelegationDownloads::changed);
    syncOnce();
    EXPECT_FALSE(changed.isEmpty());
    EXPECT_FALSE(downloads().due().has_value());
    EXPECT_FALSE(downloads().files()->constFirst().kept.has_value());

    // A newer 委任状 is due again, and listed first.
    const QString newer = u"9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"_s;
    QJsonObject second = document(newer, 0);
    second.insert(u"created_at"_s, u"2022-03-10T01:00:00.000Z"_s);
    m_server->addDocument(second, kPdf);
    syncOnce();
    ASSERT_TRUE(downloads().due().has_value());
    EXPECT_EQ(downloads().due()->id, newer);
    EXPECT_EQ(downloads().files()->constFirst().id, newer);
}

TEST_F(DelegationDownloadsTest, AnotherAccountSeesNothingOfThePrevious)
{
    signIn();
    ASSERT_FALSE(download().isEmpty());
    m_service->logout();
    EXPECT_EQ(downloads().accountId(), 0);
    EXPECT_TRUE(downloads().files()->isEmpty());
    EXPECT_FALSE(downloads().due().has_value());
}

} // namespace
