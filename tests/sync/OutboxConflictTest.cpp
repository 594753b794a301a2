// SPDX-License-Identifier: MIT
// Tests for sync::Outbox on 409 version_conflict (競合): both copies kept, nothing local dropped, and
// the user's choice sent on top of the server's version.
#include "core/application/ContentDiff.h"
#include "db/ApplicationRepository.h"
#include "db/OutboxRepository.h"
#include "support/SyncTestSupport.h"
#include "sync/Outbox.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ApplicationAction;
using vsys::core::SyncState;
using vsys::db::OutboxState;
using vsys::sync::Outbox;
using namespace vsys::sync::test;

namespace {

class OutboxConflictTest : public SyncFixture
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        m_outbox = std::make_unique<Outbox>(*m_database, *m_server, m_accountId);
        m_outbox->start();
        m_record = newApplication(u"株式会社テスト"_s);
        ASSERT_TRUE(m_outbox->saveApplication(m_record).ok());
        ASSERT_TRUE(waitFor([&] { return local().syncState == SyncState::Synced; }));
        m_server->clearRequests();
        // Another desktop of the venue changed the company name meanwhile: the server is at version 2.
        QJsonObject content = m_record.content;
        QJsonObject company = content.value(u"company"_s).toObject();
        company.insert(u"name"_s, u"株式会社テスト本社"_s);
        content.insert(u"company"_s, company);
        m_serverContent = content;
        m_server->setApplication(serverRecord(m_record.id, 2, u"draft"_s, content));
    }

    void TearDown() override
    {
        m_outbox.reset();
        SyncFixture::TearDown();
    }

    vsys::db::LocalApplication local() const
    {
        const auto found = vsys::db::ApplicationRepository(*m_database).find(m_record.id);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && found->has_value() ? **found : vsys::db::LocalApplication();
    }

    /// This desktop edits the phone number on version 1 and sends it into the conflict.
    QJsonObject editIntoConflict()
    {
        QJsonObject content = m_record.content;
        content.insert(u"contacts"_s, QJsonObject{{u"phone"_s, u"03-9999-0000"_s}});
        auto edited = m_record;
        edited.content = content;
        EXPECT_TRUE(m_outbox->saveApplication(edited).ok());
        waitFor([&] { return local().syncState == SyncState::Conflict; });
        return content;
    }

    std::unique_ptr<Outbox> m_outbox;
    vsys::core::ApplicationRecord m_record;
    QJsonObject m_serverContent;
};

TEST_F(OutboxConflictTest, AStaleEditKeepsBothCopies)
{
    const QJsonObject mine = editIntoConflict();

    const auto conflicted = local();
    EXPECT_EQ(conflicted.syncState, SyncState::Conflict);
    EXPECT_EQ(vsys::core::SyncStateText::label(conflicted.syncState), u"競合"_s);
    EXPECT_EQ(conflicted.record.content, mine);
    EXPECT_EQ(conflicted.record.version, 1);
    ASSERT_TRUE(conflicted.serverCopy.has_value());
    EXPECT_EQ(conflicted.serverCopy->version, 2);
    EXPECT_EQ(conflicted.serverCopy->content, m_serverContent);
    ASSERT_EQ(m_server->requests().size(), 1);
    EXPECT_EQ(m_server->requests().at(0).header("If-Match"), "1");
    // Nothing local was dropped: the change still waits in the outbox with the user's content.
    const auto rows = vsys::db::OutboxRepository(*m_database).unsynced(u"application"_s, m_record.id);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).state, OutboxState::Conflict);
    EXPECT_EQ(rows->at(0).payload, (QJsonObject{{u"content"_s, mine}}));
    EXPECT_EQ(rows->at(0).lastError, u"この申込は他の端末で更新されています。内容を確認してください。"_s);
    EXPECT_EQ(m_server->application(m_record.id)->value(u"content"_s).toObject(), m_serverContent);
}

TEST_F(OutboxConflictTest, NoEditOrActionWhileInConflict)
{
    const QJsonObject mine = editIntoConflict();
    auto again = m_record;
    again.content = sampleContent(u"さらに編集"_s);

    const auto edit = m_outbox->saveApplication(again);
    ASSERT_FALSE(edit.ok());
    EXPECT_EQ(edit.error().message,
              u"この申込はサーバー上の内容と異なります。編集する前に、どちらの内容を残すか選んでください。"_s);
    EXPECT_FALSE(m_outbox->queueAction(m_record.id, ApplicationAction::Submit).ok());
    EXPECT_EQ(local().record.content, mine);
}

TEST_F(OutboxConflictTest, AMergedChoiceIsSentOnTheServersVersion)
{
    const QJsonObject mine = editIntoConflict();
    const auto conflicted = local();
    // The dialog: keep my phone number, take the server's company name.
    const QJsonObject merged = vsys::core::ContentDiff::merge(conflicted.record.content, conflicted.serverCopy->content,
                                                              {u"company.name"_s});
    m_server->clearRequests();

    ASSERT_TRUE(m_outbox->resolveConflict(m_record.id, merged).ok());
    ASSERT_TRUE(waitFor([&] { return local().syncState == SyncState::Synced; }));

    ASSERT_EQ(m_server->requests().size(), 1);
    EXPECT_EQ(m_server->requests().at(0).header("If-Match"), "2");
    EXPECT_EQ(m_server->requests().at(0).json(), (QJsonObject{{u"content"_s, merged}}));
    EXPECT_EQ(merged.value(u"company"_s).toObject().value(u"name"_s).toString(), u"株式会社テスト本社"_s);
    EXPECT_EQ(merged.value(u"contacts"_s), mine.value(u"contacts"_s));
    const auto resolved = local();
    EXPECT_EQ(resolved.record.version, 3);
    EXPECT_EQ(resolved.record.content, merged);
    EXPECT_FALSE(resolved.serverCopy.has_value());
}

TEST_F(OutboxConflictTest, TakingTheServersCopySendsNothing)
{
    editIntoConflict();
    m_server->clearRequests();

    ASSERT_TRUE(m_outbox->resolveConflict(m_record.id, m_serverContent).ok());
    QSignalSpy idle(m_outbox.get(), &Outbox::idle);
    ASSERT_TRUE(idle.wait(5000));

    EXPECT_TRUE(m_server->requests().isEmpty());
    const auto resolved = local();
    EXPECT_EQ(resolved.syncState, SyncState::Synced);
    EXPECT_EQ(resolved.record.version, 2);
    EXPECT_EQ(resolved.record.content, m_serverContent);
    EXPECT_EQ(m_outbox->pendingCount().value(), 0);
    const auto again = m_outbox->resolveConflict(m_record.id, m_serverContent);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, u"この申込には解決する競合がありません。"_s);
}

TEST_F(OutboxConflictTest, AStaleSubmitIsQueuedAgainAfterTheChoice)
{
    ASSERT_TRUE(m_outbox->queueAction(m_record.id, ApplicationAction::Submit).ok());
    ASSERT_TRUE(waitFor([&] { return local().syncState == SyncState::Conflict; }));
    const QString staleKey = QString::fromLatin1(m_server->requests().at(0).header("Idempotency-Key"));
    m_server->clearRequests();

    ASSERT_TRUE(m_outbox->resolveConflict(m_record.id, m_record.content).ok());
    ASSERT_TRUE(waitFor([&] { return local().syncState == SyncState::Synced; }));

    // First the chosen content on version 2, then the submit, as a new action, on version 3.
    ASSERT_EQ(m_server->requests().size(), 2);
    EXPECT_EQ(m_server->requests().at(0).verb, "PUT");
    EXPECT_EQ(m_server->requests().at(0).header("If-Match"), "2");
    EXPECT_EQ(m_server->requests().at(1).path, u"/applications/%1/submit"_s.arg(m_record.id));
    EXPECT_EQ(m_server->requests().at(1).header("If-Match"), "3");
    EXPECT_NE(QString::fromLatin1(m_server->requests().at(1).header("Idempotency-Key")), staleKey);
    EXPECT_EQ(local().record.status, vsys::core::ApplicationStatus::AwaitingReview);
    EXPECT_EQ(m_server->application(m_record.id)->value(u"content"_s).toObject(), m_record.content);
}

TEST_F(OutboxConflictTest, OurOwnEarlierWriteIsNotAConflict)
{
    // An earlier PUT of exactly this content got through, but its answer was lost.
    QJsonObject mine = m_record.content;
    mine.insert(u"contacts"_s, QJsonObject{{u"phone"_s, u"03-9999-0000"_s}});
    m_server->setApplication(serverRecord(m_record.id, 2, u"draft"_s, mine));
    auto edited = m_record;
    edited.content = mine;

    ASSERT_TRUE(m_outbox->saveApplication(edited).ok());
    ASSERT_TRUE(waitFor([&] { return local().syncState == SyncState::Synced; }));

    EXPECT_EQ(local().record.version, 2);
    EXPECT_FALSE(local().serverCopy.has_value());
    EXPECT_EQ(m_server->requests().size(), 1);
}

} // namespace
