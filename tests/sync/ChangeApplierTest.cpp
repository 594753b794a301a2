// SPDX-License-Identifier: MIT
// Tests for sync::ChangeApplier: the server's changes reach the local store, local edits on their way survive.
#include "sync/ChangeApplier.h"

#include "db/AccountRepository.h"
#include "db/ApplicationRepository.h"
#include "db/OutboxRepository.h"
#include "db/PlanStore.h"
#include "db/ServerRecordRepository.h"
#include "db/SyncStateRepository.h"
#include "support/SyncTestSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ApplicationJson;
using vsys::core::PlanJson;
using vsys::core::SyncState;
using vsys::core::VenuePlan;
using vsys::db::ServerRecordKind;
using vsys::sync::AppliedChanges;
using vsys::sync::Change;
using vsys::sync::ChangeApplier;
using namespace vsys::sync::test;

namespace {

const QString kId = u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s;
const QDateTime kNow(QDate(2021, 12, 20), QTime(11, 0), Qt::UTC);

VenuePlan plan(int version, int boxes)
{
    VenuePlan plan;
    plan.version = version;
    plan.initialTotalBoxes = 4;
    plan.rows = {{1, boxes, boxes == 4 ? 7 : 5}};
    plan.updatedAt = QDateTime(QDate(2022, 2, 1), QTime(0, 0), Qt::UTC);
    return plan;
}

class ChangeApplierTest : public SyncFixture
{
protected:
    vsys::db::Account account() const { return vsys::db::AccountRepository(*m_database).find(m_accountId)->value(); }

    vsys::core::Result<AppliedChanges> apply(const QList<Change>& changes, const QString& cursor = u"5"_s)
    {
        return ChangeApplier(*m_database, account()).apply(changes, cursor, kNow);
    }

    vsys::db::LocalApplication local() const { return vsys::db::ApplicationRepository(*m_database).find(kId)->value(); }

    /// A local record at version 1, as if it had been synced.
    void saveLocal(const QJsonObject& content)
    {
        vsys::core::ApplicationRecord record
            = ApplicationJson::fromJson(serverRecord(kId, 1, u"draft"_s, content)).value();
        ASSERT_TRUE(vsys::db::ApplicationRepository(*m_database).save(m_accountId, record, kNow).ok());
    }
};

TEST_F(ChangeApplierTest, NewApplicationsAndServerRecordsAreStoredWithTheCursor)
{
    const QJsonObject application = serverRecord(kId, 3, u"confirmed"_s, sampleContent(u"株式会社テスト"_s));
    const QJsonObject document{{u"id"_s, u"d1"_s}, {u"kind"_s, u"delegation"_s}, {u"filename"_s, u"委任状.pdf"_s}};
    const QJsonObject cool{{u"id"_s, 7}, {u"state"_s, u"locked"_s}, {u"allocated_boxes"_s, 3}};
    const QJsonObject venue{{u"id"_s, u"v-77"_s}, {u"name"_s, u"(職域)新しい名前の会場"_s}};

    const auto changed = apply({{u"application"_s, kId, application},
                                {u"document"_s, u"d1"_s, document},
                                {u"cool"_s, u"7"_s, cool},
                                {u"venue"_s, u"v-77"_s, venue},
                                {u"reservation"_s, u"r1"_s, {}}},
                               u"42"_s);

    ASSERT_TRUE(changed.ok()) << qPrintable(changed.error().message);
    EXPECT_EQ(changed->applications, QStringList{kId});
    EXPECT_FALSE(changed->plan);
    EXPECT_TRUE(changed->calendar);
    EXPECT_TRUE(changed->documents);
    EXPECT_EQ(ApplicationJson::toJson(local().record), application);
    EXPECT_EQ(local().syncState, SyncState::Synced);
    vsys::db::ServerRecordRepository records(*m_database);
    EXPECT_EQ(records.find(m_accountId, ServerRecordKind::Document, u"d1"_s)->value(), document);
    EXPECT_EQ(records.all(m_accountId, ServerRecordKind::Cool).value(), QList<QJsonObject>{cool});
    EXPECT_EQ(records.find(m_accountId, ServerRecordKind::Venue, u"v-77"_s)->value(), venue);
    EXPECT_EQ(account().venueName, u"(職域)新しい名前の会場"_s);
    EXPECT_EQ(account().venueId, u"v-77"_s);
    vsys::db::SyncStateRepository syncState(*m_database);
    EXPECT_EQ(syncState.cursor(m_accountId).value(), u"42"_s);
    EXPECT_EQ(syncState.lastSyncAt(m_accountId).value(), kNow);
}

TEST_F(ChangeApplierTest, ARecordWithNothingQueuedTakesTheServersRecord)
{
    saveLocal(sampleContent(u"株式会社テスト"_s));
    QJsonObject reviewed = serverRecord(kId, 4, u"resubmission_required"_s, sampleContent(u"株式会社テスト"_s));
    reviewed.insert(u"review_comment"_s, u"医療機関コードを確認してください。"_s);

    const auto changed = apply({{u"application"_s, kId, reviewed}});

    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->applications, QStringList{kId});
    EXPECT_EQ(local().record.version, 4);
    EXPECT_EQ(local().record.status, vsys::core::ApplicationStatus::ResubmissionRequired);
    EXPECT_EQ(local().record.reviewComment, u"医療機関コードを確認してください。"_s);
    EXPECT_EQ(local().localUpdatedAt, kNow);
}

TEST_F(ChangeApplierTest, LocalChangesOnTheirWayAreNotOverwritten)
{
    saveLocal(sampleContent(u"手元の編集"_s));
    ASSERT_TRUE(vsys::db::OutboxRepository(*m_database)
                    .enqueue(m_accountId, u"application"_s, kId, vsys::db::OutboxOperation::Put,
                             {{u"content"_s, sampleContent(u"手元の編集"_s)}}, 1, kNow)
                    .ok());

    const auto changed = apply({{u"application"_s, kId, serverRecord(kId, 2, u"draft"_s, sampleContent(u"他端末"_s))}});

    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(*changed, AppliedChanges{});
    EXPECT_EQ(local().record.content, sampleContent(u"手元の編集"_s));
    EXPECT_EQ(local().record.version, 1);
    EXPECT_EQ(local().syncState, SyncState::Queued);
    EXPECT_EQ(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"5"_s);
}

TEST_F(ChangeApplierTest, InAConflictOnlyTheKeptServerCopyIsRefreshed)
{
    saveLocal(sampleContent(u"手元の編集"_s));
    vsys::db::ApplicationRepository applications(*m_database);
    ASSERT_TRUE(
        applications
            .setServerCopy(kId,
                           ApplicationJson::fromJson(serverRecord(kId, 2, u"draft"_s, sampleContent(u"二"_s))).value())
            .ok());

    const auto changed = apply({{u"application"_s, kId, serverRecord(kId, 3, u"draft"_s, sampleContent(u"三"_s))}});

    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->applications, QStringList{kId});
    EXPECT_EQ(local().record.content, sampleContent(u"手元の編集"_s));
    EXPECT_EQ(local().serverCopy->version, 3);
    EXPECT_EQ(local().serverCopy->content, sampleContent(u"三"_s));
}

TEST_F(ChangeApplierTest, AnUnreadableApplicationStoresNothingAndKeepsTheCursor)
{
    QJsonObject broken = serverRecord(kId, 1, u"archived"_s, sampleContent(u"株式会社テスト"_s));

    const auto changed = apply({{u"document"_s, u"d1"_s, {{u"id"_s, u"d1"_s}}}, {u"application"_s, kId, broken}});

    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(
        changed.error().message,
        u"サーバーから VSYS Desk が読み取れない申込が届きました：status：「archived」は申込のステータスではありません。"_s);
    EXPECT_EQ(vsys::db::ServerRecordRepository(*m_database).all(m_accountId, ServerRecordKind::Document)->size(), 0);
    EXPECT_EQ(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"0"_s);
}

TEST_F(ChangeApplierTest, APlanChangeReplacesTheCachedPlanAndKeepsTheServerTimeOffset)
{
    vsys::db::PlanStore plans(*m_database);
    ASSERT_TRUE(plans.savePlan(m_accountId, plan(1, 4), kNow.addSecs(-60), 32'400'000).ok());

    const auto changed = apply({{u"plan"_s, u"plan"_s, PlanJson::toJson(plan(2, 3))}});

    ASSERT_TRUE(changed.ok()) << qPrintable(changed.error().message);
    EXPECT_EQ(*changed, (AppliedChanges{{}, true, false}));
    EXPECT_EQ(plans.plan(m_accountId).value(), (vsys::db::StoredPlan{plan(2, 3), 32'400'000, kNow}));
    EXPECT_EQ(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"5"_s);
}

TEST_F(ChangeApplierTest, AnOlderOrTheSamePlanIsNoChange)
{
    vsys::db::PlanStore plans(*m_database);
    ASSERT_TRUE(plans.savePlan(m_accountId, plan(3, 3), kNow.addSecs(-60), 0).ok());

    const auto older = apply({{u"plan"_s, u"plan"_s, PlanJson::toJson(plan(2, 4))}});
    const auto same = apply({{u"plan"_s, u"plan"_s, PlanJson::toJson(plan(3, 3))}});

    ASSERT_TRUE(older.ok()) << qPrintable(older.error().message);
    EXPECT_EQ(*older, AppliedChanges{});
    ASSERT_TRUE(same.ok()) << qPrintable(same.error().message);
    EXPECT_EQ(*same, AppliedChanges{});
    EXPECT_EQ(plans.plan(m_accountId)->value().plan, plan(3, 3));
}

TEST_F(ChangeApplierTest, AnUnreadablePlanStoresNothingAndKeepsTheCursor)
{
    QJsonObject broken = PlanJson::toJson(plan(2, 3));
    broken.insert(u"rows"_s, u"none"_s);

    const auto changed = apply({{u"cool"_s, u"1"_s, coolRecord(1, u"open"_s)}, {u"plan"_s, u"plan"_s, broken}});

    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().field, u"rows"_s);
    EXPECT_TRUE(changed.error().message.contains(u"rows"_s)) << qPrintable(changed.error().message);
    EXPECT_FALSE(vsys::db::PlanStore(*m_database).plan(m_accountId)->has_value());
    EXPECT_EQ(vsys::db::ServerRecordRepository(*m_database).all(m_accountId, ServerRecordKind::Cool)->size(), 0);
    EXPECT_EQ(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"0"_s);
}

} // namespace

namespace {

QJsonObject doseFromDesk(const QString& id, const QString& desk)
{
    return {{u"id"_s, id},
            {u"supersedes"_s, u""_s},
            {u"voided"_s, false},
            {u"reason"_s, u""_s},
            {u"administered_at"_s, u"2022-03-14T09:05"_s},
            {u"ticket"_s, u"131310160000001234"_s},
            {u"kind"_s, u"vaccination"_s},
            {u"age"_s, u"6plus"_s},
            {u"form"_s, u"new"_s},
            {u"sheet"_s, u"attached"_s},
            {u"vaccine"_s, u"moderna_workplace"_s},
            {u"desk"_s, desk},
            {u"entered_by"_s, u"1310000017"_s},
            {u"entered_at"_s, u"2022-03-14T00:05:30.000Z"_s}};
}

const QString kDoseA = u"3e8f5c4b-2d9a-4b6c-8e7f-4a5b6c7d8e9f"_s;
const QString kDoseB = u"4f9a6d5c-3e0b-4c7d-9f8a-5b6c7d8e9f0a"_s;

} // namespace

TEST_F(ChangeApplierTest, DosesFromOtherDesksJoinTheLedgerAndThisDesksOwnAreOnlyMarkedAsOnTheServer)
{
    vsys::db::DoseLedgerStore store(*m_database);
    const auto own = vsys::core::DoseJson::fromJson(doseFromDesk(kDoseA, u"受付1"_s));
    ASSERT_TRUE(own.ok());
    ASSERT_TRUE(store.insert(m_accountId, *own, kNow).ok());

    const auto changed = apply(
        {{u"dose"_s, kDoseA, doseFromDesk(kDoseA, u"受付1"_s)}, {u"dose"_s, kDoseB, doseFromDesk(kDoseB, u"受付2"_s)}},
        u"9"_s);
    ASSERT_TRUE(changed.ok()) << qPrintable(changed.error().message);
    EXPECT_TRUE(changed->doses);
    const auto all = store.all(m_accountId);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0), *own);
    EXPECT_EQ(all->at(1).desk, u"受付2"_s);
    // The same records again change nothing.
    const auto again = apply({{u"dose"_s, kDoseB, doseFromDesk(kDoseB, u"受付2"_s)}}, u"10"_s);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->doses);
    EXPECT_EQ(store.all(m_accountId)->size(), 2);
}

TEST_F(ChangeApplierTest, AnUnreadableDoseStoresNothingAndKeepsTheCursor)
{
    QJsonObject damaged = doseFromDesk(kDoseB, u"受付2"_s);
    damaged.insert(u"ticket"_s, u"131310170000001234"_s); // the 市町村コード's check digit is wrong
    const auto refused
        = apply({{u"dose"_s, kDoseA, doseFromDesk(kDoseA, u"受付1"_s)}, {u"dose"_s, kDoseB, damaged}}, u"11"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"ticket"_s);
    EXPECT_TRUE(vsys::db::DoseLedgerStore(*m_database).all(m_accountId)->isEmpty());
    EXPECT_NE(vsys::db::SyncStateRepository(*m_database).cursor(m_accountId).value(), u"11"_s);
}
