// SPDX-License-Identifier: MIT
// Tests for the change log (変更履歴) that sync::Outbox writes with every saved edit: exactly the
// changed fields with their values and the Outbox's clock, nothing for refused or empty edits, the
// user's choice in a conflict, and rows that go with their account.
#include "core/application/ContentDiff.h"
#include "db/ApplicationRepository.h"
#include "db/ChangeLogRepository.h"
#include "support/SyncTestSupport.h"
#include "sync/Outbox.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ApplicationAction;
using vsys::core::SyncState;
using vsys::db::ChangeLogEntry;
using vsys::sync::Outbox;
using namespace vsys::sync::test;

namespace {

const QJsonValue kAbsent(QJsonValue::Undefined);

class OutboxChangeLogTest : public SyncFixture
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        m_outbox = std::make_unique<Outbox>(*m_database, *m_server, m_accountId);
        m_outbox->setClock([this] { return m_now; });
        m_log = std::make_unique<vsys::db::ChangeLogRepository>(*m_database);
    }

    void TearDown() override
    {
        m_log.reset();
        m_outbox.reset();
        SyncFixture::TearDown();
    }

    QList<ChangeLogEntry> entries(const QString& id, const QDateTime& since = {}) const
    {
        const auto found = m_log->entries(id, since);
        EXPECT_TRUE(found.ok()) << qPrintable(found.error().message);
        return found.ok() ? *found : QList<ChangeLogEntry>();
    }

    vsys::db::LocalApplication local(const QString& id) const
    {
        const auto found = vsys::db::ApplicationRepository(*m_database).find(id);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && found->has_value() ? **found : vsys::db::LocalApplication();
    }

    QDateTime m_now = QDateTime(QDate(2021, 12, 20), QTime(11, 0, 0, 250), Qt::UTC);
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<vsys::db::ChangeLogRepository> m_log;
};

TEST_F(OutboxChangeLogTest, SavingTwiceLogsExactlyTheChangedFields)
{
    auto record = newApplication(u"株式会社テスト"_s);
    const QDateTime created = m_now;
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());

    m_now = m_now.addSecs(90);
    const QDateTime edited = m_now;
    QJsonObject content = record.content;
    content.insert(u"company"_s, QJsonObject{{u"name"_s, u"株式会社テスト本社"_s}, {u"postal_code"_s, u"100-0001"_s}});
    content.remove(u"contacts"_s);
    content.insert(u"note"_s, QJsonValue::Null);
    record.content = content;
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());

    const QList<ChangeLogEntry> second{
        {edited, {u"company.name"_s, u"株式会社テスト"_s, u"株式会社テスト本社"_s}},
        {edited, {u"contacts.phone"_s, u"03-1234-5678"_s, kAbsent}},
        {edited, {u"note"_s, kAbsent, QJsonValue::Null}},
    };
    EXPECT_EQ(entries(record.id),
              (QList<ChangeLogEntry>{{created, {u"company.name"_s, kAbsent, u"株式会社テスト"_s}},
                                     {created, {u"company.postal_code"_s, kAbsent, u"100-0001"_s}},
                                     {created, {u"contacts.phone"_s, kAbsent, u"03-1234-5678"_s}},
                                     {created, {u"venue.name"_s, kAbsent, u"(職域)サンプル職域接種会場"_s}}}
               + second));
    EXPECT_EQ(entries(record.id, edited), second);
    EXPECT_EQ(scalar(u"SELECT group_concat(ifnull(before_value, 'NULL') || ' -> ' || ifnull(after_value, 'NULL'), "
                     "'; ') FROM application_change_log WHERE changed_at = '2021-12-20T11:01:30.250Z'"_s)
                  .toString(),
              u"\"株式会社テスト\" -> \"株式会社テスト本社\"; \"03-1234-5678\" -> NULL; NULL -> null"_s);
    EXPECT_EQ(scalar(u"SELECT DISTINCT account_id FROM application_change_log"_s).toLongLong(), m_accountId);
}

TEST_F(OutboxChangeLogTest, SavingTheSameContentAgainLogsNothing)
{
    const auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    m_now = m_now.addSecs(60);

    ASSERT_TRUE(m_outbox->saveApplication(record).ok());

    EXPECT_EQ(scalar(u"SELECT count(*) FROM application_change_log"_s).toInt(), 4);
    EXPECT_EQ(entries(record.id, m_now), QList<ChangeLogEntry>());
}

TEST_F(OutboxChangeLogTest, ARefusedEditLogsNothing)
{
    auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    ASSERT_TRUE(m_outbox->queueAction(record.id, ApplicationAction::Submit).ok());
    m_now = m_now.addSecs(60);
    record.content.insert(u"note"_s, u"午前のみ"_s);

    // Once submitted (申込済み, awaiting review) the application cannot be edited.
    ASSERT_FALSE(m_outbox->saveApplication(record).ok());

    EXPECT_EQ(scalar(u"SELECT count(*) FROM application_change_log"_s).toInt(), 4);
    EXPECT_EQ(entries(record.id, m_now), QList<ChangeLogEntry>());
}

TEST_F(OutboxChangeLogTest, ResolvingAConflictLogsTheChosenContentAgainstTheLocalCopy)
{
    auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    m_outbox->start();
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Synced; }));
    // Another desktop of the venue renamed the company meanwhile (server version 2) while this one
    // edits the phone number on version 1.
    QJsonObject serverContent = record.content;
    serverContent.insert(u"company"_s,
                         QJsonObject{{u"name"_s, u"株式会社テスト本社"_s}, {u"postal_code"_s, u"100-0001"_s}});
    m_server->setApplication(serverRecord(record.id, 2, u"draft"_s, serverContent));
    m_now = m_now.addSecs(60);
    record.content.insert(u"contacts"_s, QJsonObject{{u"phone"_s, u"03-9999-0000"_s}});
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    ASSERT_TRUE(waitFor([&] { return local(record.id).syncState == SyncState::Conflict; }));
    m_now = m_now.addSecs(60);
    const QDateTime resolved = m_now;

    const QJsonObject merged = vsys::core::ContentDiff::merge(record.content, serverContent, {u"company.name"_s});
    ASSERT_TRUE(m_outbox->resolveConflict(record.id, merged).ok());

    EXPECT_EQ(entries(record.id, resolved),
              (QList<ChangeLogEntry>{{resolved, {u"company.name"_s, u"株式会社テスト"_s, u"株式会社テスト本社"_s}}}));
    EXPECT_EQ(
        entries(record.id, resolved.addSecs(-60)),
        (QList<ChangeLogEntry>{{resolved.addSecs(-60), {u"contacts.phone"_s, u"03-1234-5678"_s, u"03-9999-0000"_s}},
                               {resolved, {u"company.name"_s, u"株式会社テスト"_s, u"株式会社テスト本社"_s}}}));
}

TEST_F(OutboxChangeLogTest, DeletingTheAccountDeletesItsLog)
{
    const auto record = newApplication(u"株式会社テスト"_s);
    ASSERT_TRUE(m_outbox->saveApplication(record).ok());
    ASSERT_EQ(entries(record.id).size(), 4);

    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"DELETE FROM account WHERE id = %1"_s.arg(m_accountId)))
        << qPrintable(query.lastError().text());

    EXPECT_EQ(entries(record.id), QList<ChangeLogEntry>());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM application_change_log"_s).toInt(), 0);
}

} // namespace
