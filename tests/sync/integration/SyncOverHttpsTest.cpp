// SPDX-License-Identifier: MIT
// The sync engine against the real server over real HTTPS on loopback: a stale edit ends in a kept
// conflict, a sync follows every page of the feed, and a server killed mid-sync and restarted gets the
// queued changes exactly once; a 実績・廃棄の報告 made while the server hangs reaches it once after the desktop
// itself is killed; two desks of one venue share the 接種台帳 (each sees the other's doses, a ticket used at both
// is flagged on both), and a dose queued while the server hangs is stored once after the desktop is killed.
#include "core/JapaneseFormat.h"
#include "core/application/ApplicationStatus.h"
#include "core/ledger/DoseEntry.h"
#include "db/ApplicationRepository.h"
#include "db/Database.h"
#include "db/SyncStateRepository.h"
#include "server/EmbeddedServer.h"
#include "server/demo/DemoData.h"
#include "server/storage/ApplicationRepository.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/DatabaseUrl.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/tls/SelfSignedCertificate.h"
#include "sync/ApiAccessManager.h"
#include "sync/MemorySecretStore.h"
#include "sync/SyncService.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ApplicationStatus;

namespace {

const QString kDraftNumber = u"12345-1310000017-04"_s;

/// One desktop: its own local database, keychain stand-in and sync service, pinned to `certificate`.
class Desktop
{
public:
    Desktop(const QString& dir, const QString& name, const QString& certificate)
    {
        auto db = vsys::db::Database::open(dir + u'/' + name + u".sqlite"_s, name);
        EXPECT_TRUE(db.ok()) << qPrintable(db.ok() ? QString() : db.error().message);
        database = std::move(db).value();
        manager.setPinnedCertificates(QSslCertificate::fromPath(certificate, QSsl::Pem));
        service = std::make_unique<vsys::sync::SyncService>(*database, secrets, manager);
    }

    /// Logs in as the demo venue A and waits for the first full sync.
    void loginAndSync(const QUrl& server)
    {
        QSignalSpy synced(service.get(), &vsys::sync::SyncService::syncFinished);
        const vsys::server::DemoAccount demo = vsys::server::DemoData::accounts().constFirst();
        service->login(server, demo.vsysId, demo.password, false);
        ASSERT_TRUE(synced.wait(20'000));
        ASSERT_TRUE(service->isSignedIn());
    }

    void syncAndWait()
    {
        QSignalSpy synced(service.get(), &vsys::sync::SyncService::syncFinished);
        service->syncNow();
        ASSERT_TRUE(synced.wait(20'000));
    }

    vsys::db::LocalApplication draft() const
    {
        const auto all = vsys::db::ApplicationRepository(*database).all(service->account()->id);
        EXPECT_TRUE(all.ok());
        for (const vsys::db::LocalApplication& local : *all) {
            if (local.record.number == kDraftNumber) {
                return local;
            }
        }
        ADD_FAILURE() << "the demo draft is not in the local store";
        return {};
    }

    void editDraft(const QString& representative)
    {
        vsys::core::ApplicationRecord record = draft().record;
        QJsonObject company = record.content.value(u"company"_s).toObject();
        company.insert(u"representative"_s, representative);
        record.content.insert(u"company"_s, company);
        const auto saved = service->outbox()->saveApplication(record);
        ASSERT_TRUE(saved.ok()) << qPrintable(saved.ok() ? QString() : saved.error().message);
    }

    std::unique_ptr<vsys::db::Database> database;
    vsys::sync::MemorySecretStore secrets;
    vsys::sync::ApiAccessManager manager;
    std::unique_ptr<vsys::sync::SyncService> service;
};

QString representativeOf(const QJsonObject& content)
{
    return content.value(u"company"_s)[u"representative"_s].toString();
}

TEST(SyncOverHttpsTest, StaleEditBecomesAConflictWithBothCopiesKept)
{
    QTemporaryDir dir;
    auto server = vsys::server::EmbeddedServer::start(dir.filePath(u"server"_s), true);
    ASSERT_TRUE(server.ok()) << qPrintable(server.ok() ? QString() : server.error().message);

    Desktop here(dir.path(), u"here"_s, (*server)->certificatePath());
    Desktop there(dir.path(), u"there"_s, (*server)->certificatePath());
    here.loginAndSync((*server)->url());
    there.loginAndSync((*server)->url());
    const int startVersion = here.draft().record.version;

    // Another desktop changes the draft first; this one still edits the version it had.
    there.editDraft(u"総務部長 厚生 次郎"_s);
    there.syncAndWait();
    ASSERT_EQ(there.draft().syncState, vsys::core::SyncState::Synced);
    ASSERT_EQ(there.draft().record.version, startVersion + 1);

    here.editDraft(u"代表取締役 厚生 太郎"_s);
    here.syncAndWait();
    const vsys::db::LocalApplication conflict = here.draft();
    EXPECT_EQ(conflict.syncState, vsys::core::SyncState::Conflict);
    EXPECT_EQ(representativeOf(conflict.record.content), u"代表取締役 厚生 太郎"_s); // nothing local dropped
    ASSERT_TRUE(conflict.serverCopy.has_value());
    EXPECT_EQ(representativeOf(conflict.serverCopy->content), u"総務部長 厚生 次郎"_s);
    EXPECT_EQ(conflict.serverCopy->version, startVersion + 1);
}

TEST(SyncOverHttpsTest, ASyncFollowsEveryPageOfTheFeedToTheLastChange)
{
    QTemporaryDir dir;
    auto server = vsys::server::EmbeddedServer::start(dir.filePath(u"server"_s), true);
    ASSERT_TRUE(server.ok()) << qPrintable(server.ok() ? QString() : server.error().message);
    // A second connection to the server's database adds 110 drafts to the demo venue in one
    // transaction (the draft limit is the API's): with the demo's records, three pages of changes.
    auto storage = vsys::server::Storage::open(
        vsys::server::DatabaseUrl::sqlite(dir.filePath(u"server/vsysdesk-server.sqlite"_s)));
    ASSERT_TRUE(storage.ok());
    const vsys::server::DemoAccount demo = vsys::server::DemoData::accounts().constFirst();
    auto venue = (*storage)->execute(u"SELECT venue_id FROM account WHERE vsys_id = :id"_s, {{u"id"_s, demo.vsysId}});
    ASSERT_TRUE(venue.ok() && venue->next());
    const QString venueId = venue->value(0).toString();
    {
        vsys::server::SqlTransaction transaction(**storage);
        ASSERT_TRUE(transaction.begin());
        for (int i = 0; i < 110; ++i) {
            vsys::core::ApplicationRecord record;
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.version = 1;
            record.createdAt = QDateTime::currentDateTimeUtc();
            record.updatedAt = record.createdAt;
            ASSERT_TRUE(vsys::server::ApplicationRepository(**storage).insert(venueId, record));
            ASSERT_TRUE(vsys::server::ChangeLog(**storage).record(venueId, vsys::server::ChangeKind::Application,
                                                                  record.id, record.updatedAt));
        }
        ASSERT_TRUE(transaction.commit());
    }
    auto last = (*storage)->execute(u"SELECT MAX(seq) FROM change_log"_s);
    ASSERT_TRUE(last.ok() && last->next());
    const QString lastChange = last->value(0).toString();

    Desktop here(dir.path(), u"here"_s, (*server)->certificatePath());
    here.loginAndSync((*server)->url());

    const qint64 account = here.service->account()->id;
    EXPECT_EQ(vsys::db::ApplicationRepository(*here.database).all(account)->size(), 4 + 110);
    EXPECT_EQ(vsys::db::SyncStateRepository(*here.database).cursor(account).value(), lastChange);
}

/// vsysdesk-server as its own process, so that it can really be killed.
class ServerProcess
{
public:
    ServerProcess(const QString& dir, quint16 port)
        : m_dir(dir)
        , m_port(port)
    {}
    ~ServerProcess() { kill(); }

    void start(bool demo)
    {
        QStringList arguments{u"--database"_s, u"sqlite:"_s + m_dir + u"/server.sqlite"_s,
                              u"--port"_s,     QString::number(m_port),
                              u"--cert"_s,     certificate(),
                              u"--key"_s,      m_dir + u"/key.pem"_s};
        if (demo) {
            arguments << u"--demo"_s;
        }
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(VSYSDESK_SERVER), arguments);
        ASSERT_TRUE(m_process.waitForStarted(10'000));
        // Ready when the port accepts connections (bounded).
        for (int i = 0; i < 200; ++i) {
            QTcpSocket probe;
            probe.connectToHost(u"127.0.0.1"_s, m_port);
            if (probe.waitForConnected(50)) {
                return;
            }
            QThread::msleep(25);
        }
        FAIL() << "vsysdesk-server did not start listening";
    }

    void pause() { ::kill(pid_t(m_process.processId()), SIGSTOP); }
    void resume() { ::kill(pid_t(m_process.processId()), SIGCONT); }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(10'000);
        }
    }

    QString certificate() const { return m_dir + u"/certificate.pem"_s; }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_port)); }

private:
    QString m_dir;
    quint16 m_port;
    QProcess m_process;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QList<std::pair<QString, int>> serverApplications(const QString& file)
{
    QList<std::pair<QString, int>> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"server-check"_s);
        db.setDatabaseName(file);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(u"SELECT status, count(*) FROM application GROUP BY status ORDER BY status"_s));
        while (query.next()) {
            rows.append({query.value(0).toString(), query.value(1).toInt()});
        }
    }
    QSqlDatabase::removeDatabase(u"server-check"_s);
    return rows;
}

TEST(SyncOverHttpsTest, ServerKilledMidSyncGetsTheQueuedChangesExactlyOnce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(
        vsys::server::SelfSignedCertificate::create(dir.filePath(u"certificate.pem"_s), dir.filePath(u"key.pem"_s))
            .ok());
    ServerProcess server(dir.path(), freePort());
    server.start(true);
    Desktop desktop(dir.path(), u"desktop"_s, server.certificate());
    desktop.loginAndSync(server.url());
    const auto before = serverApplications(dir.filePath(u"server.sqlite"_s));

    // The server hangs with the requests in flight, then dies: nothing it was sent is answered.
    server.pause();
    desktop.editDraft(u"代表取締役 厚生 太郎"_s);
    ASSERT_TRUE(
        desktop.service->outbox()->queueAction(desktop.draft().record.id, vsys::core::ApplicationAction::Submit).ok());
    desktop.service->syncNow();
    QTest::qWait(500);
    server.kill();
    QSignalSpy offline(desktop.service.get(), &vsys::sync::SyncService::onlineChanged);
    ASSERT_TRUE(offline.wait(40'000) || !desktop.service->isOnline());
    EXPECT_FALSE(desktop.service->isOnline());
    EXPECT_EQ(desktop.service->pendingCount(), 2); // the edit and the 申込 wait; nothing is lost

    server.start(false);
    for (int attempt = 0; attempt < 10 && desktop.service->pendingCount() > 0; ++attempt) {
        desktop.syncAndWait();
    }
    ASSERT_EQ(desktop.service->pendingCount(), 0);
    const vsys::db::LocalApplication sent = desktop.draft();
    EXPECT_EQ(sent.syncState, vsys::core::SyncState::Synced);
    EXPECT_EQ(sent.record.status, ApplicationStatus::AwaitingReview);
    EXPECT_EQ(representativeOf(sent.record.content), u"代表取締役 厚生 太郎"_s);

    // Exactly one 申込: one draft fewer, one more 確認待ち, and no new application.
    QList<std::pair<QString, int>> expected = before;
    for (auto& [status, count] : expected) {
        if (status == u"draft"_s) {
            --count;
        } else if (status == u"awaiting_review"_s) {
            ++count;
        }
    }
    EXPECT_EQ(serverApplications(dir.filePath(u"server.sqlite"_s)), expected);
}

/// The server's reports as "id third_doses", in the order they were stored.
QStringList serverReports(const QString& file)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"server-reports"_s);
        db.setDatabaseName(file);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(u"SELECT id, third_doses FROM report ORDER BY venue_id, number"_s));
        while (query.next()) {
            rows.append(query.value(0).toString() + u' ' + query.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"server-reports"_s);
    return rows;
}

TEST(SyncOverHttpsTest, AReportQueuedWhileTheServerHangsIsStoredOnceAfterTheDesktopIsKilled)
{
    QTemporaryDir dir;
    ASSERT_TRUE(
        vsys::server::SelfSignedCertificate::create(dir.filePath(u"certificate.pem"_s), dir.filePath(u"key.pem"_s))
            .ok());
    ServerProcess server(dir.path(), freePort());
    server.start(true);
    Desktop desktop(dir.path(), u"desktop"_s, server.certificate());
    desktop.loginAndSync(server.url());
    const QStringList before = serverReports(dir.filePath(u"server.sqlite"_s));
    ASSERT_EQ(before.size(), 1); // the demo venue's earlier report

    // The server hangs: the report goes out and no answer comes.
    server.pause();
    vsys::core::PerformanceReport report;
    report.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.vaccine = u"moderna_workplace"_s;
    report.asOf = vsys::core::JapaneseFormat::inJapan(desktop.service->serverNow()).date();
    report.thirdDoses = 48;
    report.secondDoses = 10;
    report.wastedVials = 1;
    const auto queued = desktop.service->queueReport(report);
    ASSERT_TRUE(queued.ok()) << qPrintable(queued.ok() ? QString() : queued.error().message);
    QTest::qWait(500);
    const auto waiting = desktop.service->reports();
    ASSERT_TRUE(waiting.ok());
    ASSERT_EQ(waiting->constFirst().report.id, report.id);
    EXPECT_NE(waiting->constFirst().state, vsys::core::SyncState::Synced);

    // The desktop dies as a kill would take it: no goodbye, its outbox row left as it was.
    desktop.service.reset();
    // The server wakes up and may take the request it had buffered; its answer reaches nobody.
    server.resume();
    QTest::qWait(500);

    // Started again: the report is sent again with its Idempotency-Key.
    desktop.service = std::make_unique<vsys::sync::SyncService>(*desktop.database, desktop.secrets, desktop.manager);
    desktop.loginAndSync(server.url());
    for (int attempt = 0; attempt < 10 && desktop.service->pendingCount() > 0; ++attempt) {
        desktop.syncAndWait();
    }
    ASSERT_EQ(desktop.service->pendingCount(), 0);

    // Exactly one new report on the server, the one made here, with its figures.
    const QStringList after = serverReports(dir.filePath(u"server.sqlite"_s));
    EXPECT_EQ(after, before + QStringList{report.id + u" 48"_s});
    const auto history = desktop.service->reports();
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->constFirst().report.id, report.id);
    EXPECT_EQ(history->constFirst().state, vsys::core::SyncState::Synced);
    EXPECT_EQ(history->constFirst().report.reportedBy, vsys::server::DemoData::accounts().constFirst().vsysId);
}

/// A 3回目 接種 now, on the 18-digit `ticket`.
vsys::core::DoseEntry doseOn(const QString& ticket)
{
    vsys::core::DoseEntry entry;
    const QDateTime now = vsys::core::JapaneseFormat::inJapan(QDateTime::currentDateTimeUtc());
    entry.date = now.date();
    entry.time = QTime(now.time().hour(), now.time().minute());
    entry.ticket = ticket;
    entry.vaccine = u"moderna_workplace"_s;
    return entry;
}

QString recordDose(Desktop& desk, const QString& ticket)
{
    vsys::core::DoseEntry entry = doseOn(ticket);
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto recorded = desk.service->recordDose(entry);
    EXPECT_TRUE(recorded.ok()) << qPrintable(recorded.ok() ? QString() : recorded.error().message);
    return entry.id;
}

QSet<QString> idsOf(const vsys::core::DoseLedger& ledger)
{
    QSet<QString> ids;
    for (const vsys::core::DoseEntry& entry : ledger.records()) {
        ids.insert(entry.id);
    }
    return ids;
}

TEST(SyncOverHttpsTest, TwoDesksSeeEachOthersDosesAndATicketUsedAtBothIsFlaggedOnBoth)
{
    QTemporaryDir dir;
    auto server = vsys::server::EmbeddedServer::start(dir.filePath(u"server"_s), true);
    ASSERT_TRUE(server.ok()) << qPrintable(server.ok() ? QString() : server.error().message);
    Desktop deskA(dir.path(), u"deskA"_s, (*server)->certificatePath());
    Desktop deskB(dir.path(), u"deskB"_s, (*server)->certificatePath());
    deskA.loginAndSync((*server)->url());
    deskB.loginAndSync((*server)->url());
    // The demo venue's March mornings came to both.
    const QSet<QString> demo = idsOf(deskA.service->doseLedger());
    ASSERT_EQ(demo.size(), 23);
    ASSERT_EQ(idsOf(deskB.service->doseLedger()), demo);
    ASSERT_TRUE(deskA.service->doseLedger().duplicateIds().isEmpty());

    // Each desk records its own queue; one person's ticket is read at both desks before either synced.
    const QString twice = u"131310160000099901"_s;
    const QString a1 = recordDose(deskA, u"131310160000099902"_s);
    const QString aTwice = recordDose(deskA, twice);
    const QString b1 = recordDose(deskB, u"132712760000099903"_s);
    const QString bTwice = recordDose(deskB, twice);
    EXPECT_EQ(deskA.service->unsentDoseIds(), (QSet<QString>{a1, aTwice}));
    EXPECT_EQ(deskB.service->unsentDoseIds(), (QSet<QString>{b1, bTwice}));
    // At one desk, the ticket is refused at once, naming the earlier row.
    vsys::core::DoseEntry again = doseOn(twice);
    const auto refused = deskA.service->recordDose(again);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"ticket"_s);
    EXPECT_TRUE(refused.error().message.contains(vsys::core::JapaneseFormat::date(again.date)))
        << qPrintable(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(QSysInfo::machineHostName())) << qPrintable(refused.error().message);

    QSignalSpy changedA(deskA.service.get(), &vsys::sync::SyncService::doseLedgerChanged);
    deskA.syncAndWait();
    deskB.syncAndWait();
    deskA.syncAndWait();
    EXPECT_GE(changedA.count(), 1);

    const QSet<QString> all = demo + QSet<QString>{a1, aTwice, b1, bTwice};
    for (Desktop* desk : {&deskA, &deskB}) {
        const vsys::core::DoseLedger ledger = desk->service->doseLedger();
        EXPECT_EQ(idsOf(ledger), all);
        EXPECT_EQ(ledger.duplicateIds(), (QSet<QString>{aTwice, bTwice}));
        EXPECT_TRUE(desk->service->unsentDoseIds().isEmpty());
        EXPECT_EQ(desk->service->pendingCount(), 0);
    }
    // Who entered each record is the server's V-SYS ID on both desks.
    const vsys::core::DoseLedger atB = deskB.service->doseLedger();
    for (const vsys::core::DoseEntry& entry : atB.records()) {
        if (entry.id == a1) {
            EXPECT_EQ(entry.enteredBy, vsys::server::DemoData::accounts().constFirst().vsysId);
            EXPECT_EQ(entry.ticket, u"131310160000099902"_s);
        }
    }
}

/// The server's dose records as ids, in the order they were stored.
QStringList serverDoses(const QString& file)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"server-doses"_s);
        db.setDatabaseName(file);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(u"SELECT id FROM dose ORDER BY venue_id, number"_s));
        while (query.next()) {
            rows.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"server-doses"_s);
    return rows;
}

TEST(SyncOverHttpsTest, ADoseQueuedWhileTheServerHangsIsStoredOnceAfterTheDesktopIsKilled)
{
    QTemporaryDir dir;
    ASSERT_TRUE(
        vsys::server::SelfSignedCertificate::create(dir.filePath(u"certificate.pem"_s), dir.filePath(u"key.pem"_s))
            .ok());
    ServerProcess server(dir.path(), freePort());
    server.start(true);
    Desktop desktop(dir.path(), u"desktop"_s, server.certificate());
    desktop.loginAndSync(server.url());
    const QStringList before = serverDoses(dir.filePath(u"server.sqlite"_s));
    ASSERT_EQ(before.size(), 23); // the demo venue's March mornings

    // The server hangs: the dose goes out and no answer comes.
    server.pause();
    const QString id = recordDose(desktop, u"131310160000099904"_s);
    QTest::qWait(500);
    EXPECT_EQ(desktop.service->unsentDoseIds(), QSet<QString>{id});

    // The desktop dies as a kill would take it: no goodbye, its outbox row left as it was.
    desktop.service.reset();
    // The server wakes up and may take the request it had buffered; its answer reaches nobody.
    server.resume();
    QTest::qWait(500);

    // Started again: the dose is sent again, and its id makes the resend harmless.
    desktop.service = std::make_unique<vsys::sync::SyncService>(*desktop.database, desktop.secrets, desktop.manager);
    desktop.loginAndSync(server.url());
    for (int attempt = 0; attempt < 10 && desktop.service->pendingCount() > 0; ++attempt) {
        desktop.syncAndWait();
    }
    ASSERT_EQ(desktop.service->pendingCount(), 0);
    EXPECT_TRUE(desktop.service->unsentDoseIds().isEmpty());
    EXPECT_EQ(serverDoses(dir.filePath(u"server.sqlite"_s)), before + QStringList{id});
    // And once here: the server's copy in /changes did not add a second row.
    const vsys::core::DoseLedger ledger = desktop.service->doseLedger();
    EXPECT_EQ(ledger.records().size(), 24);
    EXPECT_EQ(std::count_if(ledger.records().cbegin(), ledger.records().cend(),
                            [&id](const vsys::core::DoseEntry& entry) { return entry.id == id; }),
              1);
}

} // namespace
