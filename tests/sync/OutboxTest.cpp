// SPDX-License-Identifier: MIT
// Tests for sync::Outbox: saving offline, the queued → sending → synced path, retries with the same
// Idempotency-Key, refusals with the server's message, and recovery after a crash.
#include "sync/Outbox.h"

#include "db/ApplicationRepository.h"
#include "db/OutboxRepository.h"
#include "support/SyncTestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ApplicationAction;
using vsys::core::ApplicationStatus;
using vsys::core::SyncState;
using vsys::db::OutboxEntry;
using vsys::db::OutboxState;
using vsys::sync::Outbox;
using namespace vsys::sync::test;

namespace {

class OutboxTest : public SyncFixture
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        m_outbox = makeOutbox();
    }

    void TearDown() override
    {
        m_outbox.reset();
        SyncFixture::TearDown();
    }

    std::unique_ptr<Outbox> makeOutbox()
    {
        auto outbox = std::make_unique<Outbox>(*m_database, *m_server, m_accountId);
        outbox->setClock([this] { return m_now; });
        return outbox;
    }

    vsys::db::LocalApplication local(const QString& id) const
    {
        const auto found = vsys::db::ApplicationRepository(*m_database).find(id);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && found->has_value() ? **found : vsys::db::LocalApplication();
    }

    QList<OutboxEntry> rows(const QString& id) const
    {
        QList<OutboxEntry> all;
        const QString sql = u"SELECT id FROM outbox WHERE record_id = '%1' ORDER BY id"_s.arg(id);
        QSqlQuery query(m_database->connection());
        EXPECT_TRUE(query.exec(sql));
        vsys::db::OutboxRepository repository(*m_database);
        while (query.next()) {
            all.append(repository.find(query.value(0).toLongLong())->value());
        }
        return all;
    }

    /// A record the server and this desktop both have at version 1.
    vsys::core::ApplicationRecord syncedApplication()
    {
        const auto record = newApplication(u"株式会社テスト"_s);
        EXPECT_TRUE(m_outbox->saveApplication(record).ok());
        m_outbox->start();
        waitFor([&] { return local(record.id).syncState == SyncState::Synced; });
        m_server->clearRequests();
        return local(record.id).record;
    }

    QDateTime m_now = QDateTime(QDate(2021, 12, 20), QTime(11, 0), Qt::UTC);
    std::unique_ptr<Outbox> m_outbox;
};

TEST_F(OutboxTest, RetryDelayDoublesUpToFiveMinutes)
{
    using std::chrono::seconds;
    EXPECT_EQ(Outbox::retryDelay(1), seconds(1));
    EXPECT_EQ(Outbox::retryDelay(2), seconds(2));
    EXPECT_EQ(Outbox::retryDelay(3), seconds(4));
    EXPECT_EQ(Outbox::retryDelay(9), seconds(256));
    EXPECT_EQ(Outbox::retryDelay(10), seconds(300));
    EXPECT_EQ(Outbox::retryDelay(1000), seconds(300));
}

TEST_F(OutboxTest, AnEditIsSavedLocallyAtOnceWithoutTheNetwork)
{
    m_server->setReachable(false);
    auto record = newApplication(u"株式会社オフライン"_s);
    record.status = ApplicationStatus::Confirmed; // not the caller's to set
    record.version = 9;

    ASSERT_TRUE(m_outbox->saveApplication(record).ok());

    // Saved and queued before the event loop ran: nothing waited for the network.
    EXPECT_TRUE(m_server->requests().isEmpty());
    const auto saved = local(record.id);
    EXPECT_EQ(saved.record.content, record.content);
    EXPECT_EQ(saved.record.status, ApplicationStatus::Draft);
    EXPECT_EQ(saved.record.version, 0);
    EXPECT_EQ(saved.record.createdAt, m_now);
    EXPECT_EQ(saved.syncState, SyncState::Queued);
    const QList<OutboxEntry> queued = rows(record.id);
    ASSERT_EQ(queued.size(), 1);
    EXPECT_EQ(queued.at(0).operation, vsys::db::OutboxOperation::Put);
    EXPECT_EQ(queued.at(0).state, OutboxState::Queued);
    EXPECT_EQ(queued.at(0).payload, (QJsonObject{{u"content"_s, record.content}}));
    EXPECT_EQ(queued.at(0).baseVersion, 0);
    EXPECT_EQ(m_outbox->pendingCount().value(), 1);
}

TEST_F(OutboxTest, QueuedChangeIsSentAndTheRecordTakesTheServersVersion)
{
    const auto record = newApplication(u"株式会社テスト"_s);
    QList<SyncState> seen;
    QObject::connect(m_outbox.get(), &Outbox::recordChanged, m_outbox.get(),
                     [&](const QString& id) { seen.append(local(id).syncState); });
    QSignalSpy pending(m_outbox.get(), &Outbox::pendingCountChanged);

    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Synced; }));

    EXPECT_EQ(seen, (QList<SyncState>{SyncState::Queued, SyncState::Sending, SyncState::Synced}));
    const auto synced = local(record.id);
    EXPECT_EQ(synced.record.version, 1);
    EXPECT_EQ(synced.record.status, ApplicationStatus::Draft);
    EXPECT_EQ(synced.record.content, record.content);
    EXPECT_EQ(synced.record.createdAt, QDateTime(QDate(2021, 12, 20), QTime(2, 20), Qt::UTC));
    const QList<OutboxEntry> sent = rows(record.id);
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent.at(0).state, OutboxState::Synced);
    EXPECT_EQ(sent.at(0).attempts, 1);
    EXPECT_EQ(sent.at(0).lastRequestId.toLatin1(), m_server->requests().constLast().header("X-Request-ID"));
    EXPECT_EQ(m_server->application(record.id)->value(u"content"_s).toObject(), record.content);
    EXPECT_EQ(m_server->requests().constLast().header("If-Match"), "0");
    EXPECT_EQ(pending.constLast().constFirst().toInt(), 0);
    EXPECT_EQ(m_outbox->pendingCount().value(), 0);
}

TEST_F(OutboxTest, AnEditOfASyncedRecordSendsIfMatchWithItsVersion)
{
    auto record = syncedApplication();
    record.content = sampleContent(u"株式会社テスト改"_s);

    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    ASSERT_TRUE(waitFor([&] { return local(record.id).record.version == 2; }));

    ASSERT_EQ(m_server->requests().size(), 1);
    EXPECT_EQ(m_server->requests().at(0).header("If-Match"), "1");
    EXPECT_EQ(local(record.id).syncState, SyncState::Synced);
}

TEST_F(OutboxTest, OfflineEditsOfOneRecordGoOutAsOnePut)
{
    auto record = newApplication(u"一回目"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    record.content = sampleContent(u"二回目"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    record.content = sampleContent(u"三回目"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    EXPECT_EQ(rows(record.id).size(), 1);

    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Synced; }));

    ASSERT_EQ(m_server->requests().size(), 1);
    EXPECT_EQ(m_server->requests().at(0).json(), (QJsonObject{{u"content"_s, sampleContent(u"三回目"_s)}}));
}

TEST_F(OutboxTest, AnUnchangedSaveQueuesNothing)
{
    const auto record = syncedApplication();

    ASSERT_TRUE(m_outbox->saveApplication(record).ok());

    EXPECT_EQ(rows(record.id).size(), 1);
    EXPECT_EQ(local(record.id).syncState, SyncState::Synced);
}

TEST_F(OutboxTest, ChangesOfOneRecordAreSentInOrderOnTheVersionBefore)
{
    const auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    ASSERT_TRUE(m_outbox->queueAction(record.id, ApplicationAction::Submit).ok());

    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Synced; }));

    ASSERT_EQ(m_server->requests().size(), 2);
    EXPECT_EQ(m_server->requests().at(0).verb, "PUT");
    EXPECT_EQ(m_server->requests().at(1).path, u"/applications/%1/submit"_s.arg(record.id));
    // Queued on version 0; rebased to the version the create produced before it went.
    EXPECT_EQ(m_server->requests().at(1).header("If-Match"), "1");
    const auto submitted = local(record.id);
    EXPECT_EQ(submitted.record.status, ApplicationStatus::AwaitingReview);
    EXPECT_EQ(submitted.record.number, u"00001-1310000017-01"_s);
    EXPECT_EQ(submitted.record.version, 2);
}

TEST_F(OutboxTest, ActionsFollowTheStatusMachineIncludingQueuedOnes)
{
    const auto record = syncedApplication();
    ASSERT_TRUE(m_outbox->queueAction(record.id, ApplicationAction::Submit).ok());

    auto edited = record;
    edited.content = sampleContent(u"申込後の編集"_s);
    const auto edit = m_outbox->saveApplication(edited);
    ASSERT_FALSE(edit.ok());
    EXPECT_EQ(edit.error().message, u"ステータスが「確認待ち」の申込は編集できません。"_s);
    const auto withdraw = m_outbox->queueAction(record.id, ApplicationAction::Withdraw);
    ASSERT_FALSE(withdraw.ok());
    EXPECT_EQ(withdraw.error().message, u"ステータスが「確認待ち」の申込は取下げできません。"_s);
    const auto confirm = m_outbox->queueAction(record.id, ApplicationAction::Confirm);
    ASSERT_FALSE(confirm.ok());
    EXPECT_EQ(confirm.error().message, u"確認は厚生労働省の審査担当者のみ行えます。"_s);
    EXPECT_EQ(rows(record.id).size(), 2);
}

TEST_F(OutboxTest, NetworkFailuresBackOffAndTheResendKeepsTheIdempotencyKey)
{
    const auto record = syncedApplication();
    ASSERT_TRUE(m_outbox->queueAction(record.id, ApplicationAction::Submit).ok());
    const QString key = rows(record.id).constLast().idempotencyKey;
    ASSERT_FALSE(key.isEmpty());
    m_server->setReachable(false);
    QSignalSpy offline(m_outbox.get(), &Outbox::networkFailed);

    for (int attempt = 1; attempt <= 3; ++attempt) {
        if (attempt > 1) {
            m_outbox->retryNow();
        }
        ASSERT_TRUE(waitFor([&] { return m_server->requests().size() == attempt && !m_outbox->isBusy(); }));
        const OutboxEntry row = rows(record.id).constLast();
        EXPECT_EQ(row.state, OutboxState::Queued);
        EXPECT_EQ(row.attempts, attempt);
        EXPECT_EQ(row.nextAttemptAt, m_now.addSecs(1 << (attempt - 1)));
        EXPECT_EQ(
            row.lastError,
            u"サーバーに接続できませんでした（Connection refused）。変更はこのコンピューターに保存されており、接続が"
            "戻ると送信されます。"_s);
        EXPECT_EQ(local(record.id).syncState, SyncState::Queued);
    }
    EXPECT_EQ(offline.size(), 3);

    m_server->setReachable(true);
    m_outbox->retryNow();
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Synced; }));

    const auto submits = m_server->requestsTo(u"/applications/%1/submit"_s.arg(record.id));
    ASSERT_EQ(submits.size(), 4);
    for (const FakeRequest& request : submits) {
        EXPECT_EQ(QString::fromLatin1(request.header("Idempotency-Key")), key);
        EXPECT_EQ(request.header("If-Match"), "1");
    }
    EXPECT_EQ(m_server->appliedActions(), 1);
    EXPECT_EQ(local(record.id).record.status, ApplicationStatus::AwaitingReview);
    EXPECT_EQ(rows(record.id).constLast().attempts, 4);
}

TEST_F(OutboxTest, NothingIsSentBeforeTheRetryTime)
{
    m_server->setReachable(false);
    const auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return m_server->requests().size() == 1 && !m_outbox->isBusy(); }));

    // Another record saved in the meantime waits too: the server is the same for all of them.
    ASSERT_TRUE(m_outbox->saveApplication(newApplication(u"別の申込"_s)).ok());
    QSignalSpy idle(m_outbox.get(), &Outbox::idle);
    ASSERT_TRUE(idle.wait(5000));
    EXPECT_EQ(m_server->requests().size(), 1);

    m_now = m_now.addSecs(1);
    m_server->setReachable(true);
    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return m_outbox->pendingCount().value() == 0; }));
    EXPECT_EQ(m_server->requests().size(), 3);
}

TEST_F(OutboxTest, ARefusedChangeKeepsTheServersMessageAndIsNotRetried)
{
    m_server->setOverride([](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.verb == "PUT") {
            return FakeResponse::error(400, u"invalid_field"_s, u"接種会場名を入力してください。"_s,
                                       u"content.venue.name"_s);
        }
        return std::nullopt;
    });
    QSignalSpy errors(m_outbox.get(), &Outbox::syncError);
    auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Error; }));

    EXPECT_EQ(local(record.id).syncError, u"接種会場名を入力してください。"_s);
    EXPECT_EQ(rows(record.id).constLast().state, OutboxState::Error);
    EXPECT_EQ(rows(record.id).constLast().lastError, u"接種会場名を入力してください。"_s);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).at(0).toString(), u"接種会場名を入力してください。"_s);
    EXPECT_EQ(vsys::core::SyncStateText::label(local(record.id).syncState), u"エラー"_s);

    m_outbox->retryNow();
    QSignalSpy idle(m_outbox.get(), &Outbox::idle);
    ASSERT_TRUE(idle.wait(5000));
    EXPECT_EQ(m_server->requests().size(), 1);

    // Fixing the content sends the same row again.
    m_server->setOverride({});
    record.content = sampleContent(u"株式会社テスト（修正）"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Synced; }));
    EXPECT_EQ(rows(record.id).size(), 1);
    EXPECT_EQ(m_server->requests().size(), 2);
}

TEST_F(OutboxTest, ARefusedActionIsRetriedWithANewIdempotencyKeyOrDiscarded)
{
    const auto record = syncedApplication();
    // Another desktop of the venue submitted it; this one did not hear yet.
    QJsonObject elsewhere = *m_server->application(record.id);
    elsewhere.insert(u"status"_s, u"awaiting_review"_s);
    m_server->setApplication(elsewhere);

    ASSERT_TRUE(m_outbox->queueAction(record.id, ApplicationAction::Submit).ok());
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Error; }));
    EXPECT_EQ(local(record.id).syncError, u"ステータスが「確認待ち」の申込は申込できません。"_s);
    const QString firstKey = rows(record.id).constLast().idempotencyKey;

    ASSERT_TRUE(m_outbox->retryFailed(record.id).ok());
    ASSERT_TRUE(waitFor([&] { return m_server->requests().size() == 2 && !m_outbox->isBusy(); }));
    EXPECT_NE(QString::fromLatin1(m_server->requests().at(1).header("Idempotency-Key")), firstKey);
    EXPECT_EQ(QString::fromLatin1(m_server->requests().at(1).header("Idempotency-Key")),
              rows(record.id).constLast().idempotencyKey);
    EXPECT_EQ(local(record.id).syncState, SyncState::Error);

    ASSERT_TRUE(m_outbox->discardFailed(record.id).ok());
    EXPECT_EQ(local(record.id).syncState, SyncState::Synced);
    EXPECT_EQ(m_outbox->pendingCount().value(), 0);
}

TEST_F(OutboxTest, ARowLeftSendingByACrashIsResentWithTheSameKey)
{
    const auto record = syncedApplication();
    ASSERT_TRUE(m_outbox->queueAction(record.id, ApplicationAction::Submit).ok());
    const QString key = rows(record.id).constLast().idempotencyKey;
    m_server->setHoldReplies(true);
    ASSERT_TRUE(waitFor([&] { return m_server->requests().size() == 1; }));
    // The server has done it, but the answer never arrives: the program dies here.
    EXPECT_EQ(m_server->application(record.id)->value(u"status"_s).toString(), u"awaiting_review"_s);
    EXPECT_EQ(rows(record.id).constLast().state, OutboxState::Sending);
    m_outbox.reset();
    m_server->releaseHeldReplies();
    EXPECT_EQ(rows(record.id).constLast().state, OutboxState::Sending);
    EXPECT_EQ(local(record.id).syncState, SyncState::Sending);

    m_outbox = makeOutbox();
    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Synced; }));

    ASSERT_EQ(m_server->requests().size(), 2);
    EXPECT_EQ(QString::fromLatin1(m_server->requests().at(0).header("Idempotency-Key")), key);
    EXPECT_EQ(QString::fromLatin1(m_server->requests().at(1).header("Idempotency-Key")), key);
    EXPECT_EQ(m_server->appliedActions(), 1);
    EXPECT_EQ(local(record.id).record.status, ApplicationStatus::AwaitingReview);
    EXPECT_EQ(local(record.id).record.number, u"00001-1310000017-01"_s);
    EXPECT_EQ(rows(record.id).constLast().attempts, 2);
}

TEST_F(OutboxTest, AnExpiredSessionPausesSendingUntilStartedAgain)
{
    m_server->expireTokens();
    QSignalSpy authentication(m_outbox.get(), &Outbox::authenticationRequired);
    const auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    m_outbox->start();
    ASSERT_TRUE(authentication.wait(5000));

    EXPECT_FALSE(m_outbox->isRunning());
    EXPECT_EQ(rows(record.id).constLast().state, OutboxState::Queued);
    EXPECT_EQ(local(record.id).syncState, SyncState::Queued);
    m_outbox->retryNow();
    QTest::qWait(50);
    EXPECT_EQ(m_server->requests().size(), 1);

    m_server->setToken(m_server->issueToken(QString::fromLatin1(kVsysId)));
    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Synced; }));
    EXPECT_EQ(m_server->requests().size(), 2);
}

TEST_F(OutboxTest, StartForgetsSyncedRowsOlderThanAWeek)
{
    const auto record = syncedApplication();
    ASSERT_EQ(rows(record.id).size(), 1);

    m_now = m_now.addDays(6);
    m_outbox = makeOutbox();
    m_outbox->start();
    EXPECT_EQ(rows(record.id).size(), 1);

    m_now = m_now.addDays(2);
    m_outbox = makeOutbox();
    m_outbox->start();
    EXPECT_TRUE(rows(record.id).isEmpty());
    EXPECT_EQ(local(record.id).syncState, SyncState::Synced);
}

TEST_F(OutboxTest, FixingARefusedEditSendsItBeforeTheSubmitQueuedBehindIt)
{
    bool refuse = true;
    m_server->setOverride([&refuse](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (refuse && request.verb == "PUT") {
            return FakeResponse::error(400, u"invalid_field"_s, u"郵便番号を入力してください。"_s,
                                       u"content.company.postal_code"_s);
        }
        return std::nullopt;
    });
    auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    ASSERT_TRUE(m_outbox->queueAction(record.id, ApplicationAction::Submit).ok());
    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Error; }));
    EXPECT_EQ(m_server->requests().size(), 1);

    refuse = false;
    record.content = sampleContent(u"株式会社テスト（郵便番号あり）"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Synced; }));

    ASSERT_EQ(m_server->requests().size(), 3);
    EXPECT_EQ(m_server->requests().at(1).json(), (QJsonObject{{u"content"_s, record.content}}));
    EXPECT_EQ(m_server->requests().at(2).path, u"/applications/%1/submit"_s.arg(record.id));
    EXPECT_EQ(local(record.id).record.status, ApplicationStatus::AwaitingReview);
    EXPECT_EQ(rows(record.id).size(), 2);
}

} // namespace
