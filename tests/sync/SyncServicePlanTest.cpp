// SPDX-License-Identifier: MIT
// Tests for the 接種計画 in sync::SyncService: the plan and the server's time fetched at sign-in, the
// plan kept current by the changes feed, and registering the plan (登録/変更する) with every answer of
// docs/api.md, online, offline and while the session ends.
#include "db/PlanStore.h"
#include "support/SyncTestSupport.h"
#include "sync/PlanCache.h"
#include "sync/SyncService.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::PlanApproval;
using vsys::core::PlanJson;
using vsys::core::PlanRow;
using vsys::core::VenuePlan;
using vsys::db::PlanDraft;
using vsys::db::PlanStore;
using vsys::sync::SyncService;
using namespace vsys::sync::test;

namespace {

/// planRefused's arguments.
struct Refusal
{
    QString code;
    QString message;
    QString field;

    bool operator==(const Refusal&) const = default;
};

void PrintTo(const Refusal& refusal, std::ostream* out)
{
    *out << '{' << refusal.code.toStdString() << ", " << refusal.message.toStdString() << ", "
         << refusal.field.toStdString() << '}';
}

class SyncServicePlanTest : public SyncServiceFixture
{
protected:
    void SetUp() override
    {
        SyncServiceFixture::SetUp();
        m_server->setCools({coolRecord(1, u"open"_s), coolRecord(2, u"open"_s)});
        m_plans = std::make_unique<PlanStore>(*m_database);
    }

    void TearDown() override
    {
        m_plans.reset();
        SyncServiceFixture::TearDown();
    }

    void syncOnce()
    {
        QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
        m_service->syncNow();
        ASSERT_TRUE(finished.wait(5000));
    }

    /// registerPlan() and the refusal it ends with (a test failure when it registers instead).
    Refusal refusalOf(const QList<PlanRow>& rows, bool requestApproval)
    {
        QSignalSpy refused(m_service.get(), &SyncService::planRefused);
        QSignalSpy registered(m_service.get(), &SyncService::planRegistered);
        m_service->registerPlan(rows, requestApproval);
        if (refused.isEmpty()) {
            EXPECT_TRUE(refused.wait(5000));
        }
        EXPECT_TRUE(registered.isEmpty());
        if (refused.isEmpty()) {
            return {};
        }
        EXPECT_EQ(refused.size(), 1);
        const QVariantList arguments = refused.constFirst();
        return {arguments.at(0).toString(), arguments.at(1).toString(), arguments.at(2).toString()};
    }

    std::optional<PlanDraft> draft() const { return m_plans->draft(m_accountId).value(); }

    std::unique_ptr<PlanStore> m_plans;
};

TEST_F(SyncServicePlanTest, SignInFetchesThePlanAndMeasuresTheServersTime)
{
    const QDateTime serverTime = QDateTime::currentDateTimeUtc().addDays(1);
    m_server->setServerTime(serverTime);
    m_server->setPlan(PlanJson::toJson(registeredPlan(3)));
    QSignalSpy planChanged(m_service.get(), &SyncService::planChanged);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    signIn();
    const QDateTime after = QDateTime::currentDateTimeUtc();

    EXPECT_EQ(m_service->plan(), registeredPlan(3));
    ASSERT_EQ(m_server->requestsTo(u"/plan"_s).size(), 1);
    EXPECT_EQ(m_server->requestsTo(u"/plan"_s).constFirst().verb, "GET");
    const auto stored = m_plans->plan(m_accountId).value();
    ASSERT_TRUE(stored.has_value());
    ASSERT_TRUE(stored->serverTimeOffsetMs.has_value());
    // The offset is the server's time minus the moment the answer arrived, which lies in [before, after].
    EXPECT_GE(*stored->serverTimeOffsetMs, after.msecsTo(serverTime));
    EXPECT_LE(*stored->serverTimeOffsetMs, before.msecsTo(serverTime));
    const QDateTime nowBefore = QDateTime::currentDateTimeUtc();
    const QDateTime serverNow = m_service->serverNow();
    const QDateTime nowAfter = QDateTime::currentDateTimeUtc();
    EXPECT_GE(serverNow, nowBefore.addMSecs(*stored->serverTimeOffsetMs));
    EXPECT_LE(serverNow, nowAfter.addMSecs(*stored->serverTimeOffsetMs));
    EXPECT_EQ(m_service->cools().size(), 2);
    EXPECT_EQ(m_service->cools().at(1).id, 2);
    // Account opened, calendar and plan arrived in the feed; the GET then finds the same plan.
    EXPECT_EQ(planChanged.size(), 2);

    syncOnce();

    EXPECT_EQ(m_server->requestsTo(u"/plan"_s).size(), 1);
}

TEST_F(SyncServicePlanTest, ANeverRegisteredPlanIsCachedAsVersionZero)
{
    signIn();

    EXPECT_EQ(m_service->plan(), VenuePlan());
    EXPECT_EQ(m_server->requestsTo(u"/plan"_s).size(), 1);
}

TEST_F(SyncServicePlanTest, WithoutAnAccountThereIsNoPlanAndTheLocalClock)
{
    EXPECT_EQ(m_service->plan(), std::nullopt);
    EXPECT_TRUE(m_service->cools().isEmpty());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = m_service->serverNow();
    EXPECT_GE(now, before);
    EXPECT_LE(now, QDateTime::currentDateTimeUtc());

    EXPECT_EQ(refusalOf({{1, 4, 7}}, false).code, u"unauthorized"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM plan_draft"_s).toInt(), 0);
    EXPECT_TRUE(m_server->requestsTo(u"/plan"_s).isEmpty());
}

TEST_F(SyncServicePlanTest, APlanChangeInTheFeedUpdatesTheCacheAndSaysSo)
{
    m_server->setPlan(PlanJson::toJson(registeredPlan(1)));
    signIn();
    VenuePlan approved = registeredPlan(2);
    approved.rows = {{1, 4, 7}, {2, 5, 9}};
    approved.approval = PlanApproval{PlanApproval::State::Approved,
                                     {{1, 4, 7}, {2, 5, 9}},
                                     9,
                                     u"承認しました。"_s,
                                     QDateTime(QDate(2022, 2, 27), QTime(1, 0), Qt::UTC),
                                     QDateTime(QDate(2022, 2, 28), QTime(1, 0), Qt::UTC)};
    m_server->setPlan(PlanJson::toJson(approved));
    QSignalSpy planChanged(m_service.get(), &SyncService::planChanged);

    syncOnce();

    EXPECT_EQ(m_service->plan(), approved);
    EXPECT_EQ(planChanged.size(), 1);
    EXPECT_EQ(m_server->requestsTo(u"/plan"_s).size(), 1);
    EXPECT_EQ(m_server->requestsTo(u"/changes"_s).constLast().request.url().query(), u"since=3"_s);

    planChanged.clear();
    syncOnce();

    EXPECT_TRUE(planChanged.isEmpty());
}

TEST_F(SyncServicePlanTest, ARegisteredPlanIsStoredAndTheDraftRemoved)
{
    signIn();
    QSignalSpy registered(m_service.get(), &SyncService::planRegistered);
    QSignalSpy planChanged(m_service.get(), &SyncService::planChanged);

    m_service->registerPlan({{1, 4, 7}, {2, 2, 4}}, false);
    ASSERT_TRUE(registered.wait(5000));

    VenuePlan expected = registeredPlan(1);
    expected.updatedAt = QDateTime(QDate(2022, 3, 1), QTime(1, 0), Qt::UTC);
    EXPECT_EQ(registered.constFirst().at(0).value<VenuePlan>(), expected);
    EXPECT_EQ(m_service->plan(), expected);
    EXPECT_EQ(planChanged.size(), 1);
    EXPECT_EQ(draft(), std::nullopt);
    const FakeRequest put = m_server->requestsTo(u"/plan"_s).constLast();
    EXPECT_EQ(put.verb, "PUT");
    EXPECT_EQ(put.header("If-Match"), "0");
    EXPECT_EQ(PlanJson::fromJson(m_server->plan()).value(), expected);
}

TEST_F(SyncServicePlanTest, AChangeIsSentOnTheCachedVersionAndAnApprovalRequestIsAPlanToo)
{
    m_server->setPlan(PlanJson::toJson(registeredPlan(1)));
    signIn();
    QSignalSpy registered(m_service.get(), &SyncService::planRegistered);

    m_service->registerPlan({{2, 5, 9}}, true);
    ASSERT_TRUE(registered.wait(5000));

    EXPECT_EQ(m_server->requestsTo(u"/plan"_s).constLast().header("If-Match"), "1");
    const VenuePlan answered = registered.constFirst().at(0).value<VenuePlan>();
    EXPECT_EQ(answered.version, 2);
    EXPECT_EQ(answered.rows, registeredPlan(1).rows);
    ASSERT_TRUE(answered.approval.has_value());
    EXPECT_EQ(answered.approval->state, PlanApproval::State::Pending);
    EXPECT_EQ(answered.approval->requestedTotalBoxes, 9);
    EXPECT_EQ(m_service->plan(), answered);
    EXPECT_EQ(draft(), std::nullopt);
}

TEST_F(SyncServicePlanTest, EachRefusalSurfacesTheServersMessageAndFieldAndKeepsTheDraft)
{
    m_server->setPlan(PlanJson::toJson(registeredPlan(1)));
    signIn();
    const QList<Refusal> refusals{
        {u"invalid_field"_s, u"2/28～3/13接種：針・シリンジの箱数は7箱以下にしてください。"_s,
         u"rows[0].needle_boxes"_s},
        {u"cool_locked"_s, u"1/3～1/16接種は分配量確定済のため変更できません。"_s, u"rows[0].vaccine_boxes"_s},
        {u"plan_locked"_s, u"分配作業期間中のため、3/7 17:00 まで計画を変更できません。"_s, {}},
        {u"approval_required"_s, u"初回登録時の6箱を超える変更には国の確認が必要です。"_s, u"request_approval"_s},
    };
    for (const Refusal& expected : refusals) {
        m_server->setOverride([expected](const FakeRequest& request) -> std::optional<FakeResponse> {
            if (request.verb != "PUT") {
                return std::nullopt;
            }
            return FakeResponse::error(expected.code == u"invalid_field"_s ? 400 : 409, expected.code, expected.message,
                                       expected.field);
        });

        EXPECT_EQ(refusalOf({{1, 5, 9}}, false), expected);

        EXPECT_EQ(m_service->plan(), registeredPlan(1)) << qPrintable(expected.code);
        const auto kept = draft();
        ASSERT_TRUE(kept.has_value()) << qPrintable(expected.code);
        EXPECT_EQ(kept->rows, (QList<PlanRow>{{1, 5, 9}}));
        EXPECT_FALSE(kept->requestApproval);
    }
    EXPECT_TRUE(m_service->isOnline());
}

TEST_F(SyncServicePlanTest, TheServersRulesAreWhatRefuses)
{
    m_server->setPlan(PlanJson::toJson(registeredPlan(1)));
    signIn();

    const Refusal refusal = refusalOf({{2, 5, 9}}, false);

    EXPECT_EQ(refusal.code, u"approval_required"_s);
    EXPECT_EQ(refusal.field, u"request_approval"_s);
    EXPECT_FALSE(refusal.message.isEmpty());
    EXPECT_EQ(draft()->rows, (QList<PlanRow>{{2, 5, 9}}));
}

TEST_F(SyncServicePlanTest, AVersionConflictStoresTheServersPlanSoThePageReloads)
{
    m_server->setPlan(PlanJson::toJson(registeredPlan(1)));
    signIn();
    VenuePlan elsewhere = registeredPlan(2);
    elsewhere.rows = {{1, 3, 5}, {2, 2, 4}};
    m_server->setPlan(PlanJson::toJson(elsewhere));
    QSignalSpy planChanged(m_service.get(), &SyncService::planChanged);

    const Refusal refusal = refusalOf({{1, 2, 4}}, false);

    EXPECT_EQ(
        refusal,
        (Refusal{u"version_conflict"_s, u"接種計画は他の端末で変更されています。内容を確認してください。"_s, {}}));
    EXPECT_EQ(m_service->plan(), elsewhere);
    EXPECT_EQ(planChanged.size(), 1);
    EXPECT_EQ(m_server->requestsTo(u"/plan"_s).constLast().header("If-Match"), "1");
    EXPECT_EQ(draft()->rows, (QList<PlanRow>{{1, 2, 4}}));
}

TEST_F(SyncServicePlanTest, OfflineThePlanIsNotSentAndTheInputIsKept)
{
    m_server->setPlan(PlanJson::toJson(registeredPlan(1)));
    signIn();
    m_server->setReachable(false);

    const Refusal refusal = refusalOf({{1, 5, 9}}, true);

    EXPECT_EQ(refusal,
              (Refusal{u"network"_s,
                       vsys::sync::PlanCache::tr(
                           "The vaccination plan could not be sent because the server cannot be reached. "
                           "Your entries are kept on this computer; please register the plan again when "
                           "the connection is back."),
                       {}}));
    EXPECT_FALSE(m_service->isOnline());
    EXPECT_EQ(draft(), (PlanDraft{{{1, 5, 9}}, true, draft()->savedAt}));
    EXPECT_EQ(m_service->plan(), registeredPlan(1));
    EXPECT_EQ(PlanJson::fromJson(m_server->plan()).value(), registeredPlan(1));
}

TEST_F(SyncServicePlanTest, AnEndedSessionRefusesAndAsksForTheLogin)
{
    signIn();
    QSignalSpy authentication(m_service.get(), &SyncService::authenticationRequired);
    m_server->expireTokens();

    const Refusal refusal = refusalOf({{1, 4, 7}}, false);

    EXPECT_EQ(refusal.code, u"unauthorized"_s);
    EXPECT_EQ(refusal.message,
              vsys::sync::PlanCache::tr(
                  "The vaccination plan could not be sent because your login has ended. Your entries are "
                  "kept on this computer; please log in again and register the plan again."));
    ASSERT_TRUE(waitFor([&] { return !authentication.isEmpty(); }));
    EXPECT_FALSE(m_service->isSignedIn());
    EXPECT_EQ(draft()->rows, (QList<PlanRow>{{1, 4, 7}}));
}

TEST_F(SyncServicePlanTest, InputTypedWhileThePlanIsOnItsWayIsKeptAndASecondSendWaits)
{
    signIn();
    QSignalSpy registered(m_service.get(), &SyncService::planRegistered);
    m_server->setHoldReplies(true);
    m_service->registerPlan({{1, 4, 7}}, false);
    const PlanDraft typedMeanwhile{{{1, 4, 7}, {2, 2, 4}}, false, QDateTime::currentDateTimeUtc()};
    ASSERT_TRUE(m_plans->saveDraft(m_accountId, typedMeanwhile).ok());

    EXPECT_EQ(refusalOf({{1, 4, 7}, {2, 2, 4}}, false).code, u"busy"_s);
    m_server->releaseHeldReplies();
    ASSERT_TRUE(waitFor([&] { return !registered.isEmpty(); }));

    EXPECT_EQ(m_server->requestsTo(u"/plan"_s).size(), 2);
    EXPECT_EQ(m_service->plan()->rows, (QList<PlanRow>{{1, 4, 7}}));
    ASSERT_TRUE(draft().has_value());
    EXPECT_EQ(draft()->rows, typedMeanwhile.rows);
}

} // namespace
