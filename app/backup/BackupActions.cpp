// SPDX-License-Identifier: MIT
// BackupActions: the copies run with connections of their own (db::SqliteBackup) on worker threads, so the window and
// the sync engine go on with the app's connection meanwhile; PrintoutWorker gives バックアップ and 復元 their
// progress and 中止.
#include "app/backup/BackupActions.h"

#include "app/MainWindow.h"
#include "app/backup/RestoreDialog.h"
#include "app/common/PrintoutWorker.h"
#include "app/documents/FileHandoff.h"
#include "core/JapaneseFormat.h"
#include "db/LocalBackups.h"
#include "db/Logging.h"
#include "db/Migrator.h"
#include "db/SqliteBackup.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// A stop (中止) is the user's choice, not an error to show.
bool wasStopped(const core::Error& error)
{
    return error.field == u"cancelled"_s;
}

} // namespace

BackupActions::BackupActions(MainWindow& window, QMenu& fileMenu, QString databasePath)
    : QObject(&window)
    , m_window(window)
    , m_databasePath(std::move(databasePath))
    , m_backup(new QAction(tr("&Back up..."), this))
    , m_restore(new QAction(tr("&Restore..."), this))
    , m_keep(QSettings().value(u"backup/keep"_s, db::LocalBackups::kDefaultKeep).toInt())
{
    m_backup->setObjectName(u"backupAction"_s);
    m_restore->setObjectName(u"restoreAction"_s);
    QAction* quit = fileMenu.actions().constLast();
    fileMenu.insertAction(quit, m_backup);
    fileMenu.insertAction(quit, m_restore);
    fileMenu.insertSeparator(quit);
    connect(m_backup, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);

    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        takeDailyCopy(QDate::currentDate());
        scheduleMidnight();
    });
    scheduleMidnight();
    // After the window is attached and shown: the copy's worker does not delay the first page.
    QTimer::singleShot(0, this, [this] { takeDailyCopy(QDate::currentDate()); });
}

BackupActions::~BackupActions()
{
    if (m_daily) {
        m_daily->wait();
    }
}

void BackupActions::scheduleMidnight()
{
    // A minute past midnight, so that a timer firing a little early still finds the new day.
    m_nextDaily = QDateTime(QDate::currentDate().addDays(1), QTime(0, 1));
    m_midnight.start(std::max<qint64>(QDateTime::currentDateTime().msecsTo(m_nextDaily), 60'000));
}

void BackupActions::takeDailyCopy(QDate today)
{
    if (m_daily) {
        return;
    }
    auto error = std::make_shared<QString>();
    m_daily.reset(QThread::create([error, today, keep = m_keep, path = m_databasePath] {
        if (auto taken = db::LocalBackups(path).takeDaily(today, keep); !taken) {
            *error = taken.error().message;
        }
    }));
    connect(m_daily.get(), &QThread::finished, this, [this, error] {
        m_daily->wait();
        m_daily.reset();
        m_dailyError = *error;
        if (!m_dailyError.isEmpty()) {
            qCWarning(db::lcDb) << "Daily backup failed:" << m_dailyError;
            m_window.statusBar()->showMessage(tr("The daily backup failed: %1").arg(m_dailyError), 60'000);
        }
        emit dailyCopyFinished(m_dailyError.isEmpty());
    });
    m_daily->start(QThread::LowPriority);
}

void BackupActions::backUp()
{
    const QString suggested = u"vsysdesk-backup-%1.sqlite"_s.arg(QDate::currentDate().toString(u"yyyy-MM-dd"_s));
    const QString target = m_window.fileHandoff().chooseSaveLocation(&m_window, suggested);
    if (target.isEmpty()) {
        return;
    }
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(m_databasePath).canonicalFilePath()) {
        QMessageBox::warning(
            &m_window, tr("Back up"),
            tr("%1 is the local database itself. Choose another file for the backup.").arg(shown(target)));
        return;
    }
    const auto written
        = PrintoutWorker::run(&m_window, tr("Back up"), tr("Writing the backup to %1...").arg(shown(target)), 0,
                              [this, &target](const PrintoutWorker::Progress& progress) -> core::Result<int> {
                                  if (auto copied = db::SqliteBackup::copy(m_databasePath, target, progress); !copied) {
                                      return copied.error();
                                  }
                                  return 0;
                              });
    if (!written) {
        if (!wasStopped(written.error())) {
            QMessageBox::warning(&m_window, tr("Back up"), written.error().message);
        }
        return;
    }
    QMessageBox::information(
        &m_window, tr("Back up"),
        tr("The backup was saved to %1.\n\nIt holds personal data: keep it in a safe place.").arg(shown(target)));
}

void BackupActions::restore()
{
    const db::LocalBackups backups(m_databasePath);
    RestoreDialog dialog(
        backups.copies(), [this](QWidget* parent) { return m_window.fileHandoff().chooseFileToOpen(parent); },
        &m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString path = dialog.chosenPath();
    if (auto checked = db::SqliteBackup::check(path, db::Migrator().latestVersion()); !checked) {
        QMessageBox::warning(&m_window, tr("Restore"), checked.error().message);
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Restore"),
                        RestoreDialog::confirmationText(path, QFileInfo(path).lastModified(), backups.folder()),
                        QMessageBox::Cancel, &m_window);
    confirm.setObjectName(u"restoreConfirmation"_s);
    QPushButton* yes = confirm.addButton(tr("Restore and close"), QMessageBox::AcceptRole);
    yes->setObjectName(u"restoreConfirmButton"_s);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes || !stage(path)) {
        return;
    }
    QMessageBox::information(&m_window, tr("Restore"),
                             tr("VSYS Desk closes now. When it starts again, the copy of %1 is restored before the "
                                "data opens.")
                                 .arg(core::JapaneseFormat::dateTime(QFileInfo(path).lastModified())));
    // The window shows no page of the data being replaced: it closes, and the next start opens the copy.
    m_window.close();
}

bool BackupActions::stage(const QString& copyPath)
{
    const auto staged = PrintoutWorker::run(
        &m_window, tr("Restore"), tr("Preparing the restore from %1...").arg(shown(copyPath)), 0,
        [this, &copyPath](const PrintoutWorker::Progress& progress) -> core::Result<int> {
            const db::LocalBackups backups(m_databasePath);
            if (auto done = backups.stageRestore(copyPath, db::Migrator().latestVersion(), progress); !done) {
                return done.error();
            }
            return 0;
        });
    if (!staged && !wasStopped(staged.error())) {
        QMessageBox::warning(&m_window, tr("Restore"), staged.error().message);
    }
    return staged.ok();
}

} // namespace vsys::app
