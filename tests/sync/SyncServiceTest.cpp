// SPDX-License-Identifier: MIT
// Tests for sync::SyncService: sign-in and secrets, the changes feed, offline and online, expired sessions.
#include "sync/SyncService.h"

#include "db/AccountRepository.h"
#include "db/ApplicationRepository.h"
#include "db/SyncStateRepository.h"
#include "support/SyncTestSupport.h"
#include "sync/Outbox.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::SyncState;
using vsys::sync::SecretStore;
using vsys::sync::SyncService;
using namespace vsys::sync::test;

namespace {

const QUrl kUrl(QString::fromLatin1(kServerUrl));
const QString kId = u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s;

class SyncServiceTest : public SyncServiceFixture
{
protected:
    std::optional<QString> secret(SecretStore::Secret which)
    {
        std::optional<QString> value;
        bool answered = false;
        m_secrets.read(SecretStore::key(kUrl, QString::fromLatin1(kVsysId), which), m_service.get(),
                       [&](const vsys::core::Result<std::optional<QString>>& read) {
                           value = read.value();
                           answered = true;
                       });
        waitFor([&] { return answered; });
        return value;
    }

    /// Every byte SQLite wrote: the database file and its write-ahead log.
    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile file(m_dir.filePath(name));
            EXPECT_TRUE(file.open(QIODevice::ReadOnly));
            bytes += file.readAll();
        }
        return bytes;
    }

    vsys::db::LocalApplication local(const QString& id) const
    {
        return vsys::db::ApplicationRepository(*m_database).find(id)->value();
    }
};

TEST_F(SyncServiceTest, SignInKeepsTheTokenInMemoryAndTheAccountWithoutSecrets)
{
    QSignalSpy signedIn(m_service.get(), &SyncService::signedInChanged);
    QSignalSpy online(m_service.get(), &SyncService::onlineChanged);

    signIn(false);

    ASSERT_EQ(signedIn.size(), 1);
    EXPECT_TRUE(signedIn.at(0).at(0).toBool());
    EXPECT_EQ(online.at(0).at(0).toBool(), true);
    EXPECT_TRUE(m_service->isOnline());
    EXPECT_TRUE(m_server->hasToken());
    EXPECT_EQ(m_server->requests().at(1).header("Authorization").left(24), "Bearer token-1310000017-");
    const auto account = m_service->account();
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(account->id, m_accountId);
    EXPECT_EQ(account->venueName, u"(職域)サンプル職域接種会場"_s);
    EXPECT_EQ(scalar(u"SELECT venue_name FROM account WHERE vsys_id = '1310000017'"_s).toString(),
              u"(職域)サンプル職域接種会場"_s);
    EXPECT_FALSE(scalar(u"SELECT last_used_at FROM account"_s).isNull());
    EXPECT_EQ(secret(SecretStore::Secret::Password), std::nullopt);
    EXPECT_EQ(secret(SecretStore::Secret::Token), std::nullopt);
    const QByteArray stored = databaseBytes();
    EXPECT_FALSE(stored.contains(kPassword));
    EXPECT_FALSE(stored.contains("token-1310000017"));
}

TEST_F(SyncServiceTest, RememberPutsPasswordAndTokenInTheSecretStoreOnly)
{
    signIn(true);

    EXPECT_EQ(secret(SecretStore::Secret::Password), QString::fromLatin1(kPassword));
    const auto token = secret(SecretStore::Secret::Token);
    ASSERT_TRUE(token.has_value());
    EXPECT_TRUE(token->startsWith(u"token-1310000017-"_s));
    EXPECT_EQ(SecretStore::key(kUrl, QString::fromLatin1(kVsysId), SecretStore::Secret::Password),
              u"https://vsys.test/1310000017/password"_s);
    const QByteArray stored = databaseBytes();
    EXPECT_FALSE(stored.contains(kPassword));
    EXPECT_FALSE(stored.contains(token->toLatin1()));

    // Signing in again without "remember" forgets both.
    m_service->logout();
    signIn(false);
    EXPECT_EQ(secret(SecretStore::Secret::Password), std::nullopt);
    EXPECT_EQ(secret(SecretStore::Secret::Token), std::nullopt);
}

TEST_F(SyncServiceTest, AWrongPasswordFailsWithTheServersMessage)
{
    QSignalSpy failed(m_service.get(), &SyncService::loginFailed);

    m_service->login(kUrl, QString::fromLatin1(kVsysId), u"wrong"_s, true);

    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).toString(), u"V-SYS ID またはパスワードが正しくありません。"_s);
    EXPECT_FALSE(m_service->isSignedIn());
    EXPECT_FALSE(m_server->hasToken());
    EXPECT_EQ(secret(SecretStore::Secret::Password), std::nullopt);
}

TEST_F(SyncServiceTest, APlainHttpServerIsRefused)
{
    QSignalSpy failed(m_service.get(), &SyncService::loginFailed);

    m_service->login(QUrl(u"http://vsys.test"_s), QString::fromLatin1(kVsysId), QString::fromLatin1(kPassword), false);

    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.at(0).at(0).toString(),
              u"VSYS Desk はサーバーと HTTPS でのみ通信するため、「http://vsys.test」は使えません。https:// "
              u"で始まるアドレスを"
              "使ってください。"_s);
    EXPECT_TRUE(m_server->requests().isEmpty());
}

TEST_F(SyncServiceTest, TheChangesFeedIsAppliedAndItsCursorKept)
{
    m_server->setApplication(serverRecord(kId, 2, u"awaiting_review"_s, sampleContent(u"株式会社テスト"_s)));
    m_server->setCools({QJsonObject{{u"id"_s, 1}, {u"state"_s, u"open"_s}}});
    QSignalSpy lastSync(m_service.get(), &SyncService::lastSyncChanged);
    QSignalSpy changed(m_service.get(), &SyncService::recordChanged);

    signIn(false);

    EXPECT_EQ(local(kId).record.status, vsys::core::ApplicationStatus::AwaitingReview);
    EXPECT_EQ(local(kId).syncState, SyncState::Synced);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM server_record WHERE kind = 'cool'"_s).toInt(), 1);
    EXPECT_EQ(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"2"_s);
    ASSERT_EQ(lastSync.size(), 1);
    EXPECT_EQ(m_service->lastSync(), lastSync.at(0).at(0).toDateTime());
    EXPECT_TRUE(changed.contains(QVariantList{kId}));
    EXPECT_EQ(m_server->requestsTo(u"/changes"_s).constLast().request.url().query(), u"since=0"_s);

    m_server->setApplication(serverRecord(kId, 3, u"confirmed"_s, sampleContent(u"株式会社テスト"_s)));
    QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
    m_service->syncNow();
    ASSERT_TRUE(finished.wait(5000));

    EXPECT_EQ(m_server->requestsTo(u"/changes"_s).constLast().request.url().query(), u"since=2"_s);
    EXPECT_EQ(local(kId).record.status, vsys::core::ApplicationStatus::Confirmed);
    EXPECT_EQ(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"3"_s);
}

TEST_F(SyncServiceTest, ASyncCycleAppliesEveryPageOfTheFeed)
{
    const QStringList ids = m_server->addDrafts(5);
    m_server->setPageSize(2);
    QSignalSpy lastSync(m_service.get(), &SyncService::lastSyncChanged);

    signIn(false);

    EXPECT_EQ(m_server->queriesTo(u"/changes"_s), (QStringList{u"since=0"_s, u"since=2"_s, u"since=4"_s}));
    for (const QString& id : std::as_const(ids)) {
        EXPECT_EQ(local(id).syncState, SyncState::Synced) << qPrintable(id);
    }
    EXPECT_EQ(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"5"_s);
    // One sync, counted when the last page is in.
    EXPECT_EQ(lastSync.size(), 1);
}

TEST_F(SyncServiceTest, AFailedPageKeepsTheEarlierPagesAndTheNextCycleGoesOnFromThere)
{
    m_server->addDrafts(5);
    m_server->setPageSize(2);
    m_server->setOverride([](const FakeRequest& request) {
        return request.request.url().query() == u"since=2"_s ? std::optional(FakeResponse::networkFailure())
                                                             : std::nullopt;
    });
    QSignalSpy lastSync(m_service.get(), &SyncService::lastSyncChanged);

    signIn(false);

    EXPECT_EQ(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"2"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM application"_s).toInt(), 2);
    EXPECT_EQ(lastSync.size(), 0);
    EXPECT_FALSE(m_service->isOnline());

    m_server->setOverride({});
    m_server->clearRequests();
    QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
    m_service->syncNow();
    ASSERT_TRUE(finished.wait(5000));

    EXPECT_EQ(m_server->queriesTo(u"/changes"_s), (QStringList{u"since=2"_s, u"since=4"_s}));
    EXPECT_EQ(scalar(u"SELECT count(*) FROM application"_s).toInt(), 5);
    EXPECT_EQ(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"5"_s);
    EXPECT_EQ(lastSync.size(), 1);
}

TEST_F(SyncServiceTest, OfflineEditingWorksAndSyncsWhenTheServerIsBack)
{
    signIn(false);
    QSignalSpy online(m_service.get(), &SyncService::onlineChanged);
    QSignalSpy errors(m_service.get(), &SyncService::syncError);
    QSignalSpy pending(m_service.get(), &SyncService::pendingCountChanged);
    m_server->setReachable(false);

    const auto record = newApplication(u"株式会社オフライン"_s);
    ASSERT_TRUE(m_service->outbox()->saveApplication(record).ok());
    EXPECT_EQ(m_service->pendingCount(), 1);
    ASSERT_TRUE(online.wait(5000));
    EXPECT_FALSE(online.at(0).at(0).toBool());
    EXPECT_FALSE(m_service->isOnline());
    EXPECT_EQ(local(record.id).syncState, SyncState::Queued);
    EXPECT_TRUE(errors.isEmpty());

    m_server->setReachable(true);
    QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
    m_service->syncNow();
    ASSERT_TRUE(waitFor([&] { return m_service->pendingCount() == 0 && m_service->isOnline(); }));
    EXPECT_EQ(local(record.id).syncState, SyncState::Synced);
    EXPECT_EQ(pending.constFirst().at(0).toInt(), 1);
    EXPECT_EQ(pending.constLast().at(0).toInt(), 0);
    EXPECT_TRUE(online.constLast().at(0).toBool());
}

TEST_F(SyncServiceTest, AnExpiredSessionIsRenewedWithTheRememberedPassword)
{
    signIn(true);
    QSignalSpy authentication(m_service.get(), &SyncService::authenticationRequired);
    m_server->expireTokens();

    QSignalSpy signedIn(m_service.get(), &SyncService::signedInChanged);
    m_service->syncNow();
    ASSERT_TRUE(waitFor([&] { return signedIn.size() == 2; }));

    EXPECT_FALSE(signedIn.at(0).at(0).toBool());
    EXPECT_TRUE(signedIn.at(1).at(0).toBool());
    EXPECT_TRUE(authentication.isEmpty());
    EXPECT_EQ(m_server->requestsTo(u"/session"_s).size(), 2);
    EXPECT_TRUE(m_service->isSignedIn());
}

TEST_F(SyncServiceTest, AnExpiredSessionWithoutRememberedPasswordAsksTheUser)
{
    signIn(false);
    QSignalSpy authentication(m_service.get(), &SyncService::authenticationRequired);
    m_server->expireTokens();

    const auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_service->outbox()->saveApplication(record).ok());
    ASSERT_TRUE(authentication.wait(5000));

    EXPECT_FALSE(m_service->isSignedIn());
    EXPECT_FALSE(m_server->hasToken());
    EXPECT_EQ(m_server->requestsTo(u"/session"_s).size(), 1);
    EXPECT_EQ(local(record.id).syncState, SyncState::Queued);
}

TEST_F(SyncServiceTest, ResumeOpensAKnownAccountForEditingBeforeAnySignIn)
{
    QSignalSpy authentication(m_service.get(), &SyncService::authenticationRequired);

    ASSERT_TRUE(m_service->resume(kUrl, QString::fromLatin1(kVsysId)).ok());

    ASSERT_NE(m_service->outbox(), nullptr);
    const auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_service->outbox()->saveApplication(record).ok());
    ASSERT_TRUE(authentication.wait(5000));
    EXPECT_FALSE(m_service->isSignedIn());
    EXPECT_TRUE(m_server->requests().isEmpty());
    EXPECT_EQ(local(record.id).syncState, SyncState::Queued);

    const auto unknown = m_service->resume(kUrl, u"2710000025"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(
        unknown.error().message,
        u"V-SYS ID 2710000025 は、このコンピューターからこのサーバーにまだログインしていません。ログインしてください。"_s);
}

TEST_F(SyncServiceTest, ResumeWithARememberedTokenSyncsWithoutSigningIn)
{
    signIn(true);
    m_service.reset();
    m_server->clearToken();
    m_server->clearRequests();
    m_service = std::make_unique<SyncService>(*m_database, m_secrets, *m_server);
    QSignalSpy finished(m_service.get(), &SyncService::syncFinished);

    ASSERT_TRUE(m_service->resume(kUrl, QString::fromLatin1(kVsysId)).ok());
    ASSERT_TRUE(finished.wait(5000));

    EXPECT_TRUE(m_service->isSignedIn());
    EXPECT_TRUE(m_server->requestsTo(u"/session"_s).isEmpty());
    EXPECT_EQ(m_server->requestsTo(u"/changes"_s).size(), 1);
}

TEST_F(SyncServiceTest, LogoutClosesTheAccountSoAnotherCanLogIn)
{
    signIn(false);
    const auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_service->outbox()->saveApplication(record).ok());
    const QByteArray authorization = m_server->requests().constLast().header("Authorization");
    QSignalSpy signedIn(m_service.get(), &SyncService::signedInChanged);

    m_service->logout();

    ASSERT_EQ(signedIn.size(), 1);
    EXPECT_FALSE(signedIn.at(0).at(0).toBool());
    EXPECT_FALSE(m_service->account().has_value());
    EXPECT_EQ(m_service->outbox(), nullptr);
    EXPECT_FALSE(m_server->hasToken());
    EXPECT_EQ(m_server->requests().constLast().verb, "DELETE");
    EXPECT_EQ(m_server->requests().constLast().header("Authorization"), authorization);
    EXPECT_EQ(local(record.id).syncState, SyncState::Queued);

    m_server->addUser(u"2710000025"_s, u"second pass"_s, u"v-2"_s, u"(職域)大阪の会場"_s);
    QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
    m_service->login(kUrl, u"2710000025"_s, u"second pass"_s, false);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(m_service->account()->vsysId, u"2710000025"_s);
    EXPECT_EQ(m_service->account()->venueName, u"(職域)大阪の会場"_s);
    EXPECT_EQ(local(record.id).syncState, SyncState::Queued);
    EXPECT_EQ(m_service->pendingCount(), 0);
}

// The UI may log out in answer to any signal, also one emitted from a job's finished(): the login
// job's (signedInChanged) and the changes job's (recordChanged). The jobs must not be deleted under
// their own emit, and nothing may run on for the closed account (before: a crash, and ASan's
// heap-use-after-free).
TEST_F(SyncServiceTest, LoggingOutWhileTheLoginFinishesClosesTheAccountCleanly)
{
    QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
    QObject::connect(m_service.get(), &SyncService::signedInChanged, m_service.get(), [this](bool signedIn) {
        if (signedIn) {
            m_service->logout();
        }
    });

    m_service->login(kUrl, QString::fromLatin1(kVsysId), QString::fromLatin1(kPassword), false);
    ASSERT_TRUE(waitFor(
        [this] { return !m_server->requests().isEmpty() && m_server->requests().constLast().verb == "DELETE"; }));
    QCoreApplication::processEvents();

    EXPECT_FALSE(m_service->isSignedIn());
    EXPECT_FALSE(m_service->account().has_value());
    EXPECT_EQ(m_service->outbox(), nullptr);
    EXPECT_FALSE(finished.wait(300));
    EXPECT_TRUE(m_server->requestsTo(u"/changes"_s).isEmpty());
}

TEST_F(SyncServiceTest, LoggingOutWhileAChangesPageIsAppliedStopsTheCycle)
{
    m_server->setApplication(serverRecord(kId, 2, u"awaiting_review"_s, sampleContent(u"株式会社テスト"_s)));
    QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
    QSignalSpy lastSync(m_service.get(), &SyncService::lastSyncChanged);
    QObject::connect(m_service.get(), &SyncService::recordChanged, m_service.get(), [this] { m_service->logout(); });

    m_service->login(kUrl, QString::fromLatin1(kVsysId), QString::fromLatin1(kPassword), false);
    ASSERT_TRUE(waitFor([this] { return !m_server->requestsTo(u"/changes"_s).isEmpty() && !m_service->account(); }));
    QCoreApplication::processEvents();

    EXPECT_FALSE(m_service->isSignedIn());
    EXPECT_EQ(local(kId).record.status, vsys::core::ApplicationStatus::AwaitingReview);
    // The page was stored, but the cycle did not go on for an account that is closed.
    EXPECT_FALSE(finished.wait(300));
    EXPECT_TRUE(m_server->requestsTo(u"/plan"_s).isEmpty());
    for (const QList<QVariant>& change : lastSync) {
        EXPECT_FALSE(change.at(0).toDateTime().isValid());
    }
}

TEST_F(SyncServiceTest, APeriodicSyncThatReachesTheServerEndsTheRetryWait)
{
    signIn(false);
    m_server->setReachable(false);
    const auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_service->outbox()->saveApplication(record).ok());
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
        m_service->syncNow();
        ASSERT_TRUE(finished.wait(5000));
    }
    // Three failures: the change now waits 4 s for its next try.
    EXPECT_EQ(scalar(u"SELECT attempts FROM outbox"_s).toInt(), 3);

    m_server->setReachable(true);
    m_service->setSyncInterval(std::chrono::milliseconds(20));

    EXPECT_TRUE(waitFor([&] { return m_service->pendingCount() == 0; }, 2000));
    EXPECT_EQ(local(record.id).syncState, SyncState::Synced);
}

TEST_F(SyncServiceTest, ResumingOfflineKeepsTryingTheRememberedPasswordQuietly)
{
    signIn(true);
    m_service.reset();
    bool removed = false;
    QObject context;
    m_secrets.remove(SecretStore::key(kUrl, QString::fromLatin1(kVsysId), SecretStore::Secret::Token), &context,
                     [&](const vsys::core::Result<void>&) { removed = true; });
    ASSERT_TRUE(waitFor([&] { return removed; }));
    m_server->clearToken();
    m_server->setReachable(false);
    m_service = std::make_unique<SyncService>(*m_database, m_secrets, *m_server);
    m_service->setSyncInterval(std::chrono::milliseconds(50));
    QSignalSpy authentication(m_service.get(), &SyncService::authenticationRequired);
    QSignalSpy failed(m_service.get(), &SyncService::loginFailed);

    ASSERT_TRUE(m_service->resume(kUrl, QString::fromLatin1(kVsysId)).ok());
    ASSERT_TRUE(waitFor([&] { return m_server->requestsTo(u"/session"_s).size() >= 3; }));
    EXPECT_FALSE(m_service->isSignedIn());
    EXPECT_FALSE(m_service->isOnline());

    m_server->setReachable(true);
    ASSERT_TRUE(waitFor([&] { return m_service->isSignedIn(); }));
    EXPECT_TRUE(authentication.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
}

} // namespace
