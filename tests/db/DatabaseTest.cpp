// SPDX-License-Identifier: MIT
// Tests for db::Database: real files, the pragmas really in effect, refusal of newer files, WAL readers.
#include "db/Database.h"

#include "DbTestSupport.h"
#include "db/Migrator.h"
#include "db/Transaction.h"
#include "db/VenueRepository.h"
#include "tests/support/SqliteFileModes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::db::Database;
using vsys::db::Migrator;
using vsys::db::test::RawConnection;
namespace sqliteFiles = vsys::test::sqliteFiles;

namespace {

class DatabaseTest : public ::testing::Test
{
protected:
    QString path(const QString& name = u"vsysdesk.sqlite"_s) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        g_warnings.append(message);
    }
}

TEST_F(DatabaseTest, OpenCreatesTheFileWithFolderPragmasAndNewestSchema)
{
    ASSERT_TRUE(m_dir.isValid());
    const QString file = path(u"nested/deeper/vsysdesk.sqlite"_s);

    auto database = Database::open(file);

    ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
    EXPECT_TRUE(QFile::exists(file));
    EXPECT_EQ((*database)->schemaVersion(), Migrator().latestVersion());
    EXPECT_EQ(Migrator().latestVersion(), 14);

    QSqlQuery query((*database)->connection());
    const auto pragma = [&query](const QString& name) {
        EXPECT_TRUE(query.exec(u"PRAGMA "_s + name) && query.next()) << qPrintable(name);
        return query.value(0);
    };
    EXPECT_EQ(pragma(u"user_version"_s).toInt(), 14);
    EXPECT_EQ(pragma(u"journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(pragma(u"foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(pragma(u"synchronous"_s).toInt(), 1); // NORMAL
    EXPECT_EQ(pragma(u"busy_timeout"_s).toInt(), 5000);
}

TEST_F(DatabaseTest, FreshDatabaseHasEveryTable)
{
    auto database = Database::open(path());
    ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);

    QSqlQuery query((*database)->connection());
    ASSERT_TRUE(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
    QStringList tables;
    while (query.next()) {
        tables.append(query.value(0).toString());
    }
    EXPECT_EQ(tables,
              (QStringList{u"account"_s,
                           u"app_setting"_s,
                           u"application"_s,
                           u"application_change_log"_s,
                           u"application_working_copy"_s,
                           u"claim"_s,
                           u"claim_code_confirmation"_s,
                           u"claim_print"_s,
                           u"clinic_hours"_s,
                           u"dose_entry"_s,
                           u"inquiry_draft"_s,
                           u"institution_edit"_s,
                           u"kept_document"_s,
                           u"outbox"_s,
                           u"plan_draft"_s,
                           u"plan_record"_s,
                           u"report_draft"_s,
                           u"server_record"_s,
                           u"sqlite_sequence"_s,
                           u"sync_state"_s,
                           u"venue"_s}));
}

TEST_F(DatabaseTest, ReopeningKeepsDataAndVersion)
{
    {
        auto database = Database::open(path());
        ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
        vsys::core::Venue venue;
        venue.vsysId = u"1310000017"_s;
        venue.name = u"(職域)テスト会場"_s;
        ASSERT_TRUE(vsys::db::VenueRepository(**database).save(venue).ok());
    }
    auto reopened = Database::open(path());
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().message);
    EXPECT_EQ((*reopened)->schemaVersion(), 14);
    const auto venues = vsys::db::VenueRepository(**reopened).all();
    ASSERT_TRUE(venues.ok());
    ASSERT_EQ(venues->size(), 1);
    EXPECT_EQ(venues->constFirst().name, u"(職域)テスト会場"_s);
}

TEST_F(DatabaseTest, NewerDatabaseIsRefusedAndLeftUntouched)
{
    const QString file = path();
    {
        RawConnection raw(file);
        ASSERT_EQ(raw.exec(u"CREATE TABLE future (x TEXT)"_s), QString());
        ASSERT_EQ(raw.exec(u"PRAGMA user_version = 99"_s), QString());
    }
    const QByteArray before = vsys::db::test::fileContents(file);

    auto database = Database::open(file);

    ASSERT_FALSE(database.ok());
    EXPECT_EQ(database.error().message,
              u"ローカルデータベースは新しいバージョンの VSYS Desk で保存されています（スキーマバージョン 99。"
              "このバージョンは %1 までに対応しています）。VSYS Desk を最新版に更新してください。"_s.arg(
                  Migrator().latestVersion()));
    EXPECT_EQ(vsys::db::test::fileContents(file), before);
    EXPECT_FALSE(QFile::exists(file + u"-wal"_s));
    RawConnection raw(file);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 99);
    EXPECT_EQ(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
}

TEST_F(DatabaseTest, FileThatIsNotADatabaseIsReportedWithItsPath)
{
    const QString file = path();
    {
        QFile garbage(file);
        ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }

    auto database = Database::open(file);

    ASSERT_FALSE(database.ok());
    EXPECT_TRUE(database.error().message.startsWith(
        u"ローカルデータベースのスキーマバージョンを読み取れませんでした（%1）："_s.arg(
            QDir::toNativeSeparators(file))))
        << qPrintable(database.error().message);
    EXPECT_TRUE(database.error().message.contains(u"file is not a database"_s)) << qPrintable(database.error().message);
    EXPECT_FALSE(QSqlDatabase::contains(u"vsysdesk"_s));
}

TEST_F(DatabaseTest, ConnectionNameInUseIsRefusedWithoutDisturbingTheOwner)
{
    auto first = Database::open(path(u"a.sqlite"_s), u"shared"_s);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);

    auto second = Database::open(path(u"b.sqlite"_s), u"shared"_s);

    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().message,
              u"ローカルデータベースを開けませんでした（%1）：connection name \"shared\" is already in use"_s.arg(
                  QDir::toNativeSeparators(path(u"b.sqlite"_s))));
    EXPECT_EQ((*first)->schemaVersion(), 14);
    EXPECT_EQ((*first)->connection().databaseName(), path(u"a.sqlite"_s));
}

TEST_F(DatabaseTest, ClosingLeavesNoWarningsAndFreesTheName)
{
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
    {
        auto database = Database::open(path());
        ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
        vsys::db::VenueRepository venues(**database);
        ASSERT_TRUE(venues.all().ok());
        ASSERT_TRUE(venues.find(u"1310000017"_s).ok());
    }

    EXPECT_TRUE(g_warnings.isEmpty()) << qPrintable(g_warnings.join(u'\n'));
    EXPECT_FALSE(QSqlDatabase::contains(u"vsysdesk"_s));
    EXPECT_FALSE(QFile::exists(path() + u"-wal"_s)); // the last connection checkpointed and cleaned up
}

TEST_F(DatabaseTest, SecondConnectionReadsWhileTheFirstWrites)
{
    auto writer = Database::open(path(), u"writer"_s);
    ASSERT_TRUE(writer.ok()) << qPrintable(writer.error().message);
    auto reader = Database::open(path(), u"reader"_s);
    ASSERT_TRUE(reader.ok()) << qPrintable(reader.error().message);
    vsys::db::VenueRepository writerVenues(**writer);
    vsys::db::VenueRepository readerVenues(**reader);

    vsys::db::Transaction transaction(**writer);
    ASSERT_TRUE(transaction.begin().ok());
    vsys::core::Venue venue;
    venue.vsysId = u"1310000017"_s;
    venue.name = u"(職域)書き込み中の会場"_s;
    ASSERT_TRUE(writerVenues.save(venue).ok());

    QElapsedTimer timer;
    timer.start();
    const auto duringWrite = readerVenues.all();
    ASSERT_TRUE(duringWrite.ok()) << qPrintable(duringWrite.error().message);
    EXPECT_TRUE(duringWrite->isEmpty()); // the uncommitted row is invisible
    EXPECT_LT(timer.elapsed(), 1000); // and the reader did not wait for the write lock

    ASSERT_TRUE(transaction.commit().ok());
    const auto afterCommit = readerVenues.all();
    ASSERT_TRUE(afterCommit.ok());
    ASSERT_EQ(afterCommit->size(), 1);
    EXPECT_EQ(afterCommit->constFirst().name, u"(職域)書き込み中の会場"_s);
}

TEST_F(DatabaseTest, TheFilesAreForTheOwnerOnlyEvenWhenLeftWideByAnOlderVersion)
{
    // The venue's applications are in them.
    const sqliteFiles::UsualUmask umask;
    {
        auto database = Database::open(path());
        ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
        EXPECT_TRUE(sqliteFiles::areOwnerOnly(path()));
    }
    ASSERT_TRUE(sqliteFiles::leaveWide(path()));
    auto reopened = Database::open(path());
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().message);
    EXPECT_TRUE(sqliteFiles::areOwnerOnly(path()));
}

} // namespace
