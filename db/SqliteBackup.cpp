// SPDX-License-Identifier: MIT
// SqliteBackup: the copy goes to "<target>.part" first; only a finished, closed copy is renamed to the target.
#include "db/SqliteBackup.h"

#include "core/SqliteFiles.h"
#include "db/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

/// One sqlite3 connection, closed on every path out.
class Connection
{
public:
    Connection(const QString& path, int flags)
    {
        m_status = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_status == SQLITE_OK; }
    sqlite3* handle() const { return m_db; }
    QString errorText() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s; }

    /// Runs `sql`, ignoring rows; the error text, empty on success.
    QString exec(const char* sql) const
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK) {
            return {};
        }
        const QString text = message ? QString::fromUtf8(message) : errorText();
        sqlite3_free(message);
        return text;
    }

    /// The first column of the first row of `sql` as text; nothing when there is no row or on error.
    std::optional<QString> text(const char* sql) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            return std::nullopt;
        }
        std::optional<QString> value;
        if (sqlite3_step(statement) == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
    int m_status = SQLITE_ERROR;
};

/// The backup object of one copy, finished on every path out.
class BackupRun
{
public:
    BackupRun(sqlite3* target, sqlite3* source)
        : m_backup(sqlite3_backup_init(target, "main", source, "main"))
    {}
    ~BackupRun() { finish(); }
    BackupRun(const BackupRun&) = delete;
    BackupRun& operator=(const BackupRun&) = delete;

    sqlite3_backup* handle() const { return m_backup; }
    /// SQLITE_OK when every step went well.
    int finish()
    {
        const int status = m_backup ? sqlite3_backup_finish(m_backup) : SQLITE_OK;
        m_backup = nullptr;
        return status;
    }

private:
    sqlite3_backup* m_backup;
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

core::Result<void>
SqliteBackup::copy(const QString& source, const QString& target, const Progress& progress, Target mode)
{
    const bool replace = mode == Target::Replace;
    const QString written = replace ? target : target + u".part"_s;
    const auto failed = [&](const QString& reason) {
        if (!replace) {
            QFile::remove(written);
        }
        const QString what
            = replace ? tr("Could not restore the copy into %1: %2") : tr("Could not write the backup %1: %2");
        return core::Error{u"file"_s, what.arg(shown(target), reason)};
    };
    if (!replace) {
        QFile::remove(written);
    }
    if (auto made = core::SqliteFiles::makePrivate(written); !made) {
        // A USB stick's FAT or exFAT has no file modes: the file is made all the same, and the stick is the user's
        // to keep safe. The data folder's copies are inside the 0700 backups folder in any case.
        if (!QFileInfo::exists(written)) {
            return made.error();
        }
        qCWarning(lcDb) << "The backup cannot be made private on its file system:" << made.error().message;
    }
    {
        const Connection from(source, SQLITE_OPEN_READONLY);
        if (!from.isOpen()) {
            return failed(tr("the database %1 cannot be opened (%2)").arg(shown(source), from.errorText()));
        }
        const Connection to(written, SQLITE_OPEN_READWRITE);
        if (!to.isOpen()) {
            return failed(to.errorText());
        }
        // The read transaction holds one snapshot of the WAL for all chunks: the app's commits meanwhile neither
        // reach the copy half-way nor make SQLite start the copy over.
        if (const QString error = from.exec("BEGIN; SELECT count(*) FROM sqlite_schema;"); !error.isEmpty()) {
            return failed(tr("the database %1 cannot be read (%2)").arg(shown(source), error));
        }
        BackupRun run(to.handle(), from.handle());
        if (!run.handle()) {
            return failed(to.errorText());
        }
        int status = SQLITE_OK;
        while ((status = sqlite3_backup_step(run.handle(), kPagesPerStep)) == SQLITE_OK) {
            const int total = sqlite3_backup_pagecount(run.handle());
            if (progress && !progress(total - sqlite3_backup_remaining(run.handle()), total)) {
                run.finish();
                if (!replace) {
                    QFile::remove(written);
                }
                return core::Error{u"cancelled"_s, tr("The backup was stopped; no file was written.")};
            }
        }
        if (status != SQLITE_DONE) {
            return failed(QString::fromUtf8(sqlite3_errstr(status)));
        }
        if (run.finish() != SQLITE_OK) {
            return failed(to.errorText());
        }
        if (progress) {
            const int pages = from.text("PRAGMA page_count").value_or(u"0"_s).toInt();
            progress(pages, pages);
        }
        from.exec("COMMIT");
        // The source's header says WAL; a copy that is one file on its own (for a USB stick, a mail) says DELETE.
        if (!replace) {
            if (const QString error = to.exec("PRAGMA journal_mode = DELETE"); !error.isEmpty()) {
                return failed(error);
            }
        }
    }
    if (replace) {
        return {};
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        return failed(tr("the file there cannot be replaced"));
    }
    if (!QFile::rename(written, target)) {
        return failed(tr("the copy cannot be renamed"));
    }
    return {};
}

core::Result<int> SqliteBackup::check(const QString& path, int newestVersion)
{
    const auto refused = [&](const QString& reason) {
        return core::Error{u"file"_s, tr("%1 cannot be restored: %2").arg(shown(path), reason)};
    };
    if (!QFile::exists(path)) {
        return refused(tr("the file does not exist."));
    }
    const Connection db(path, SQLITE_OPEN_READONLY);
    if (!db.isOpen()) {
        return refused(tr("it cannot be opened (%1).").arg(db.errorText()));
    }
    const std::optional<QString> integrity = db.text("PRAGMA quick_check");
    if (!integrity) {
        return refused(tr("it is not a VSYS Desk database (%1).").arg(db.errorText()));
    }
    if (*integrity != u"ok"_s) {
        return refused(tr("the file is damaged (%1).").arg(*integrity));
    }
    const std::optional<QString> tables
        = db.text("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('venue', 'app_setting')");
    const int version = db.text("PRAGMA user_version").value_or(u"0"_s).toInt();
    if (!tables || tables->toInt() != 2 || version < 1) {
        return refused(tr("it is not a VSYS Desk database."));
    }
    if (version > newestVersion) {
        return refused(tr("it was written by a newer version of VSYS Desk (schema %1, this version reads up to %2).")
                           .arg(version)
                           .arg(newestVersion));
    }
    return version;
}

} // namespace vsys::db
