// SPDX-License-Identifier: MIT
// Helpers for the db tests: a migrated database with an account to own records, and a plain second
// connection to look at a file behind the code under test.
#pragma once

#include "db/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>
#include <memory>

namespace vsys::db::test {

/// A bare QSQLITE connection to `path`, without the pragmas or migrations of db::Database, so tests
/// can prepare files and check exactly what landed in them.
class RawConnection
{
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    /// Runs `sql`; returns the driver's error text, empty on success.
    QString exec(const QString& sql) const;
    /// First column of the first row of `sql` (a test failure and an invalid QVariant on error).
    QVariant scalar(const QString& sql) const;

private:
    QString m_name;
};

/// Base of the repository tests: a migrated database in a temporary folder with one account
/// (1310000017 on https://vsys.example.jp) that owns the records. Repositories declared in a derived
/// fixture are destroyed before the database, as their prepared statements must be.
class AccountDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override;

    /// Another V-SYS ID on the same server; returns its account id.
    qint64 addAccount(const QString& vsysId);
    /// First column of the first row of `sql` on the database's own connection.
    QVariant scalar(const QString& sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_accountId = 0;
};

/// The file's bytes, to prove that refusing a database did not write to it.
QByteArray fileContents(const QString& path);

/// tests/data/db/<name>: fixtures checked into the repository.
QString fixturePath(const QString& name);

} // namespace vsys::db::test
