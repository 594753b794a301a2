// SPDX-License-Identifier: MIT
// Tests for db::Migrator: a real schema-1 file from the field, rollback of a broken step, file layout.
#include "db/Migrator.h"

#include "DbTestSupport.h"
#include "db/Database.h"
#include "db/VenueRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::db::Database;
using vsys::db::Migrator;
using vsys::db::test::RawConnection;

namespace {

class MigratorTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Writes a migration file into the test's own migrations folder.
    void writeMigration(const QString& fileName, const QByteArray& sql) const
    {
        ASSERT_TRUE(QDir().mkpath(migrations()));
        QFile file(migrations() + u'/' + fileName);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(sql);
    }

    QString migrations() const { return m_dir.filePath(u"migrations"_s); }

    QTemporaryDir m_dir;
};

/// Every table, index and their SQL, to compare two files' schemas.
QString schema(const QString& file)
{
    RawConnection raw(file);
    return raw
        .scalar(u"SELECT group_concat(type || ' ' || name || ': ' || ifnull(sql, ''), char(10)) FROM "
                "(SELECT * FROM sqlite_master ORDER BY type, name)"_s)
        .toString();
}

TEST_F(MigratorTest, RealSchema1FileIsUpgradedWithItsData)
{
    ASSERT_TRUE(m_dir.isValid());
    const QString file = path(u"vsysdesk.sqlite"_s);
    ASSERT_TRUE(QFile::copy(vsys::db::test::fixturePath(u"vsysdesk-schema1.sqlite"_s), file));
    // A read-only checkout gives a read-only copy.
    ASSERT_TRUE(QFile::setPermissions(file, QFile::permissions(file) | QFile::WriteOwner));
    {
        RawConnection raw(file);
        ASSERT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
    }

    {
        auto database = Database::open(file);
        ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
        EXPECT_EQ((*database)->schemaVersion(), 14);

        const auto venue = vsys::db::VenueRepository(**database).find(u"1310000017"_s);
        ASSERT_TRUE(venue.ok()) << qPrintable(venue.error().message);
        ASSERT_TRUE(venue->has_value());
        EXPECT_EQ((*venue)->name, u"(職域)旧版の会場"_s);
    }

    RawConnection raw(file);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 14);
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM venue"_s).toInt(), 1);
    EXPECT_EQ(raw.scalar(u"SELECT name FROM venue WHERE vsys_id = '1310000017'"_s).toString(), u"(職域)旧版の会場"_s);
    EXPECT_EQ(raw.scalar(u"SELECT created_at FROM venue"_s).toString(), u"2022-02-01T00:00:00.000Z"_s);
    // 0007: the status per V-SYS ID that never left this PC is gone; the server keeps it per venue.
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                         "'reservation_status_history'"_s)
                  .toInt(),
              0);
}

TEST_F(MigratorTest, UpgradedFileHasTheSameSchemaAsAFreshOne)
{
    const QString upgraded = path(u"upgraded.sqlite"_s);
    const QString fresh = path(u"fresh.sqlite"_s);
    ASSERT_TRUE(QFile::copy(vsys::db::test::fixturePath(u"vsysdesk-schema1.sqlite"_s), upgraded));
    ASSERT_TRUE(QFile::setPermissions(upgraded, QFile::permissions(upgraded) | QFile::WriteOwner));
    ASSERT_TRUE(Database::open(upgraded).ok());
    ASSERT_TRUE(Database::open(fresh).ok());

    EXPECT_EQ(schema(upgraded), schema(fresh));
}

TEST_F(MigratorTest, BrokenStepRollsBackAndNamesTheFile)
{
    writeMigration(u"0001_first.sql"_s, "-- fine\nCREATE TABLE first (x TEXT);\n");
    writeMigration(u"0002_broken.sql"_s, "CREATE TABLE second (x TEXT);\nINSERT INTO missing VALUES (1);\n");
    const QString file = path(u"vsysdesk.sqlite"_s);

    auto database = Database::open(file, u"vsysdesk"_s, Migrator(migrations()));

    ASSERT_FALSE(database.ok());
    const QString message = database.error().message;
    EXPECT_TRUE(message.startsWith(u"ローカルデータベースを更新できませんでした（0002_broken.sql）：statement 2: "
                                   "no such table: missing"_s))
        << qPrintable(message);
    {
        RawConnection raw(file);
        EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'first'"_s).toInt(), 1);
        EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'second'"_s).toInt(), 0);
    }

    // Once the step is fixed, the same file carries on from version 1.
    writeMigration(u"0002_broken.sql"_s, "CREATE TABLE second (x TEXT);\n");
    auto repaired = Database::open(file, u"vsysdesk"_s, Migrator(migrations()));
    ASSERT_TRUE(repaired.ok()) << qPrintable(repaired.error().message);
    EXPECT_EQ((*repaired)->schemaVersion(), 2);
}

TEST_F(MigratorTest, GapInNumberingIsRefusedBeforeTouchingTheFile)
{
    writeMigration(u"0001_first.sql"_s, "CREATE TABLE first (x TEXT);");
    writeMigration(u"0003_third.sql"_s, "CREATE TABLE third (x TEXT);");
    const QString file = path(u"vsysdesk.sqlite"_s);

    auto database = Database::open(file, u"vsysdesk"_s, Migrator(migrations()));

    ASSERT_FALSE(database.ok());
    EXPECT_EQ(
        database.error().message,
        u"データベースの移行ファイルの番号が 0001、0002、… と連続していません：0003_third.sql の位置が正しくありません。"_s);
    EXPECT_EQ(QFileInfo(file).size(), 0);
}

TEST_F(MigratorTest, MisnamedFileIsRefused)
{
    writeMigration(u"0001_first.sql"_s, "CREATE TABLE first (x TEXT);");
    writeMigration(u"2_second.sql"_s, "CREATE TABLE second (x TEXT);");

    auto database = Database::open(path(u"vsysdesk.sqlite"_s), u"vsysdesk"_s, Migrator(migrations()));

    ASSERT_FALSE(database.ok());
    EXPECT_EQ(database.error().message,
              u"データベースの移行ファイル 2_second.sql の名前が NNNN_description.sql の形式ではありません。"_s);
}

TEST_F(MigratorTest, ShippedMigrationsAreNumberedAndDocumented)
{
    const Migrator shipped;
    EXPECT_EQ(shipped.latestVersion(), 14);
    const QStringList files = QDir(u":/db/migrations"_s).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files,
              (QStringList{u"0001_initial.sql"_s, u"0002_reservation_status.sql"_s, u"0003_sync.sql"_s,
                           u"0004_application_edits.sql"_s, u"0005_plan.sql"_s, u"0006_claims.sql"_s,
                           u"0007_claim_code_confirmations.sql"_s, u"0008_reservation_status_sync.sql"_s,
                           u"0009_venue_jobs.sql"_s, u"0010_reports.sql"_s, u"0011_institution.sql"_s,
                           u"0012_documents.sql"_s, u"0013_dose_ledger.sql"_s, u"0014_inquiries.sql"_s}));
    for (const QString& name : files) {
        QFile file(u":/db/migrations/"_s + name);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        ASSERT_GE(lines.size(), 2);
        EXPECT_TRUE(lines.at(0).startsWith("-- SPDX-License-Identifier: MIT")) << qPrintable(name);
        EXPECT_TRUE(lines.at(1).startsWith("-- ")) << qPrintable(name) << " must say why it exists";
    }
}

} // namespace
