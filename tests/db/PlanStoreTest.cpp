// SPDX-License-Identifier: MIT
// Tests for db::PlanStore (接種計画): the server's plan stored as its wire JSON with the server-time
// offset, older answers that must not win, the unregistered input (draft), the cached クール calendar,
// and rows that go with their account.
#include "db/PlanStore.h"

#include "DbTestSupport.h"
#include "db/ServerRecordRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::CoolPeriod;
using vsys::core::PlanApproval;
using vsys::core::PlanRow;
using vsys::core::VenuePlan;
using vsys::db::PlanDraft;
using vsys::db::PlanStore;
using vsys::db::ServerRecordKind;
using vsys::db::ServerRecordRepository;
using vsys::db::StoredPlan;

namespace {

const QDateTime kNow(QDate(2022, 3, 1), QTime(1, 0, 0, 250), Qt::UTC);

/// A plan registered at 12 boxes with a pending request for 20.
VenuePlan pendingPlan(int version)
{
    VenuePlan plan;
    plan.version = version;
    plan.initialTotalBoxes = 12;
    plan.rows = {{1, 5, 5}, {2, 7, 6}};
    PlanApproval approval;
    approval.requestedRows = {{1, 5, 5}, {2, 15, 15}};
    approval.requestedTotalBoxes = 20;
    approval.requestedAt = QDateTime(QDate(2022, 2, 28), QTime(3, 0), Qt::UTC);
    plan.approval = approval;
    plan.updatedAt = QDateTime(QDate(2022, 2, 28), QTime(3, 0), Qt::UTC);
    return plan;
}

VenuePlan registeredPlan(int version, int boxes)
{
    VenuePlan plan;
    plan.version = version;
    plan.initialTotalBoxes = 12;
    plan.rows = {{1, boxes, boxes}};
    plan.updatedAt = QDateTime(QDate(2022, 2, 1), QTime(0, 0), Qt::UTC);
    return plan;
}

QJsonObject coolJson(int id, const QString& state)
{
    return {{u"id"_s, id},
            {u"start"_s, u"2022-02-28"_s},
            {u"end"_s, u"2022-03-13"_s},
            {u"delivery_week"_s, u"2022-02-21"_s},
            {u"change_deadline"_s, u"2022-01-31T14:59:00.000Z"_s},
            {u"state"_s, state},
            {u"locked_until"_s, QJsonValue::Null},
            {u"allocated_boxes"_s, id == 2 ? QJsonValue(3) : QJsonValue(QJsonValue::Null)}};
}

class PlanStoreTest : public vsys::db::test::AccountDatabaseTest
{
protected:
    void SetUp() override
    {
        AccountDatabaseTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        m_store = std::make_unique<PlanStore>(*m_database);
    }

    void saveCool(qint64 accountId, const QJsonObject& cool)
    {
        ASSERT_TRUE(
            ServerRecordRepository(*m_database)
                .save(accountId, ServerRecordKind::Cool, QString::number(cool.value(u"id"_s).toInteger()), cool, kNow)
                .ok());
    }

    std::unique_ptr<PlanStore> m_store;
};

TEST_F(PlanStoreTest, ThePlanIsStoredAsItsWireJsonWithTheServerTimeOffset)
{
    const auto changed = m_store->savePlan(m_accountId, pendingPlan(3), kNow, -1500);

    ASSERT_TRUE(changed.ok()) << qPrintable(changed.error().message);
    EXPECT_TRUE(*changed);
    EXPECT_EQ(scalar(u"SELECT data FROM plan_record"_s).toString(),
              u"{\"approval\":{\"comment\":null,\"decided_at\":null,\"requested_at\":\"2022-02-28T03:00:00.000Z\","
              "\"requested_rows\":[{\"cool_id\":1,\"needle_boxes\":5,\"vaccine_boxes\":5},{\"cool_id\":2,"
              "\"needle_boxes\":15,\"vaccine_boxes\":15}],\"requested_total_boxes\":20,\"state\":\"pending\"},"
              "\"initial_total_boxes\":12,\"rows\":[{\"cool_id\":1,\"needle_boxes\":5,\"vaccine_boxes\":5},"
              "{\"cool_id\":2,\"needle_boxes\":6,\"vaccine_boxes\":7}],\"updated_at\":\"2022-02-28T03:00:00.000Z\","
              "\"version\":3}"_s);
    EXPECT_EQ(scalar(u"SELECT server_time_offset_ms FROM plan_record"_s).toLongLong(), -1500);
    EXPECT_EQ(scalar(u"SELECT received_at FROM plan_record"_s).toString(), u"2022-03-01T01:00:00.250Z"_s);
    EXPECT_EQ(m_store->plan(m_accountId).value(), (StoredPlan{pendingPlan(3), -1500, kNow}));
}

TEST_F(PlanStoreTest, NoPlanBeforeTheFirstOneArrives)
{
    const auto found = m_store->plan(m_accountId);

    ASSERT_TRUE(found.ok()) << qPrintable(found.error().message);
    EXPECT_FALSE(found->has_value());
}

TEST_F(PlanStoreTest, APlanWithoutServerTimeKeepsTheOffsetOfAnEarlierAnswer)
{
    ASSERT_TRUE(m_store->savePlan(m_accountId, registeredPlan(1, 4), kNow, std::nullopt).ok());
    EXPECT_TRUE(scalar(u"SELECT server_time_offset_ms FROM plan_record"_s).isNull());
    EXPECT_EQ(m_store->plan(m_accountId)->value().serverTimeOffsetMs, std::nullopt);

    ASSERT_TRUE(m_store->savePlan(m_accountId, registeredPlan(2, 5), kNow.addSecs(1), 86'400'000).ok());
    ASSERT_TRUE(m_store->savePlan(m_accountId, registeredPlan(3, 6), kNow.addSecs(2), std::nullopt).ok());

    EXPECT_EQ(m_store->plan(m_accountId).value(), (StoredPlan{registeredPlan(3, 6), 86'400'000, kNow.addSecs(2)}));
}

TEST_F(PlanStoreTest, AnOlderPlanIsNotStoredButItsServerTimeIs)
{
    ASSERT_TRUE(m_store->savePlan(m_accountId, registeredPlan(3, 6), kNow, 100).ok());

    const auto changed = m_store->savePlan(m_accountId, registeredPlan(2, 5), kNow.addSecs(5), 250);

    ASSERT_TRUE(changed.ok()) << qPrintable(changed.error().message);
    EXPECT_FALSE(*changed);
    EXPECT_EQ(m_store->plan(m_accountId).value(), (StoredPlan{registeredPlan(3, 6), 250, kNow}));
}

TEST_F(PlanStoreTest, SavingTheSamePlanAgainIsNoChange)
{
    ASSERT_TRUE(m_store->savePlan(m_accountId, registeredPlan(3, 6), kNow, 100).ok());

    const auto same = m_store->savePlan(m_accountId, registeredPlan(3, 6), kNow.addSecs(60), std::nullopt);
    const auto newer = m_store->savePlan(m_accountId, registeredPlan(4, 8), kNow.addSecs(90), std::nullopt);

    ASSERT_TRUE(same.ok());
    EXPECT_FALSE(*same);
    ASSERT_TRUE(newer.ok());
    EXPECT_TRUE(*newer);
    EXPECT_EQ(m_store->plan(m_accountId).value(), (StoredPlan{registeredPlan(4, 8), 100, kNow.addSecs(90)}));
}

TEST_F(PlanStoreTest, AStoredPlanTheCodecRefusesIsAnErrorNamingTheField)
{
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"INSERT INTO plan_record (account_id, data, received_at) VALUES (%1, "
                           "'{\"version\":\"3\",\"rows\":[]}', '2022-03-01T01:00:00.000Z')"_s.arg(m_accountId)))
        << qPrintable(query.lastError().text());

    const auto found = m_store->plan(m_accountId);

    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().field, u"version"_s);
}

TEST_F(PlanStoreTest, TheDraftRoundTripsAndTheLatestSaveReplacesIt)
{
    ASSERT_TRUE(m_store->saveDraft(m_accountId, {{{1, 5, 5}}, false, kNow}).ok());
    const PlanDraft latest{{{1, 5, 5}, {2, 15, 12}}, true, kNow.addSecs(1)};

    ASSERT_TRUE(m_store->saveDraft(m_accountId, latest).ok());

    EXPECT_EQ(m_store->draft(m_accountId).value(), latest);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM plan_draft"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT rows FROM plan_draft"_s).toString(),
              u"[{\"cool_id\":1,\"needle_boxes\":5,\"vaccine_boxes\":5},{\"cool_id\":2,\"needle_boxes\":12,"
              "\"vaccine_boxes\":15}]"_s);
    EXPECT_EQ(scalar(u"SELECT request_approval FROM plan_draft"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT saved_at FROM plan_draft"_s).toString(), u"2022-03-01T01:00:01.250Z"_s);
    // A draft is the user's, not the server's: the plan itself is untouched.
    EXPECT_EQ(scalar(u"SELECT count(*) FROM plan_record"_s).toInt(), 0);
}

TEST_F(PlanStoreTest, RemovingTheDraftLeavesNoneAndMayFindNothing)
{
    ASSERT_TRUE(m_store->saveDraft(m_accountId, {{{1, 5, 5}}, false, kNow}).ok());

    ASSERT_TRUE(m_store->removeDraft(m_accountId).ok());
    ASSERT_TRUE(m_store->removeDraft(m_accountId).ok());

    const auto found = m_store->draft(m_accountId);
    ASSERT_TRUE(found.ok()) << qPrintable(found.error().message);
    EXPECT_FALSE(found->has_value());
}

TEST_F(PlanStoreTest, PlanAndDraftNeedAKnownAccount)
{
    const auto plan = m_store->savePlan(m_accountId + 1, registeredPlan(1, 4), kNow, 0);
    const auto draft = m_store->saveDraft(m_accountId + 1, {{{1, 5, 5}}, false, kNow});

    ASSERT_FALSE(plan.ok());
    EXPECT_TRUE(plan.error().message.contains(u"FOREIGN KEY constraint failed"_s)) << qPrintable(plan.error().message);
    ASSERT_FALSE(draft.ok());
    EXPECT_TRUE(draft.error().message.contains(u"FOREIGN KEY constraint failed"_s))
        << qPrintable(draft.error().message);
}

TEST_F(PlanStoreTest, PlanAndDraftGoWithTheirAccount)
{
    const qint64 otherAccount = addAccount(u"1310000025"_s);
    const PlanDraft otherDraft{{{2, 3, 3}}, false, kNow};
    ASSERT_TRUE(m_store->savePlan(m_accountId, registeredPlan(2, 4), kNow, 10).ok());
    ASSERT_TRUE(m_store->saveDraft(m_accountId, {{{1, 5, 5}}, true, kNow}).ok());
    ASSERT_TRUE(m_store->savePlan(otherAccount, registeredPlan(7, 9), kNow, 20).ok());
    ASSERT_TRUE(m_store->saveDraft(otherAccount, otherDraft).ok());

    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"DELETE FROM account WHERE id = %1"_s.arg(m_accountId)))
        << qPrintable(query.lastError().text());

    EXPECT_FALSE(m_store->plan(m_accountId)->has_value());
    EXPECT_FALSE(m_store->draft(m_accountId)->has_value());
    EXPECT_EQ(m_store->plan(otherAccount).value(), (StoredPlan{registeredPlan(7, 9), 20, kNow}));
    EXPECT_EQ(m_store->draft(otherAccount).value(), otherDraft);
}

TEST_F(PlanStoreTest, TheCachedCalendarIsReadAsCoolsInIdOrder)
{
    saveCool(m_accountId, coolJson(10, u"open"_s));
    saveCool(m_accountId, coolJson(2, u"allocated"_s));
    saveCool(m_accountId, coolJson(9, u"locked"_s));
    saveCool(addAccount(u"1310000025"_s), coolJson(11, u"open"_s));

    const auto cools = m_store->cools(m_accountId);

    ASSERT_TRUE(cools.ok()) << qPrintable(cools.error().message);
    ASSERT_EQ(cools->size(), 3);
    EXPECT_EQ(cools->at(0).id, 2);
    EXPECT_EQ(cools->at(1).id, 9);
    EXPECT_EQ(cools->at(2).id, 10);
    CoolPeriod allocated;
    allocated.id = 2;
    allocated.start = QDate(2022, 2, 28);
    allocated.end = QDate(2022, 3, 13);
    allocated.deliveryWeek = QDate(2022, 2, 21);
    allocated.changeDeadline = QDateTime(QDate(2022, 1, 31), QTime(14, 59), Qt::UTC);
    allocated.state = CoolPeriod::State::Allocated;
    allocated.allocatedBoxes = 3;
    EXPECT_EQ(cools->at(0), allocated);
    EXPECT_EQ(cools->at(1).state, CoolPeriod::State::Locked);
    EXPECT_EQ(cools->at(2).allocatedBoxes, std::nullopt);
}

TEST_F(PlanStoreTest, ACachedCoolTheCodecRefusesIsAnError)
{
    saveCool(m_accountId, coolJson(1, u"open"_s));
    saveCool(m_accountId, coolJson(4, u"closed"_s));

    const auto cools = m_store->cools(m_accountId);

    ASSERT_FALSE(cools.ok());
    EXPECT_EQ(cools.error().field, u"cools"_s);
    EXPECT_TRUE(cools.error().message.contains(u'4')) << qPrintable(cools.error().message);
}

} // namespace
