// SPDX-License-Identifier: MIT
// One VSYS Desk per user and data folder, as KeePassXC does: a second start on the same folder brings the first
// window forward and ends with 0, another folder starts its own, and a socket left by a crash does not block the
// next start. The class on its own, the real window brought forward, and vsysdesk itself started as a user would.
#include "app/MainWindow.h"
#include "app/window/SingleInstance.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using vsys::app::SingleInstance;

namespace {

/// Reads `process`'s standard output until it has printed `text` (true) or 30 s passed or it ended (false, with its
/// standard error printed to see why).
bool waitForOutput(QProcess& process, const QByteArray& text)
{
    QByteArray seen;
    const QDeadlineTimer deadline(30'000);
    while (!seen.contains(text) && !deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardOutput();
    }
    if (!seen.contains(text)) {
        qWarning().noquote() << "output:" << seen << "errors:" << process.readAllStandardError();
        return false;
    }
    return true;
}

} // namespace

class TstSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oneFolderByTwoPathsHasOneName();
    void aSecondInstanceAsksTheFirstAndEnds();
    void anotherFolderRunsItsOwn();
    void aNewFolderReachedByALinkIsTheSameInstance();
    void aSocketLeftByACrashDoesNotBlock();
    void theWindowComesForwardFromMinimised();
    void aSecondVsysdeskRaisesTheFirstAndExitsZero();
    void theDataFolderOfTheSettingsIsUsedWithoutDataDir();

private:
    /// vsysdesk on `dataDir` (empty: none given), printing when its first frame is on screen.
    std::unique_ptr<QProcess> startVsysdesk(const QString& dataDir);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TstSingleInstance::initTestCase()
{
    // vsysdesk's settings file, which this test writes for it.
    QApplication::setOrganizationName(u"VSYS Desk"_s);
    QApplication::setApplicationName(u"vsysdesk"_s);
}

void TstSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstSingleInstance::cleanup()
{
    for (const auto& process : m_processes) {
        process->kill();
        process->waitForFinished();
    }
    m_processes.clear();
    // The sockets of the processes killed here, which a crash leaves behind.
    for (const QString& folder : {u"data"_s, u"other"_s, u"chosen"_s}) {
        QLocalServer::removeServer(SingleInstance::serverName(m_dir->filePath(folder)));
    }
    m_dir.reset();
}

void TstSingleInstance::oneFolderByTwoPathsHasOneName()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"a/b"_s));
    const QString folder = m_dir->filePath(u"a"_s);
    QCOMPARE(SingleInstance::serverName(m_dir->filePath(u"a/b/.."_s)), SingleInstance::serverName(folder));
    QCOMPARE(SingleInstance::serverName(folder + u'/'), SingleInstance::serverName(folder));
    QVERIFY(SingleInstance::serverName(m_dir->filePath(u"a/b"_s)) != SingleInstance::serverName(folder));
    QVERIFY(SingleInstance::serverName(folder).startsWith(u"vsysdesk-"_s));
}

void TstSingleInstance::aSecondInstanceAsksTheFirstAndEnds()
{
    SingleInstance first(m_dir->path());
    QVERIFY(first.isPrimary());
    QCOMPARE(first.listenError(), QString());
    QSignalSpy asked(&first, &SingleInstance::activationRequested);
#ifdef Q_OS_UNIX
    // Only its user may connect.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(QDir::temp().filePath(SingleInstance::serverName(m_dir->path()))) & others,
             QFile::Permissions());
#endif

    const SingleInstance second(m_dir->path());
    QVERIFY(!second.isPrimary());
    QTRY_COMPARE(asked.count(), 1);

    const SingleInstance third(m_dir->path() + u"/."_s);
    QVERIFY(!third.isPrimary());
    QTRY_COMPARE(asked.count(), 2);
}

void TstSingleInstance::anotherFolderRunsItsOwn()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"other"_s));
    SingleInstance first(m_dir->path());
    QSignalSpy asked(&first, &SingleInstance::activationRequested);
    const SingleInstance other(m_dir->filePath(u"other"_s));
    QVERIFY(other.isPrimary());
    QCOMPARE(other.listenError(), QString());
    QTest::qWait(100); // nothing may arrive: a short look is all there is to check
    QCOMPARE(asked.count(), 0);
}

void TstSingleInstance::aNewFolderReachedByALinkIsTheSameInstance()
{
#ifdef Q_OS_UNIX
    QVERIFY(QDir(m_dir->path()).mkpath(u"real"_s));
    QVERIFY(QFile::link(m_dir->filePath(u"real"_s), m_dir->filePath(u"link"_s)));
    // The first start on a folder that does not exist yet, through the link; the next by the real path.
    SingleInstance first(m_dir->filePath(u"link/data"_s));
    QVERIFY(first.isPrimary());
    QVERIFY(QFileInfo(m_dir->filePath(u"real/data"_s)).isDir());
    const SingleInstance second(m_dir->filePath(u"real/data"_s));
    QVERIFY(!second.isPrimary());
#else
    QSKIP("Symbolic links need privileges on Windows.");
#endif
}

void TstSingleInstance::aSocketLeftByACrashDoesNotBlock()
{
#ifdef Q_OS_UNIX
    // A crashed instance's socket: bound, never listened on, never removed.
    const QByteArray path = QFile::encodeName(QDir::temp().filePath(SingleInstance::serverName(m_dir->path())));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::copy(path.cbegin(), path.cend(), address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(QFile::decodeName(path)));

    SingleInstance next(m_dir->path());
    QVERIFY(next.isPrimary());
    QCOMPARE(next.listenError(), QString());
    // The file at that path is the new instance's socket now.
    QLocalSocket probe;
    probe.connectToServer(QFile::decodeName(path));
    QVERIFY(probe.waitForConnected(1000));
    probe.abort();
    QSignalSpy asked(&next, &SingleInstance::activationRequested);
    const SingleInstance second(m_dir->path());
    QVERIFY(!second.isPrimary());
    QTRY_COMPARE(asked.count(), 1);
#else
    QSKIP("Named pipes end with their process: nothing is left behind.");
#endif
}

void TstSingleInstance::theWindowComesForwardFromMinimised()
{
    vsys::app::MainWindow window;
    window.resize(1366, 768);
    window.showMinimized();
    QTRY_VERIFY(window.isMinimized());
    SingleInstance::bringForward(window);
    QTRY_VERIFY(!window.isMinimized());
    QVERIFY(window.isVisible());

    window.showMaximized();
    window.setWindowState(window.windowState() | Qt::WindowMinimized);
    SingleInstance::bringForward(window);
    QTRY_COMPARE(window.windowState() & (Qt::WindowMinimized | Qt::WindowMaximized), Qt::WindowMaximized);
}

std::unique_ptr<QProcess> TstSingleInstance::startVsysdesk(const QString& dataDir)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments{u"--report-first-frame"_s};
    if (!dataDir.isEmpty()) {
        arguments << u"--data-dir"_s << dataDir;
    }
    process->start(QStringLiteral(VSYSDESK_PATH), arguments);
    return process;
}

void TstSingleInstance::aSecondVsysdeskRaisesTheFirstAndExitsZero()
{
    const QString folder = m_dir->filePath(u"data"_s);
    m_processes.push_back(startVsysdesk(folder));
    QProcess& first = *m_processes.back();
    QVERIFY(first.waitForStarted());
    QVERIFY(waitForOutput(first, "shown: "));

    const auto second = startVsysdesk(folder);
    QVERIFY(second->waitForFinished(30'000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    const QString said = QString::fromUtf8(second->readAllStandardOutput());
    QCOMPARE(said, u"vsysdesk: VSYS Desk already runs on %1; its window was brought forward.\n"_s.arg(folder));
    QVERIFY(waitForOutput(first, "vsysdesk: another start on this data folder brought the window forward\n"));
    QCOMPARE(first.state(), QProcess::Running);

    // Another folder: its own start, its own first frame.
    m_processes.push_back(startVsysdesk(m_dir->filePath(u"other"_s)));
    QProcess& other = *m_processes.back();
    QVERIFY(waitForOutput(other, "shown: "));

    // Killed as a crash would end it: its socket stays, and the next start on the folder is the running one.
    first.kill();
    QVERIFY(first.waitForFinished());
    m_processes.push_back(startVsysdesk(folder));
    QProcess& again = *m_processes.back();
    QVERIFY(waitForOutput(again, "shown: "));
    QCOMPARE(again.state(), QProcess::Running);
}

void TstSingleInstance::theDataFolderOfTheSettingsIsUsedWithoutDataDir()
{
    const QString folder = m_dir->filePath(u"chosen"_s);
    QSettings().setValue(u"data/folder"_s, folder);
    QSettings().sync();
    m_processes.push_back(startVsysdesk({}));
    QProcess& first = *m_processes.back();
    QVERIFY(waitForOutput(first, "shown: "));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(folder).filePath(u"vsysdesk.sqlite"_s)), 30'000);

    // The same folder given on the command line is the same instance.
    const auto second = startVsysdesk(folder);
    QVERIFY(second->waitForFinished(30'000));
    QCOMPARE(second->exitCode(), 0);
    QVERIFY(second->readAllStandardOutput().startsWith("vsysdesk: VSYS Desk already runs on "));
    QSettings().remove(u"data/folder"_s);
}

QTEST_MAIN(TstSingleInstance)
#include "TstSingleInstance.moc"
