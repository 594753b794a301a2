// SPDX-License-Identifier: MIT
// バックアップ and 復元 in the real window (issue 18): a backup taken from ファイル → バックアップ… while drafts, a
// working copy and an unsent outbox entry exist, restored through ファイル → 復元… into a fresh data folder, finds them
// all; the confirmation says what is replaced; the daily copy keeps exactly N; cancelling and refusals change nothing.
// Offline (a server address nothing answers at): no sync, no login, so the only dialogs are this feature's.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/backup/BackupActions.h"
#include "app/backup/RestoreDialog.h"
#include "app/documents/FileHandoff.h"
#include "db/AccountRepository.h"
#include "db/OutboxRepository.h"
#include "db/PageDraftStore.h"
#include "db/WorkingCopyRepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <filesystem>
#include <functional>

using namespace Qt::StringLiterals;
using vsys::app::BackupActions;
using vsys::app::RestoreDialog;

namespace {

const QUrl kNoServer(u"https://127.0.0.1:9"_s);
const QString kApplicationId = u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s;
const QDateTime kSavedAt(QDate(2026, 12, 3), QTime(9, 30), QTimeZone(9 * 3600));

int mode(const QString& path)
{
    return int(std::filesystem::status(path.toStdString()).permissions() & std::filesystem::perms::mask);
}

/// Answers the modal dialogs that come up, in order, each with the next step; a progress dialog is left alone. A dialog
/// after the last step is noted and rejected, so that a test fails instead of waiting on it.
class DialogScript : public QObject
{
public:
    using Step = std::function<void(QWidget* dialog)>;

    explicit DialogScript(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogScript::poll);
        m_timer.start(20);
    }
    bool done() const { return m_steps.isEmpty(); }
    qsizetype left() const { return m_steps.size(); }
    /// The dialogs that came after the last step (their text or name).
    QStringList unexpected() const { return m_unexpected; }

private:
    void poll()
    {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || dialog == m_last || qobject_cast<QProgressDialog*>(dialog)) {
            return;
        }
        m_last = dialog;
        if (m_steps.isEmpty()) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            m_unexpected.append(box ? box->text() : dialog->objectName());
            static_cast<QDialog*>(dialog)->reject();
            return;
        }
        m_steps.takeFirst()(dialog);
    }

    QList<Step> m_steps;
    QStringList m_unexpected;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

/// Triggers `action`, whose dialogs run their own event loops, and answers them with `steps`. Returns what went
/// differently: the dialogs that came after the last step, or the steps no dialog came for.
QStringList triggerAnswering(QAction* action, QList<DialogScript::Step> steps)
{
    const qsizetype expected = steps.size();
    DialogScript script(std::move(steps));
    action->trigger();
    if (!script.done()) {
        return {u"%1 of %2 dialogs did not come"_s.arg(script.left()).arg(expected)};
    }
    return script.unexpected();
}

QString textOf(QWidget* dialog)
{
    auto* box = qobject_cast<QMessageBox*>(dialog);
    return box ? box->text() : QString();
}

} // namespace

class TstBackupFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theFileMenuHasBackupAndRestoreBeforeQuit();
    void aBackupRestoredIntoAFreshDataFolderFindsEveryDraftAndTheOutboxEntry();
    void theDailyCopyKeepsExactlyN();
    void cancellingChangesNothing();
    void aFileThatIsNoBackupIsRefusedByName();

private:
    BackupActions* actions() const { return m_app->window->findChild<BackupActions*>(u"backupActions"_s); }
    QString dataDir(const QString& name) const { return m_dir->filePath(name); }
    /// The app on the data folder `name`, its window shown, once its first daily copy is written.
    void startApp(const QString& name);
    QString stagedRestore() const { return dataDir(u"app"_s) + u"/client.sqlite.restore"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

void TstBackupFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startApp(u"app"_s);
}

void TstBackupFlow::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstBackupFlow::startApp(const QString& name)
{
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(dataDir(name));
    const QString failure = m_app->start(kNoServer);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    const QString today
        = dataDir(name) + u"/backups/vsysdesk-%1.sqlite"_s.arg(QDate::currentDate().toString(u"yyyy-MM-dd"_s));
    QTRY_VERIFY(QFileInfo::exists(today));
    QTRY_VERIFY(actions()->dailyCopyError().isEmpty() && !actions()->takingDailyCopy());
}

void TstBackupFlow::theFileMenuHasBackupAndRestoreBeforeQuit()
{
    const QList<QAction*> entries = m_app->window->fileMenu()->actions();
    // バックアップ… 復元… | 設定… | 終了: the data's entries first, then the program's.
    QCOMPARE(entries.size(), 6);
    QCOMPARE(entries.at(0)->text(), u"&Back up..."_s);
    QCOMPARE(entries.at(1)->text(), u"&Restore..."_s);
    QVERIFY(entries.at(2)->isSeparator());
    QCOMPARE(entries.at(3)->text(), u"&Settings..."_s);
    QVERIFY(entries.at(4)->isSeparator());
    QCOMPARE(entries.at(5)->text(), u"&Quit"_s);
    QMenu* menu = m_app->window->fileMenu();
    menu->popup(m_app->window->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    menu->grab().save(u"/tmp/backup-file-menu.png"_s);
    menu->close();
}

void TstBackupFlow::aBackupRestoredIntoAFreshDataFolderFindsEveryDraftAndTheOutboxEntry()
{
    vsys::db::Database& db = *m_app->db;
    vsys::db::Account account;
    account.serverUrl = kNoServer;
    account.vsysId = u"1310000017"_s;
    const qint64 accountId = vsys::db::AccountRepository(db).save(account).value();
    QVERIFY(vsys::db::PageDraftStore(db, vsys::db::PageDraftStore::Page::Report)
                .save(accountId, {{u"wasted"_s, 3}}, kSavedAt)
                .ok());
    QVERIFY(vsys::db::PageDraftStore(db, vsys::db::PageDraftStore::Page::Inquiry)
                .save(accountId, {{u"question"_s, u"配送日を変更したい"_s}}, kSavedAt)
                .ok());
    QVERIFY(vsys::db::WorkingCopyRepository(db)
                .save({accountId, kApplicationId, {{u"name"_s, u"山田太郎"_s}}, kSavedAt})
                .ok());
    const auto sent = vsys::db::OutboxRepository(db).enqueue(accountId, u"application"_s, kApplicationId,
                                                             vsys::db::OutboxOperation::Put,
                                                             {{u"name"_s, u"山田太郎"_s}}, 0, kSavedAt);
    QVERIFY(sent.ok());

    // ファイル → バックアップ… onto a USB stick.
    const QString usb = dataDir(u"usb/vsysdesk-backup.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(usb).absolutePath()));
    QString suggested;
    m_app->window->fileHandoff().setSaveChooser([&](QWidget*, const QString& name) {
        suggested = name;
        return usb;
    });
    QString saidAfterBackup;
    QCOMPARE(triggerAnswering(actions()->backupAction(), {[&](QWidget* dialog) {
                                  saidAfterBackup = textOf(dialog);
                                  dialog->grab().save(u"/tmp/backup-saved.png"_s);
                                  static_cast<QDialog*>(dialog)->accept();
                              }}),
             QStringList());
    QCOMPARE(suggested, u"vsysdesk-backup-%1.sqlite"_s.arg(QDate::currentDate().toString(u"yyyy-MM-dd"_s)));
    QCOMPARE(saidAfterBackup,
             u"The backup was saved to %1.\n\nIt holds personal data: keep it in a safe place."_s.arg(
                 QDir::toNativeSeparators(usb)));
    QCOMPARE(mode(usb), 0600);
    // Taken on an earlier evening, so that the confirmation's date cannot be today's by chance.
    {
        QFile copy(usb);
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QVERIFY(copy.setFileTime(QDateTime(QDate(2026, 12, 1), QTime(18, 5), QTimeZone(9 * 3600)),
                                 QFileDevice::FileModificationTime));
    }

    // A fresh data folder (a new PC): ファイル → 復元… → ファイルを選ぶ… → the USB stick's copy.
    m_app.reset();
    startApp(u"fresh"_s);
    m_app->window->fileHandoff().setOpenChooser([&](QWidget*) { return usb; });
    QString question;
    QString saidAfterRestore;
    const QStringList restoring
        = triggerAnswering(actions()->restoreAction(),
                           {
                               [](QWidget* dialog) {
                                   auto* restore = qobject_cast<RestoreDialog*>(dialog);
                                   QVERIFY(restore);
                                   // The fresh folder's own first daily copy is listed.
                                   QCOMPARE(restore->copyList()->count(), 1);
                                   restore->grab().save(u"/tmp/backup-restore-dialog.png"_s);
                                   restore->findChild<QPushButton*>(u"restoreFromFile"_s)->click();
                               },
                               [&](QWidget* dialog) {
                                   question = textOf(dialog);
                                   QCOMPARE(dialog->objectName(), u"restoreConfirmation"_s);
                                   dialog->grab().save(u"/tmp/backup-restore-confirmation.png"_s);
                                   dialog->findChild<QPushButton*>(u"restoreConfirmButton"_s)->click();
                               },
                               [&](QWidget* dialog) {
                                   saidAfterRestore = textOf(dialog);
                                   static_cast<QDialog*>(dialog)->accept();
                               },
                           });
    QCOMPARE(restoring, QStringList());
    QCOMPARE(question,
             u"Restore the data on this computer from %1?\n\nIt is replaced by this copy of %2: what was entered after "
             u"that, including changes not yet sent to the server, will not be in the restored data.\n\nBefore that, "
             u"the current data is saved as a copy in %3, from where it can be restored in turn.\n\nVSYS Desk then "
             u"closes; start it again to work with the restored data."_s.arg(
                 QDir::toNativeSeparators(usb), u"2026/12/01 18:05"_s,
                 QDir::toNativeSeparators(dataDir(u"fresh/backups"_s))));
    QCOMPARE(saidAfterRestore,
             u"VSYS Desk closes now. When it starts again, the copy of %1 is restored before the data "
             u"opens."_s.arg(u"2026/12/01 18:05"_s));
    // The window shows none of the data being replaced.
    QTRY_VERIFY(!m_app->window->isVisible());

    // The next start restores before the data opens: every draft, the working copy and the unsent entry are there.
    m_app.reset();
    startApp(u"fresh"_s);
    vsys::db::Database& restored = *m_app->db;
    QCOMPARE(vsys::db::PageDraftStore(restored, vsys::db::PageDraftStore::Page::Report).draft(accountId).value(),
             (QJsonObject{{u"wasted"_s, 3}}));
    QCOMPARE(vsys::db::PageDraftStore(restored, vsys::db::PageDraftStore::Page::Inquiry).draft(accountId).value(),
             (QJsonObject{{u"question"_s, u"配送日を変更したい"_s}}));
    const auto workingCopy = vsys::db::WorkingCopyRepository(restored).find(kApplicationId).value();
    QVERIFY(workingCopy.has_value());
    QCOMPARE(workingCopy->content, (QJsonObject{{u"name"_s, u"山田太郎"_s}}));
    vsys::db::OutboxRepository outbox(restored);
    QCOMPARE(outbox.unsyncedCount(accountId).value(), 1);
    QVERIFY(outbox.find(sent.value().id).value() == sent.value());
    // The fresh folder's data before the restore was saved first.
    const QStringList saved = QDir(dataDir(u"fresh/backups"_s)).entryList({u"vsysdesk-before-restore-*.sqlite"_s});
    QCOMPARE(saved.size(), 1);
}

void TstBackupFlow::theDailyCopyKeepsExactlyN()
{
    const QString folder = dataDir(u"app/backups"_s);
    actions()->setKeep(3);
    QSignalSpy finished(actions(), &BackupActions::dailyCopyFinished);
    for (int day = 1; day <= 5; ++day) {
        actions()->takeDailyCopy(QDate::currentDate().addDays(day));
        QTRY_COMPARE(finished.size(), day);
        QCOMPARE(finished.last().constFirst().toBool(), true);
    }
    QStringList expected;
    for (int day = 3; day <= 5; ++day) {
        expected.append(u"vsysdesk-%1.sqlite"_s.arg(QDate::currentDate().addDays(day).toString(u"yyyy-MM-dd"_s)));
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), expected);
    QCOMPARE(mode(folder), 0700);
    // The window left open over midnight takes the next one a minute after it.
    QCOMPARE(actions()->nextDailyCopyAt(), QDateTime(QDate::currentDate().addDays(1), QTime(0, 1)));
    for (const QString& name : expected) {
        QCOMPARE(mode(QDir(folder).filePath(name)), 0600);
    }
}

void TstBackupFlow::cancellingChangesNothing()
{
    // The save dialog cancelled: no file, no message.
    m_app->window->fileHandoff().setSaveChooser([](QWidget*, const QString&) { return QString(); });
    QCOMPARE(triggerAnswering(actions()->backupAction(), {}), QStringList());

    // The restore dialog cancelled, then the confirmation cancelled: nothing staged, the window stays.
    QCOMPARE(triggerAnswering(actions()->restoreAction(),
                              {[](QWidget* dialog) { static_cast<QDialog*>(dialog)->reject(); }}),
             QStringList());
    QCOMPARE(triggerAnswering(
                 actions()->restoreAction(),
                 {
                     [](QWidget* dialog) { dialog->findChild<QPushButton*>(u"restoreChosenCopy"_s)->click(); },
                     [](QWidget* dialog) { qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Cancel)->click(); },
                 }),
             QStringList());
    QVERIFY(!QFileInfo::exists(stagedRestore()));
    QVERIFY(m_app->window->isVisible());
}

void TstBackupFlow::aFileThatIsNoBackupIsRefusedByName()
{
    const QString notes = dataDir(u"notes.txt"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    m_app->window->fileHandoff().setOpenChooser([&](QWidget*) { return notes; });
    QString said;
    const QStringList script
        = triggerAnswering(actions()->restoreAction(),
                           {
                               [](QWidget* dialog) { dialog->findChild<QPushButton*>(u"restoreFromFile"_s)->click(); },
                               [&](QWidget* dialog) {
                                   said = textOf(dialog);
                                   static_cast<QDialog*>(dialog)->accept();
                               },
                           });
    QCOMPARE(script, QStringList());
    QCOMPARE(said,
             u"%1 cannot be restored: it is not a VSYS Desk database (file is not a database)."_s.arg(
                 QDir::toNativeSeparators(notes)));
    QVERIFY(!QFileInfo::exists(stagedRestore()));
    QVERIFY(m_app->window->isVisible());
}

QTEST_MAIN(TstBackupFlow)
#include "TstBackupFlow.moc"
