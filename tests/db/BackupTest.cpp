// SPDX-License-Identifier: MIT
// Backup and restore of the local database (issue 18): consistent copies while the app writes, the daily copies, and
// a restore into a fresh data folder that finds every draft, working copy and unsent outbox entry.
#include "DbTestSupport.h"
#include "db/LocalBackups.h"
#include "db/Migrator.h"
#include "db/OutboxRepository.h"
#include "db/PageDraftStore.h"
#include "db/SqliteBackup.h"
#include "db/WorkingCopyRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <filesystem>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace vsys::db {
namespace {

const QString kApplicationId = u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s;
const QDateTime kNow = QDateTime(QDate(2026, 12, 3), QTime(9, 30), QTimeZone(9 * 3600));

/// The file's mode bits as `ls -l` shows them (0600), without Qt's extra bits for the current user.
int mode(const QString& path)
{
    return int(std::filesystem::status(path.toStdString()).permissions() & std::filesystem::perms::mask);
}

class BackupTest : public test::AccountDatabaseTest
{
protected:
    QString databasePath() const { return m_dir.filePath(u"vsysdesk.sqlite"_s); }

    /// Work that has not reached the server: both pages' drafts, a form's working copy and an outbox entry.
    OutboxEntry addUnsentWork()
    {
        PageDraftStore reports(*m_database, PageDraftStore::Page::Report);
        EXPECT_TRUE(reports.save(m_accountId, {{u"wasted"_s, 3}}, kNow).ok());
        PageDraftStore inquiries(*m_database, PageDraftStore::Page::Inquiry);
        EXPECT_TRUE(inquiries.save(m_accountId, {{u"question"_s, u"配送日を変更したい"_s}}, kNow).ok());
        WorkingCopyRepository copies(*m_database);
        EXPECT_TRUE(copies.save({m_accountId, kApplicationId, {{u"name"_s, u"山田太郎"_s}}, kNow}).ok());
        OutboxRepository outbox(*m_database);
        auto entry = outbox.enqueue(m_accountId, u"application"_s, kApplicationId, OutboxOperation::Put,
                                    {{u"name"_s, u"山田太郎"_s}}, 0, kNow);
        EXPECT_TRUE(entry.ok());
        return entry.value();
    }

    /// About 12 MB more, so that a copy takes a dozen chunks.
    void addBulk()
    {
        EXPECT_EQ(test::RawConnection(databasePath()).exec(u"CREATE TABLE bulk AS SELECT randomblob(12000000) AS b"_s),
                  QString());
    }
};

TEST_F(BackupTest, RestoredIntoAFreshDataFolderFindsEveryDraftAndTheUnsentOutboxEntry)
{
    const OutboxEntry sent = addUnsentWork();
    const QString copy = m_dir.filePath(u"usb/vsysdesk-backup.sqlite"_s);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(copy).absolutePath()));
    auto written = SqliteBackup::copy(databasePath(), copy);
    ASSERT_TRUE(written.ok()) << qPrintable(written.error().message);

    QTemporaryDir fresh;
    const QString freshPath = fresh.filePath(u"vsysdesk.sqlite"_s);
    auto staged = LocalBackups(freshPath).stageRestore(copy, Migrator().latestVersion());
    ASSERT_TRUE(staged.ok()) << qPrintable(staged.error().message);
    auto opened = Database::open(freshPath, u"restored"_s);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    Database& restored = *opened.value();

    EXPECT_EQ(PageDraftStore(restored, PageDraftStore::Page::Report).draft(m_accountId).value(),
              (QJsonObject{{u"wasted"_s, 3}}));
    EXPECT_EQ(PageDraftStore(restored, PageDraftStore::Page::Inquiry).draft(m_accountId).value(),
              (QJsonObject{{u"question"_s, u"配送日を変更したい"_s}}));
    const auto workingCopy = WorkingCopyRepository(restored).find(kApplicationId).value();
    ASSERT_TRUE(workingCopy.has_value());
    EXPECT_EQ(workingCopy->content, (QJsonObject{{u"name"_s, u"山田太郎"_s}}));
    OutboxRepository outbox(restored);
    EXPECT_EQ(outbox.unsyncedCount(m_accountId).value(), 1);
    EXPECT_EQ(outbox.find(sent.id).value(), sent);
    // The staged copy is used up; the fresh folder had no data, so nothing was saved before.
    EXPECT_FALSE(QFileInfo::exists(freshPath + u".restore"_s));
    EXPECT_TRUE(LocalBackups(freshPath).copies().isEmpty());
}

TEST_F(BackupTest, CopyIsTheStateOfItsStartWhileTheAppWritesMeanwhile)
{
    addBulk();
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    OutboxRepository outbox(*m_database);
    QList<int> done;
    auto written = SqliteBackup::copy(databasePath(), copy, [&](int pages, int) {
        if (done.isEmpty()) {
            // The app's own connection commits between two chunks.
            EXPECT_TRUE(outbox
                            .enqueue(m_accountId, u"application"_s, u"1c6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s,
                                     OutboxOperation::Put, {}, 0, kNow)
                            .ok());
        }
        done.append(pages);
        return true;
    });
    ASSERT_TRUE(written.ok()) << qPrintable(written.error().message);
    ASSERT_GE(done.size(), 10);
    // Never started over: each chunk went further.
    EXPECT_TRUE(std::is_sorted(done.begin(), done.end()) && std::adjacent_find(done.begin(), done.end()) == done.end());

    EXPECT_EQ(outbox.unsyncedCount(m_accountId).value(), 1);
    test::RawConnection copied(copy);
    EXPECT_EQ(copied.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    EXPECT_EQ(copied.scalar(u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    EXPECT_EQ(copied.scalar(u"SELECT length(b) FROM bulk"_s).toInt(), 12000000);
    EXPECT_EQ(copied.scalar(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
}

TEST_F(BackupTest, CopiesAreTheOwnersOnlyAndTheFolderToo)
{
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    ASSERT_TRUE(SqliteBackup::copy(databasePath(), copy).ok());
    EXPECT_EQ(mode(copy), 0600);

    const LocalBackups backups(databasePath());
    ASSERT_TRUE(backups.takeDaily(kNow.date(), 14).ok());
    EXPECT_EQ(mode(backups.folder()), 0700);
    EXPECT_EQ(mode(backups.dailyPath(kNow.date())), 0600);
}

TEST_F(BackupTest, DailyCopyIsTakenOnceADayAndKeepsTheNewestN)
{
    const LocalBackups backups(databasePath());
    for (int day = 1; day <= 6; ++day) {
        EXPECT_TRUE(backups.takeDaily(QDate(2026, 11, 25).addDays(day), 3).value());
    }
    EXPECT_FALSE(backups.takeDaily(QDate(2026, 12, 1), 3).value()) << "taken once a day";
    // A copy taken before a restore is not one of the N.
    ASSERT_TRUE(
        SqliteBackup::copy(databasePath(),
                           QDir(backups.folder()).filePath(u"vsysdesk-before-restore-2026-11-20-101500.sqlite"_s))
            .ok());
    ASSERT_TRUE(backups.takeDaily(QDate(2026, 12, 2), 3).ok());
    EXPECT_EQ(QDir(backups.folder()).entryList(QDir::Files, QDir::Name),
              (QStringList{u"vsysdesk-2026-11-30.sqlite"_s, u"vsysdesk-2026-12-01.sqlite"_s,
                           u"vsysdesk-2026-12-02.sqlite"_s, u"vsysdesk-before-restore-2026-11-20-101500.sqlite"_s}));
    const QList<LocalBackup> copies = backups.copies();
    ASSERT_EQ(copies.size(), 4);
    EXPECT_EQ(std::count_if(copies.begin(), copies.end(), [](const LocalBackup& c) { return c.automatic; }), 3);
}

TEST_F(BackupTest, AStoppedCopyLeavesNoFile)
{
    addBulk();
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    auto written = SqliteBackup::copy(databasePath(), copy, [](int done, int) { return done < 1024; });
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().field, u"cancelled"_s);
    EXPECT_EQ(written.error().message, u"バックアップを中止しました。ファイルは書き込まれていません。"_s);
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_FALSE(QFileInfo::exists(copy + u".part"_s));
}

TEST_F(BackupTest, RefusesToRestoreWhatIsNoLocalDatabaseAndKeepsTheData)
{
    addUnsentWork();
    const QString text = m_dir.filePath(u"notes.sqlite"_s);
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const LocalBackups backups(databasePath());
    auto staged = backups.stageRestore(text, Migrator().latestVersion());
    ASSERT_FALSE(staged.ok());
    EXPECT_EQ(staged.error().message,
              u"%1 は復元できません：VSYS Deskのデータではありません（file is not a database）。"_s.arg(
                  QDir::toNativeSeparators(text)));

    const QString missing = m_dir.filePath(u"gone.sqlite"_s);
    EXPECT_EQ(backups.stageRestore(missing, 14).error().message,
              u"%1 は復元できません：ファイルがありません。"_s.arg(QDir::toNativeSeparators(missing)));

    const QString newer = m_dir.filePath(u"newer.sqlite"_s);
    ASSERT_TRUE(SqliteBackup::copy(databasePath(), newer).ok());
    ASSERT_EQ(test::RawConnection(newer).exec(u"PRAGMA user_version = 999"_s), QString());
    EXPECT_EQ(backups.stageRestore(newer, Migrator().latestVersion()).error().message,
              u"%1 は復元できません：新しいバージョンのVSYS Deskで書かれています（スキーマ 999。"
              u"このバージョンが読めるのは %2 までです）。"_s.arg(QDir::toNativeSeparators(newer))
                  .arg(Migrator().latestVersion()));
    EXPECT_FALSE(QFileInfo::exists(backups.stagedPath()));
}

TEST_F(BackupTest, RestoreSavesTheCurrentDataFirst)
{
    const QString copy = m_dir.filePath(u"empty-copy.sqlite"_s);
    ASSERT_TRUE(SqliteBackup::copy(databasePath(), copy).ok());
    addUnsentWork();
    const LocalBackups backups(databasePath());
    ASSERT_TRUE(backups.stageRestore(copy, Migrator().latestVersion()).ok());
    m_database.reset();

    auto applied = backups.applyStagedRestore(kNow);
    ASSERT_TRUE(applied.ok()) << qPrintable(applied.error().message);
    const QString before
        = QDir(backups.folder())
              .filePath(u"vsysdesk-before-restore-%1.sqlite"_s.arg(kNow.toString(u"yyyy-MM-dd-HHmmss"_s)));
    EXPECT_EQ(applied.value(), before);
    EXPECT_EQ(mode(before), 0600);
    EXPECT_EQ(test::RawConnection(before).scalar(u"SELECT count(*) FROM outbox"_s).toInt(), 1);
    EXPECT_EQ(test::RawConnection(databasePath()).scalar(u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    EXPECT_EQ(mode(databasePath()), 0600);
    EXPECT_EQ(backups.applyStagedRestore(kNow).value(), QString()) << "nothing staged any more";
}

TEST_F(BackupTest, ARestoreThatFailsAtStartKeepsTheDataAndIsNotTriedAgain)
{
    const QString copy = m_dir.filePath(u"empty-copy.sqlite"_s);
    ASSERT_TRUE(SqliteBackup::copy(databasePath(), copy).ok());
    addUnsentWork();
    const LocalBackups backups(databasePath());
    ASSERT_TRUE(backups.stageRestore(copy, Migrator().latestVersion()).ok());
    m_database.reset();
    // A file where the backups folder goes: the current data cannot be saved first, so nothing is replaced.
    QFile blocker(backups.folder());
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    auto opened = Database::open(databasePath(), u"after-restore"_s);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(
        opened.error().message,
        u"復元できませんでした。このコンピューターのデータは変わっていません。バックアップのフォルダー %1 を作成できませんでした。"_s
            .arg(QDir::toNativeSeparators(backups.folder())));
    EXPECT_FALSE(QFileInfo::exists(backups.stagedPath()));
    EXPECT_TRUE(QFileInfo::exists(backups.stagedPath() + u"-failed"_s));

    auto reopened = Database::open(databasePath(), u"after-restore"_s);
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().message);
    EXPECT_EQ(OutboxRepository(*reopened.value()).unsyncedCount(m_accountId).value(), 1);
}

} // namespace
} // namespace vsys::db
