// SPDX-License-Identifier: MIT
// Tests for sync::GetPlanJob and sync::PutPlanJob (接種計画): what they send, the plan and server time
// they read, and how each refusal of docs/api.md reaches the caller.
#include "sync/PlanJobs.h"

#include "support/FakeServer.h"
#include "support/SyncTestSupport.h"
#include "sync/CoolsJob.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::PlanApproval;
using vsys::core::PlanJson;
using vsys::core::PlanRow;
using vsys::core::VenuePlan;
using vsys::sync::ApiError;
using vsys::sync::ApiErrorKind;
using vsys::sync::ApiJob;
using vsys::sync::CoolsJob;
using vsys::sync::GetPlanJob;
using vsys::sync::PlanRejection;
using vsys::sync::PutPlanJob;
using vsys::sync::ServerTime;
using namespace vsys::sync::test;

namespace {

const QDateTime kServerTime(QDate(2022, 3, 1), QTime(1, 0), Qt::UTC);

/// What a finished plan job said, copied before it deletes itself.
struct Outcome
{
    ApiError error;
    VenuePlan plan;
    ServerTime serverTime;
    std::optional<PlanRejection> rejection;
    QDateTime startedAt;
    QDateTime finishedAt;
};

class PlanJobsTest : public SyncFixture
{
protected:
    Outcome run(vsys::sync::PlanJob* job)
    {
        Outcome outcome;
        QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
            outcome.error = job->error();
            outcome.plan = job->plan();
            outcome.serverTime = job->serverTime();
            outcome.rejection = job->rejection();
        });
        QSignalSpy finished(job, &ApiJob::finished);
        outcome.startedAt = QDateTime::currentDateTimeUtc();
        job->start();
        EXPECT_TRUE(finished.wait(5000));
        outcome.finishedAt = QDateTime::currentDateTimeUtc();
        return outcome;
    }

    void answerEverything(FakeResponse response)
    {
        m_server->setOverride([response](const FakeRequest&) { return std::optional<FakeResponse>(response); });
    }

    Outcome put(const QList<PlanRow>& rows, bool requestApproval, int baseVersion)
    {
        return run(new PutPlanJob(*m_server, rows, requestApproval, baseVersion));
    }
};

TEST_F(PlanJobsTest, GetReadsThePlanAndTheServersTime)
{
    m_server->setPlan(PlanJson::toJson(registeredPlan(3)));

    const Outcome outcome = run(new GetPlanJob(*m_server));

    ASSERT_EQ(outcome.error.kind, ApiErrorKind::None) << qPrintable(outcome.error.message);
    EXPECT_EQ(m_server->requests().constLast().verb, "GET");
    EXPECT_EQ(m_server->requests().constLast().path, u"/plan"_s);
    EXPECT_EQ(outcome.plan, registeredPlan(3));
    EXPECT_EQ(outcome.serverTime.serverTime, kServerTime);
    EXPECT_GE(outcome.serverTime.receivedAt, outcome.startedAt);
    EXPECT_LE(outcome.serverTime.receivedAt, outcome.finishedAt);
    EXPECT_EQ(outcome.serverTime.offsetMs(), outcome.serverTime.receivedAt.msecsTo(kServerTime));
    EXPECT_EQ(outcome.rejection, std::nullopt);
}

TEST_F(PlanJobsTest, TheOffsetIsTheServersClockMinusThisPcsClock)
{
    const ServerTime time{QDateTime(QDate(2022, 3, 1), QTime(1, 0, 0, 500), Qt::UTC),
                          QDateTime(QDate(2022, 3, 1), QTime(1, 0, 2), Qt::UTC)};

    EXPECT_EQ(time.offsetMs(), -1500);
    const auto read = ServerTime::read({{u"server_time"_s, u"2022-03-01T01:00:00.000Z"_s}});
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->serverTime, kServerTime);
    EXPECT_EQ(ServerTime::read({{u"server_time"_s, u"soon"_s}}), std::nullopt);
}

TEST_F(PlanJobsTest, PutSendsIfMatchAndTheRowsAndReadsTheAcceptedPlan)
{
    m_server->setCools({coolRecord(1, u"open"_s), coolRecord(2, u"open"_s)});

    const Outcome outcome = put({{1, 4, 7}, {2, 2, 4}}, false, 0);

    ASSERT_EQ(outcome.error.kind, ApiErrorKind::None) << qPrintable(outcome.error.message);
    const FakeRequest& request = m_server->requests().constLast();
    EXPECT_EQ(request.verb, "PUT");
    EXPECT_EQ(request.path, u"/plan"_s);
    EXPECT_EQ(request.header("If-Match"), "0");
    EXPECT_EQ(request.header("Content-Type"), "application/json");
    EXPECT_EQ(request.body,
              "{\"request_approval\":false,\"rows\":[{\"cool_id\":1,\"needle_boxes\":7,\"vaccine_boxes\":4},"
              "{\"cool_id\":2,\"needle_boxes\":4,\"vaccine_boxes\":2}]}");
    VenuePlan expected = registeredPlan(1);
    expected.updatedAt = kServerTime;
    EXPECT_EQ(outcome.plan, expected);
    EXPECT_EQ(outcome.serverTime.serverTime, kServerTime);
}

TEST_F(PlanJobsTest, PutWithApprovalAnswersThePendingRequest)
{
    m_server->setCools({coolRecord(1, u"open"_s), coolRecord(2, u"open"_s)});
    m_server->setPlan(PlanJson::toJson(registeredPlan(1)));

    const Outcome outcome = put({{2, 5, 9}}, true, 1);

    ASSERT_EQ(outcome.error.kind, ApiErrorKind::None) << qPrintable(outcome.error.message);
    EXPECT_EQ(m_server->requests().constLast().header("If-Match"), "1");
    EXPECT_EQ(m_server->requests().constLast().json().value(u"request_approval"_s), QJsonValue(true));
    VenuePlan expected = registeredPlan(2);
    expected.updatedAt = kServerTime;
    expected.approval
        = PlanApproval{PlanApproval::State::Pending, {{1, 4, 7}, {2, 5, 9}}, 9, {}, kServerTime, QDateTime()};
    EXPECT_EQ(outcome.plan, expected);
}

TEST_F(PlanJobsTest, EachDocumentedRefusalCarriesTheServersMessageCodeAndField)
{
    struct Case
    {
        int status;
        QString code;
        QString message;
        QString field;
    };
    const QList<Case> cases{
        {400, u"invalid_field"_s, u"2/28～3/13接種：針・シリンジの箱数は7箱以下にしてください。"_s,
         u"rows[0].needle_boxes"_s},
        {409, u"cool_locked"_s, u"1/3～1/16接種は分配量確定済のため変更できません。"_s, u"rows[1].vaccine_boxes"_s},
        {409, u"plan_locked"_s, u"分配作業期間中のため、3/7 17:00 まで計画を変更できません。"_s, {}},
        {409, u"approval_required"_s, u"初回登録時の6箱を超える変更には国の確認が必要です。"_s, u"request_approval"_s},
    };
    for (const Case& refusal : cases) {
        answerEverything(FakeResponse::error(refusal.status, refusal.code, refusal.message, refusal.field));

        const Outcome outcome = put({{1, 4, 8}}, false, 2);

        EXPECT_EQ(outcome.error.kind, ApiErrorKind::Rejected) << qPrintable(refusal.code);
        EXPECT_EQ(outcome.rejection, (PlanRejection{refusal.code, refusal.message, refusal.field, std::nullopt}))
            << qPrintable(refusal.code);
    }
}

TEST_F(PlanJobsTest, AVersionConflictCarriesTheServersPlan)
{
    m_server->setPlan(PlanJson::toJson(registeredPlan(4)));

    const Outcome outcome = put({{1, 3, 5}}, false, 2);

    EXPECT_EQ(outcome.error.kind, ApiErrorKind::Conflict);
    EXPECT_EQ(outcome.error.httpStatus, 409);
    EXPECT_EQ(outcome.rejection,
              (PlanRejection{u"version_conflict"_s,
                             u"接種計画は他の端末で変更されています。内容を確認してください。"_s,
                             {},
                             registeredPlan(4)}));
}

TEST_F(PlanJobsTest, TheFakeServerJudgesWithTheCoreRules)
{
    m_server->setCools({coolRecord(1, u"open"_s)});

    const Outcome outcome = put({{1, 4, 8}}, false, 0);

    ASSERT_TRUE(outcome.rejection.has_value());
    EXPECT_EQ(outcome.rejection->code, u"invalid_field"_s);
    EXPECT_EQ(outcome.rejection->field, u"rows[0].needle_boxes"_s);
    EXPECT_FALSE(outcome.rejection->message.isEmpty());
    EXPECT_EQ(PlanJson::fromJson(m_server->plan()).value(), VenuePlan());
}

TEST_F(PlanJobsTest, OtherFailuresAreNoRefusalOfThePlan)
{
    const QList<std::pair<FakeResponse, ApiErrorKind>> failures{
        {FakeResponse::networkFailure(), ApiErrorKind::Network},
        {FakeResponse::error(503, u"internal"_s, u"サーバーで問題が発生しました。"_s), ApiErrorKind::Network},
        {FakeResponse::error(401, u"unauthorized"_s, u"ログインの有効期限が切れました。"_s), ApiErrorKind::Auth},
        {FakeResponse::error(404, u"not_found"_s, u"見つかりません。"_s), ApiErrorKind::Rejected},
        {FakeResponse::error(409, u"invalid_status"_s, u"変更できません。"_s), ApiErrorKind::Rejected},
    };
    for (const auto& [response, kind] : failures) {
        answerEverything(response);

        const Outcome outcome = put({{1, 4, 7}}, false, 0);

        EXPECT_EQ(outcome.error.kind, kind) << response.status;
        EXPECT_EQ(outcome.rejection, std::nullopt) << response.status;
    }
}

TEST_F(PlanJobsTest, AnAnswerWithoutServerTimeOrPlanIsUnreadable)
{
    for (const QJsonObject& body : {QJsonObject{{u"plan"_s, PlanJson::toJson(registeredPlan(1))}},
                                    QJsonObject{{u"server_time"_s, u"2022-03-01T01:00:00.000Z"_s},
                                                {u"plan"_s, QJsonObject{{u"version"_s, -1}}}}}) {
        answerEverything(FakeResponse::json(200, body));

        const Outcome outcome = run(new GetPlanJob(*m_server));

        EXPECT_EQ(outcome.error.kind, ApiErrorKind::Rejected);
        EXPECT_EQ(outcome.error.code, u"unreadable_answer"_s);
        EXPECT_EQ(outcome.rejection, std::nullopt);
    }
}

TEST_F(PlanJobsTest, CoolsTellTheServersTimeToo)
{
    m_server->setCools({coolRecord(1, u"open"_s)});
    auto* job = new CoolsJob(*m_server);
    std::optional<ServerTime> serverTime;
    QJsonArray cools;
    QObject::connect(job, &ApiJob::finished, job, [&] {
        serverTime = job->serverTime();
        cools = job->cools();
    });
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    ASSERT_TRUE(finished.wait(5000));

    ASSERT_TRUE(serverTime.has_value());
    EXPECT_EQ(serverTime->serverTime, kServerTime);
    EXPECT_EQ(cools, QJsonArray{coolRecord(1, u"open"_s)});
}

} // namespace
