// SPDX-License-Identifier: MIT
// Helpers for the db tests.
#include "DbTestSupport.h"

#include "db/AccountRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace vsys::db::test {

void AccountDatabaseTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    auto database = Database::open(m_dir.filePath(u"vsysdesk.sqlite"_s));
    ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
    m_database = std::move(database).value();
    m_accountId = addAccount(u"1310000017"_s);
}

qint64 AccountDatabaseTest::addAccount(const QString& vsysId)
{
    Account account;
    account.serverUrl = QUrl(u"https://vsys.example.jp"_s);
    account.vsysId = vsysId;
    return AccountRepository(*m_database).save(account).value();
}

QVariant AccountDatabaseTest::scalar(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
        return {};
    }
    return query.value(0);
}

RawConnection::RawConnection(const QString& path)
{
    static int counter = 0;
    m_name = u"raw-%1"_s.arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    EXPECT_TRUE(db.open()) << qPrintable(db.lastError().text());
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString RawConnection::exec(const QString& sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    return query.exec(sql) ? QString() : query.lastError().text();
}

QVariant RawConnection::scalar(const QString& sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
        return {};
    }
    return query.value(0);
}

QByteArray fileContents(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

QString fixturePath(const QString& name)
{
    return QStringLiteral(VSYS_TEST_DATA_DIR) + u"/db/"_s + name;
}

} // namespace vsys::db::test
