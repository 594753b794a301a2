// SPDX-License-Identifier: MIT
// Helpers for the db tests: a plain second connection to look at a file behind the code under test.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

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

/// The file's bytes, to prove that refusing a database did not write to it.
QByteArray fileContents(const QString& path);

/// tests/data/db/<name>: fixtures checked into the repository.
QString fixturePath(const QString& name);

} // namespace vsys::db::test
