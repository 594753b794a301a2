// SPDX-License-Identifier: MIT
// Tests of the server's storage layer: --database URLs, the dialect-neutral migrations, per-thread
// connections, nested transactions and the demo data; on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "server/demo/DemoData.h"
#include "server/service/OperatorService.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/ReservationStatusRepository.h"
#include "server/storage/SchemaMigrator.h"
#include "server/storage/SqlTransaction.h"
#include "tests/support/SqliteFileModes.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <thread>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

TEST(DatabaseUrlTest, ReadsSqliteAndPostgresqlUrls)
{
    const auto sqlite = DatabaseUrl::parse(u"sqlite:./data/server.sqlite"_s);
    ASSERT_TRUE(sqlite.ok());
    EXPECT_EQ(sqlite->driver, DatabaseUrl::Driver::Sqlite);
    EXPECT_EQ(sqlite->path, u"./data/server.sqlite"_s);

    const auto postgres = DatabaseUrl::parse(u"postgresql://vsys:s%40cret@db.example:6543/vsysdesk?schema=tenant_1"_s);
    ASSERT_TRUE(postgres.ok()) << qPrintable(postgres.error().message);
    EXPECT_EQ(postgres->driver, DatabaseUrl::Driver::Postgres);
    EXPECT_EQ(postgres->host, u"db.example"_s);
    EXPECT_EQ(postgres->port, 6543);
    EXPECT_EQ(postgres->user, u"vsys"_s);
    EXPECT_EQ(postgres->password, u"s@cret"_s);
    EXPECT_EQ(postgres->databaseName, u"vsysdesk"_s);
    EXPECT_EQ(postgres->schema, u"tenant_1"_s);
    EXPECT_EQ(postgres->redacted(), u"postgresql://vsys@db.example:6543/vsysdesk?schema=tenant_1"_s);
    EXPECT_EQ(DatabaseUrl::parse(u"postgres://u:p@h/d"_s)->port, 5432);
}

TEST(DatabaseUrlTest, RefusesWhatItCannotUse)
{
    for (const QString& text : {u"sqlite:"_s, u"sqlite::memory:"_s, u"mysql://u:p@h/d"_s, u"postgresql://u:p@h/"_s,
                                u"postgresql://u:p@h/d?schema=Robert'); DROP"_s, u"server.sqlite"_s}) {
        const auto url = DatabaseUrl::parse(text);
        EXPECT_FALSE(url.ok()) << qPrintable(text);
        if (!url.ok()) {
            EXPECT_EQ(url.error().field, u"database"_s);
            EXPECT_TRUE(url.error().message.startsWith(u"--database"_s)) << qPrintable(url.error().message);
        }
    }
    EXPECT_EQ(
        DatabaseUrl::parse(u"ftp://x"_s).error().message,
        u"--database：「ftp://x」は sqlite:PATH でも postgresql://user:password@host:port/database でもありません。"_s);
}

TEST(SchemaMigratorTest, PlaceholdersBecomeEachDriversTypes)
{
    const QString sql = u"CREATE TABLE t (seq {{ID}}, data {{BLOB}}, at {{TIMESTAMP}})"_s;
    EXPECT_EQ(SchemaMigrator::expand(sql, DatabaseUrl::Driver::Sqlite),
              u"CREATE TABLE t (seq INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB, at TEXT)"_s);
    EXPECT_EQ(SchemaMigrator::expand(sql, DatabaseUrl::Driver::Postgres),
              u"CREATE TABLE t (seq BIGSERIAL PRIMARY KEY, data BYTEA, at TEXT)"_s);
}

TEST(SchemaMigratorTest, DriverOnlyStatementsRunOnTheirDriverAlone)
{
    const QString sql = u"-- a comment\nCREATE TABLE t (at {{TIMESTAMP}});\n{{POSTGRESQL}} ALTER TABLE t DROP "
                        "CONSTRAINT c;\n{{SQLITE}} CREATE TABLE t2 (seq {{ID}});\nDROP TABLE t"_s;
    EXPECT_EQ(SchemaMigrator::statements(sql, DatabaseUrl::Driver::Sqlite),
              (QStringList{u"CREATE TABLE t (at TEXT)"_s, u"CREATE TABLE t2 (seq INTEGER PRIMARY KEY AUTOINCREMENT)"_s,
                           u"DROP TABLE t"_s}));
    EXPECT_EQ(SchemaMigrator::statements(sql, DatabaseUrl::Driver::Postgres),
              (QStringList{u"CREATE TABLE t (at TEXT)"_s, u"ALTER TABLE t DROP CONSTRAINT c"_s, u"DROP TABLE t"_s}));
}

TEST(SchemaMigratorTest, ShipsNumberedMigrations)
{
    EXPECT_EQ(SchemaMigrator().latestVersion(), 11);
}

class StorageTest : public ::testing::TestWithParam<Backend>
{
protected:
    /// The database as a server of schema version 1 left it (written without the server), with
    /// three global changes in its log.
    /// A database at schema version 1 with three changes of the global クール 1, 2, 3 (seq 1 to 3), and then
    /// `moreCools` changes of those (by number).
    void writeSchemaVersionOne(const QList<int>& moreCools = {})
    {
        const DatabaseUrl& url = m_database->url();
        const QString name = u"schema-1-writer"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(url.qtDriver(), name);
            if (url.driver == DatabaseUrl::Driver::Sqlite) {
                db.setDatabaseName(url.path);
            } else {
                db.setHostName(url.host);
                db.setPort(url.port);
                db.setUserName(url.user);
                db.setPassword(url.password);
                db.setDatabaseName(url.databaseName);
            }
            ASSERT_TRUE(db.open()) << qPrintable(db.lastError().text());
            QSqlQuery query(db);
            QFile file(u":/server/migrations/0001_initial.sql"_s);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            QStringList statements = SchemaMigrator::statements(QString::fromUtf8(file.readAll()), url.driver);
            if (url.driver == DatabaseUrl::Driver::Postgres) {
                statements.prepend(u"SET search_path TO %1"_s.arg(url.schema));
            }
            statements << u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s
                       << u"INSERT INTO schema_version (version) VALUES (1)"_s;
            for (const int cool : QList<int>{1, 2, 3} + moreCools) {
                statements << u"INSERT INTO change_log (venue_id, kind, entity_id, changed_at) VALUES (NULL, 'cool', "
                              "'%1', '2022-01-01T00:00:00.000Z')"_s.arg(cool);
            }
            for (const QString& statement : statements) {
                ASSERT_TRUE(query.exec(statement)) << qPrintable(statement + u": "_s + query.lastError().text());
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(GetParam());
        if (!m_database->available()) {
            GTEST_SKIP() << TestDatabase::kSkipMessage;
        }
    }

    std::unique_ptr<Storage> open()
    {
        auto storage = Storage::open(m_database->url());
        EXPECT_TRUE(storage.ok()) << qPrintable(storage.error().message);
        return storage ? std::move(storage).value() : nullptr;
    }

    static int count(Storage& storage, const QString& table)
    {
        auto rows = storage.execute(u"SELECT COUNT(*) FROM "_s + table);
        return rows && rows->next() ? rows->value(0).toInt() : -1;
    }

    std::unique_ptr<TestDatabase> m_database;
};

TEST_P(StorageTest, MigratesAnEmptyDatabaseOnceAndReopensIt)
{
    {
        auto storage = open();
        ASSERT_TRUE(storage);
        EXPECT_EQ(SchemaMigrator::schemaVersion(*storage).value(), 11);
        for (const QString& table : {u"venue"_s, u"account"_s, u"session"_s, u"login_failure"_s, u"application"_s,
                                     u"idempotency"_s, u"document"_s, u"cool"_s, u"allocation"_s, u"change_log"_s,
                                     u"venue_plan"_s, u"reservation_status_history"_s, u"institution"_s, u"doctor"_s}) {
            EXPECT_EQ(count(*storage, table), 0) << qPrintable(table);
        }
    }
    auto reopened = open();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(count(*reopened, u"schema_version"_s), 1);
}

TEST_P(StorageTest, TheChangeLogKeepsItsSequenceThroughTheMigrationToPlans)
{
    writeSchemaVersionOne();
    auto storage = open();
    ASSERT_TRUE(storage);
    EXPECT_EQ(SchemaMigrator::schemaVersion(*storage).value(), 11);

    // A client that read up to 3 before the update gets exactly what came after.
    const auto venue = OperatorService(*storage).createVenue(u"(職域)テスト会場"_s, {});
    ASSERT_TRUE(venue.ok());
    {
        SqlTransaction transaction(*storage);
        ASSERT_TRUE(transaction.begin().ok());
        ASSERT_TRUE(
            ChangeLog(*storage).record(*venue, ChangeKind::Plan, u"plan"_s, QDateTime::currentDateTimeUtc()).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    const auto changes = ChangeLog(*storage).since(*venue, 3, 100);
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->size(), 2);
    EXPECT_EQ(changes->at(0).kind, ChangeKind::Venue);
    EXPECT_EQ(changes->at(0).seq, 4);
    EXPECT_EQ(changes->at(1).kind, ChangeKind::Plan);
    EXPECT_EQ(changes->at(1).entityId, u"plan"_s);
    EXPECT_EQ(changes->at(1).seq, 5);
    EXPECT_EQ(ChangeLog(*storage).since(*venue, 0, 100)->size(), 5);
    EXPECT_EQ(count(*storage, u"venue_plan"_s), 0);
    // 0003: a venue starts with no 予約受付状態 set.
    const auto reservation = ReservationStatusRepository(*storage).find(*venue);
    ASSERT_TRUE(reservation.ok() && reservation->has_value());
    EXPECT_EQ(**reservation, core::ReservationState{});
    // 0004 and 0008: the kinds of the venue's remaining jobs and of the 接種台帳 are accepted, and the kinds are
    // still checked.
    {
        SqlTransaction transaction(*storage);
        ASSERT_TRUE(transaction.begin().ok());
        for (const ChangeKind kind :
             {ChangeKind::Report, ChangeKind::Institution, ChangeKind::Doctor, ChangeKind::Dose}) {
            EXPECT_TRUE(ChangeLog(*storage).record(*venue, kind, u"x"_s, QDateTime::currentDateTimeUtc()).ok());
        }
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_FALSE(storage
                     ->run(u"INSERT INTO change_log (venue_id, kind, entity_id, changed_at) VALUES (NULL, 'other', "
                           "'x', '2022-01-01T00:00:00.000Z')"_s)
                     .ok());
}

TEST_P(StorageTest, TheMigrationOfTheChangeLogKeepsEachRecordsLatestChange)
{
    // Seq 4 and 5 change クール 2 again, 6 changes 1: 0011 keeps 3, 5 and 6.
    writeSchemaVersionOne({2, 2, 1});
    auto storage = open();
    ASSERT_TRUE(storage);
    auto rows = storage->execute(u"SELECT seq, entity_id FROM change_log ORDER BY seq"_s);
    ASSERT_TRUE(rows.ok());
    QStringList kept;
    while (rows->next()) {
        kept.append(rows->value(0).toString() + u':' + rows->value(1).toString());
    }
    EXPECT_EQ(kept, (QStringList{u"3:3"_s, u"5:2"_s, u"6:1"_s}));
    // A client that had read up to 4 gets クール 2 and 1; one at 0 each クール once.
    const auto after4 = ChangeLog(*storage).since({}, 4, 100);
    ASSERT_TRUE(after4.ok());
    ASSERT_EQ(after4->size(), 2);
    EXPECT_EQ(after4->at(0).entityId, u"2"_s);
    EXPECT_EQ(after4->at(1).entityId, u"1"_s);
    EXPECT_EQ(ChangeLog(*storage).since({}, 0, 100)->size(), 3);
}

TEST_P(StorageTest, RefusesADatabaseOfANewerServer)
{
    {
        auto storage = open();
        ASSERT_TRUE(storage);
        ASSERT_TRUE(storage->run(u"UPDATE schema_version SET version = 99"_s).ok());
    }
    const auto refused = Storage::open(m_database->url());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
              u"サーバーのデータベースは新しいバージョンのvsysdesk-serverで書き込まれています（スキーマバージョン99、"
              "このバージョンは11まで対応）。vsysdesk-serverを更新してください。"_s);
    // Nothing was written: a second attempt finds the same version.
    const auto again = Storage::open(m_database->url());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, refused.error().message);
}

TEST_P(StorageTest, EachThreadHasItsOwnConnectionAndAFailureReopensIt)
{
    auto storage = open();
    ASSERT_TRUE(storage);
    const QString mine = storage->connection()->connectionName();
    QString theirs;
    std::thread worker([&] {
        theirs = storage->connection()->connectionName();
        EXPECT_EQ(count(*storage, u"venue"_s), 0);
    });
    worker.join();
    EXPECT_NE(theirs, mine);
    EXPECT_FALSE(theirs.isEmpty());

    const auto broken = storage->execute(u"SELECT no_such_column FROM venue"_s);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().message,
              u"サーバーがデータベースを読み書きできませんでした。しばらくしてからもう一度お試しください。"_s);
    EXPECT_NE(storage->connection()->connectionName(), mine);
    EXPECT_EQ(count(*storage, u"venue"_s), 0);
}

TEST_P(StorageTest, AnInnerTransactionRollsBackAlone)
{
    auto storage = open();
    ASSERT_TRUE(storage);
    const QString insert = u"INSERT INTO cool (id, start_date, end_date, delivery_week, change_deadline, state, "
                           "updated_at) VALUES (:id, '2022-02-28', '2022-03-13', '2022-02-21', "
                           "'2022-01-31T14:59:00.000Z', 'open', '2022-01-01T00:00:00.000Z')"_s;
    SqlTransaction outer(*storage);
    ASSERT_TRUE(outer.begin().ok());
    ASSERT_TRUE(storage->run(insert, {{u"id"_s, 1}}).ok());
    {
        SqlTransaction inner(*storage);
        ASSERT_TRUE(inner.begin().ok());
        ASSERT_TRUE(storage->run(insert, {{u"id"_s, 2}}).ok());
    }
    ASSERT_TRUE(outer.commit().ok());
    auto rows = storage->execute(u"SELECT id FROM cool"_s);
    ASSERT_TRUE(rows.ok());
    QList<int> ids;
    while (rows->next()) {
        ids.append(rows->value(0).toInt());
    }
    EXPECT_EQ(ids, QList<int>{1});
}

TEST_P(StorageTest, DemoDataIsSeededOnce)
{
    auto storage = open();
    ASSERT_TRUE(storage);
    ASSERT_TRUE(DemoData::seed(*storage).ok());
    const int changes = count(*storage, u"change_log"_s);
    ASSERT_TRUE(DemoData::seed(*storage).ok());
    EXPECT_EQ(count(*storage, u"venue"_s), 2);
    EXPECT_EQ(count(*storage, u"account"_s), 3);
    EXPECT_EQ(count(*storage, u"application"_s), 6);
    EXPECT_EQ(count(*storage, u"cool"_s), 5);
    EXPECT_EQ(count(*storage, u"allocation"_s), 4);
    EXPECT_EQ(count(*storage, u"document"_s), 1);
    EXPECT_EQ(count(*storage, u"venue_plan"_s), 1);
    EXPECT_EQ(count(*storage, u"change_log"_s), changes);
    const QList<DemoAccount> accounts = DemoData::accounts();
    ASSERT_EQ(accounts.size(), 3);
    EXPECT_EQ(accounts.first().vsysId, u"1310000017"_s);
    EXPECT_EQ(accounts.first().password, u"demo-venue-A-2021"_s);
}

INSTANTIATE_TEST_SUITE_P(Databases, StorageTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

namespace sqliteFiles = vsys::test::sqliteFiles;

/// The server's SQLite files hold personal data and password and token hashes.
TEST(SqliteFileModeTest, TheDatabaseAndItsWalAndShmAreCreatedForTheOwnerOnly)
{
    const sqliteFiles::UsualUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server.sqlite"_s);
    auto storage = Storage::open(DatabaseUrl::sqlite(path));
    ASSERT_TRUE(storage.ok()) << qPrintable(storage.error().message);
    // The connection is open and the migrations have written: WAL mode keeps all three files now.
    EXPECT_TRUE(sqliteFiles::areOwnerOnly(path));
}

TEST(SqliteFileModeTest, FilesOfAnOlderVersionAreTightenedOnOpen)
{
    const sqliteFiles::UsualUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server.sqlite"_s);
    ASSERT_TRUE(Storage::open(DatabaseUrl::sqlite(path)).ok());
    ASSERT_TRUE(sqliteFiles::leaveWide(path));
    auto storage = Storage::open(DatabaseUrl::sqlite(path));
    ASSERT_TRUE(storage.ok()) << qPrintable(storage.error().message);
    EXPECT_TRUE(sqliteFiles::areOwnerOnly(path));
}

} // namespace

} // namespace vsys::server::test
