// SPDX-License-Identifier: MIT
// The throwaway PostgreSQL of scripts/with-postgres.sh is reachable through QPSQL, as the server
// suite needs it. Skipped when VSYS_TEST_POSTGRES_URL is not set (a plain `ctest` outside the script).
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QUrl postgresUrl()
{
    return QUrl(qEnvironmentVariable("VSYS_TEST_POSTGRES_URL"), QUrl::StrictMode);
}

QSqlDatabase connect(const QString& name, const QUrl& url, const QString& password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(password);
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

class PostgresHarnessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!qEnvironmentVariableIsSet("VSYS_TEST_POSTGRES_URL")) {
            GTEST_SKIP() << "VSYS_TEST_POSTGRES_URL is not set; run the tests under scripts/with-postgres.sh "
                            "(scripts/run-tests.sh does) to test against PostgreSQL";
        }
        ASSERT_TRUE(postgresUrl().isValid()) << "bad VSYS_TEST_POSTGRES_URL";
        ASSERT_EQ(postgresUrl().scheme(), u"postgresql"_s);
        ASSERT_TRUE(QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) << "install libqt6sql6-psql";
    }
    void TearDown() override
    {
        for (const QString& name : QSqlDatabase::connectionNames()) {
            QSqlDatabase::removeDatabase(name);
        }
    }
};

TEST_F(PostgresHarnessTest, SelectOne)
{
    const QUrl url = postgresUrl();
    {
        QSqlDatabase db = connect(u"harness"_s, url, url.password());
        ASSERT_TRUE(db.isOpen()) << db.lastError().text().toStdString();
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"SELECT 1, current_user, current_database()"_s))
            << query.lastError().text().toStdString();
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 1);
        EXPECT_EQ(query.value(1).toString(), url.userName());
        EXPECT_EQ(query.value(2).toString(), url.path().mid(1));
    }
}

TEST_F(PostgresHarnessTest, DatabaseBelongsToTheTestRole)
{
    const QUrl url = postgresUrl();
    QSqlDatabase db = connect(u"owner"_s, url, url.password());
    ASSERT_TRUE(db.isOpen()) << db.lastError().text().toStdString();
    // The role owns the database, so the server's migrations may create tables in it. Rolled back:
    // other suites share the database, and DDL is transactional in PostgreSQL.
    ASSERT_TRUE(db.transaction()) << db.lastError().text().toStdString();
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(u"CREATE TABLE harness_probe (id integer PRIMARY KEY, name text)"_s))
        << query.lastError().text().toStdString();
    ASSERT_TRUE(query.exec(u"INSERT INTO harness_probe VALUES (1, '職域接種')"_s));
    ASSERT_TRUE(query.exec(u"SELECT name FROM harness_probe"_s));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"職域接種"_s);
    query.finish();
    EXPECT_TRUE(db.rollback()) << db.lastError().text().toStdString();
}

TEST_F(PostgresHarnessTest, RoleMayCreateDatabases)
{
    // Suites that want a database of their own (ctest runs tests in parallel) may create one.
    const QUrl url = postgresUrl();
    QSqlDatabase db = connect(u"createdb"_s, url, url.password());
    ASSERT_TRUE(db.isOpen()) << db.lastError().text().toStdString();
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(u"SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user"_s));
    ASSERT_TRUE(query.next());
    EXPECT_TRUE(query.value(0).toBool());
}

TEST_F(PostgresHarnessTest, PasswordIsChecked)
{
    // The cluster uses password authentication over TCP, like a real deployment, not `trust`.
    const QUrl url = postgresUrl();
    QSqlDatabase db = connect(u"wrong"_s, url, url.password() + u"-wrong"_s);
    EXPECT_FALSE(db.isOpen());
}

} // namespace
