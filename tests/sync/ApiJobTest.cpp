// SPDX-License-Identifier: MIT
// Tests for sync::ApiJob and its endpoint jobs: what each sends, and how each answer is classified.
#include "sync/ApiJob.h"

#include "support/FakeServer.h"
#include "support/SyncTestSupport.h"
#include "sync/ApplicationActionJob.h"
#include "sync/ChangesJob.h"
#include "sync/CoolsJob.h"
#include "sync/DocumentDownloadJob.h"
#include "sync/DocumentListJob.h"
#include "sync/GetApplicationJob.h"
#include "sync/ListApplicationsJob.h"
#include "sync/LoginJob.h"
#include "sync/LogoutJob.h"
#include "sync/PutApplicationJob.h"
#include "sync/VenueJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <algorithm>
#include <gtest/gtest.h>
#include <tuple>

using namespace Qt::StringLiterals;
using vsys::sync::ApiErrorKind;
using vsys::sync::ApiJob;
using namespace vsys::sync;
using namespace vsys::sync::test;

namespace {

const QString kId = u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s;

class ApiJobTest : public SyncFixture
{
protected:
    /// Starts the job and waits for finished(); the job deletes itself afterwards.
    template <typename Job> void run(Job& job)
    {
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        ASSERT_TRUE(finished.wait(5000));
        EXPECT_EQ(finished.count(), 1);
    }

    void answerEverything(FakeResponse response)
    {
        m_server->setOverride([response](const FakeRequest&) { return std::optional<FakeResponse>(response); });
    }
};

TEST_F(ApiJobTest, LoginPostsTheCredentialsAndReadsTokenAndVenue)
{
    m_server->clearToken();
    auto* job = new LoginJob(*m_server, QString::fromLatin1(kVsysId), QString::fromLatin1(kPassword));
    QString token;
    QString venueName;
    QObject::connect(job, &ApiJob::finished, job, [&] {
        token = job->token();
        venueName = job->venueName();
        EXPECT_TRUE(job->succeeded());
        EXPECT_EQ(job->httpStatus(), 201);
        EXPECT_EQ(job->venueId(), u"6f1c7a52-3b9e-4f0e-9d55-0c1f2a3b4c5d"_s);
        EXPECT_EQ(job->expiresAt(), QDateTime(QDate(2021, 12, 20), QTime(14, 20), Qt::UTC));
    });
    run(*job);

    EXPECT_TRUE(token.startsWith(u"token-1310000017-"_s));
    EXPECT_EQ(venueName, u"(職域)サンプル職域接種会場"_s);
    const FakeRequest& sent = m_server->requests().constLast();
    EXPECT_EQ(sent.verb, "POST");
    EXPECT_EQ(sent.path, u"/session"_s);
    EXPECT_EQ(sent.header("Content-Type"), "application/json");
    EXPECT_FALSE(sent.request.hasRawHeader("Authorization"));
    EXPECT_EQ(sent.json(), (QJsonObject{{u"vsys_id"_s, u"1310000017"_s}, {u"password"_s, u"correct horse 7"_s}}));
}

TEST_F(ApiJobTest, WrongPasswordIsAnAuthErrorWithTheServersMessage)
{
    auto* job = new LoginJob(*m_server, QString::fromLatin1(kVsysId), u"wrong"_s);
    vsys::sync::ApiError error;
    QObject::connect(job, &ApiJob::finished, job, [&] { error = job->error(); });
    run(*job);

    EXPECT_EQ(error.kind, ApiErrorKind::Auth);
    EXPECT_EQ(error.httpStatus, 401);
    EXPECT_EQ(error.code, u"unauthorized"_s);
    EXPECT_EQ(error.errorCode, vsys::core::ErrorCode::Unauthorized);
    EXPECT_EQ(error.message, u"V-SYS ID またはパスワードが正しくありません。"_s);
}

TEST_F(ApiJobTest, PutSendsIfMatchAndTheContent)
{
    const QJsonObject content = sampleContent(u"株式会社テスト"_s);
    m_server->setApplication(serverRecord(kId, 3, u"draft"_s, sampleContent(u"旧"_s)));
    auto* job = new PutApplicationJob(*m_server, kId, content, 3);
    vsys::core::ApplicationRecord record;
    QObject::connect(job, &ApiJob::finished, job, [&] { record = job->record(); });
    run(*job);

    const FakeRequest& sent = m_server->requests().constLast();
    EXPECT_EQ(sent.verb, "PUT");
    EXPECT_EQ(sent.path, u"/applications/"_s + kId);
    EXPECT_EQ(sent.header("If-Match"), "3");
    EXPECT_EQ(sent.json(), (QJsonObject{{u"content"_s, content}}));
    EXPECT_EQ(record.version, 4);
    EXPECT_EQ(record.content, content);
}

TEST_F(ApiJobTest, PutOfANewRecordSendsIfMatchZero)
{
    auto* job = new PutApplicationJob(*m_server, kId, sampleContent(u"新規"_s), 0);
    run(*job);

    EXPECT_EQ(m_server->requests().constLast().header("If-Match"), "0");
    EXPECT_EQ(m_server->application(kId)->value(u"version"_s).toInt(), 1);
}

TEST_F(ApiJobTest, ActionSendsTheIdempotencyKeyAndIfMatch)
{
    m_server->setApplication(serverRecord(kId, 2, u"draft"_s, sampleContent(u"株式会社テスト"_s)));
    auto* job = new ApplicationActionJob(*m_server, kId, vsys::core::ApplicationAction::Submit,
                                         u"5e0c1d7a-8f4b-4c2d-9e6f-7a8b9c0d1e2f"_s, 2);
    vsys::core::ApplicationRecord record;
    QObject::connect(job, &ApiJob::finished, job, [&] { record = job->record(); });
    run(*job);

    const FakeRequest& sent = m_server->requests().constLast();
    EXPECT_EQ(sent.verb, "POST");
    EXPECT_EQ(sent.path, u"/applications/%1/submit"_s.arg(kId));
    EXPECT_EQ(sent.header("Idempotency-Key"), "5e0c1d7a-8f4b-4c2d-9e6f-7a8b9c0d1e2f");
    EXPECT_EQ(sent.header("If-Match"), "2");
    EXPECT_EQ(sent.body, "{}");
    EXPECT_EQ(sent.header("Content-Type"), "application/json");
    EXPECT_EQ(record.status, vsys::core::ApplicationStatus::AwaitingReview);
    EXPECT_EQ(record.number, u"00001-1310000017-01"_s);
}

TEST_F(ApiJobTest, ActionPathsAreTheDocumentedOnes)
{
    EXPECT_EQ(ApplicationActionJob::pathSegment(vsys::core::ApplicationAction::Submit), u"submit"_s);
    EXPECT_EQ(ApplicationActionJob::pathSegment(vsys::core::ApplicationAction::Withdraw), u"withdraw"_s);
    EXPECT_EQ(ApplicationActionJob::pathSegment(vsys::core::ApplicationAction::Resubmit), u"resubmit"_s);
    EXPECT_EQ(ApplicationActionJob::pathSegment(vsys::core::ApplicationAction::Edit), std::nullopt);
}

TEST_F(ApiJobTest, ConnectionRefusedIsANetworkError)
{
    m_server->setReachable(false);
    auto* job = new VenueJob(*m_server);
    vsys::sync::ApiError error;
    QObject::connect(job, &ApiJob::finished, job, [&] { error = job->error(); });
    run(*job);

    EXPECT_EQ(error.kind, ApiErrorKind::Network);
    EXPECT_EQ(error.errorCode, vsys::core::ErrorCode::Network);
    EXPECT_EQ(error.httpStatus, 0);
    EXPECT_EQ(
        error.message,
        u"サーバーに接続できませんでした（Connection refused）。変更はこのコンピューターに保存されており、接続が戻ると"
        "送信されます。"_s);
}

TEST_F(ApiJobTest, TimeoutAndServerErrorsAreNetworkErrors)
{
    for (const FakeResponse& response :
         {FakeResponse::networkFailure(QNetworkReply::TimeoutError),
          FakeResponse::networkFailure(QNetworkReply::OperationCanceledError),
          FakeResponse::networkFailure(QNetworkReply::HostNotFoundError), FakeResponse::json(503, {}),
          FakeResponse::error(500, u"internal"_s, u"サーバー内部でエラーが発生しました。"_s)}) {
        answerEverything(response);
        auto* job = new VenueJob(*m_server);
        vsys::sync::ApiError error;
        QObject::connect(job, &ApiJob::finished, job, [&] { error = job->error(); });
        run(*job);
        EXPECT_EQ(error.kind, ApiErrorKind::Network) << response.status << " " << response.networkError;
        EXPECT_EQ(error.errorCode, vsys::core::ErrorCode::Network) << response.status;
    }
}

TEST_F(ApiJobTest, ServerErrorWithoutMessageGetsOurs)
{
    answerEverything(FakeResponse::json(503, {}));
    auto* job = new VenueJob(*m_server);
    QString message;
    QObject::connect(job, &ApiJob::finished, job, [&] { message = job->error().message; });
    run(*job);

    EXPECT_EQ(message,
              u"サーバーが現在リクエストを処理できません（HTTP 503）。しばらくしてから自動的に再試行します。"_s);
}

TEST_F(ApiJobTest, VersionConflictCarriesTheServersCopy)
{
    const QJsonObject copy = serverRecord(kId, 5, u"draft"_s, sampleContent(u"他端末"_s));
    answerEverything(FakeResponse::json(409,
                                        {{u"error"_s, u"version_conflict"_s},
                                         {u"message"_s, u"この申込は他の端末で更新されています。"_s},
                                         {u"server_copy"_s, copy}}));
    auto* job = new PutApplicationJob(*m_server, kId, sampleContent(u"手元"_s), 4);
    vsys::sync::ApiError error;
    QObject::connect(job, &ApiJob::finished, job, [&] { error = job->error(); });
    run(*job);

    EXPECT_EQ(error.kind, ApiErrorKind::Conflict);
    EXPECT_EQ(error.errorCode, vsys::core::ErrorCode::VersionConflict);
    EXPECT_EQ(error.httpStatus, 409);
    EXPECT_EQ(error.serverCopy, copy);
    EXPECT_EQ(error.message, u"この申込は他の端末で更新されています。"_s);
}

TEST_F(ApiJobTest, OtherRefusalsAreRejectedWithMessageFieldAndRequestId)
{
    answerEverything(
        FakeResponse::error(400, u"invalid_field"_s, u"接種会場名を入力してください。"_s, u"content.venue.name"_s));
    auto* job = new PutApplicationJob(*m_server, kId, sampleContent(u"手元"_s), 0);
    vsys::sync::ApiError error;
    QString requestId;
    QObject::connect(job, &ApiJob::finished, job, [&] {
        error = job->error();
        requestId = job->requestId();
    });
    run(*job);

    EXPECT_EQ(error.kind, ApiErrorKind::Rejected);
    EXPECT_EQ(error.httpStatus, 400);
    EXPECT_EQ(error.code, u"invalid_field"_s);
    EXPECT_EQ(error.errorCode, vsys::core::ErrorCode::Invalid);
    EXPECT_EQ(error.message, u"接種会場名を入力してください。"_s);
    EXPECT_EQ(error.field, u"content.venue.name"_s);
    EXPECT_EQ(requestId.toLatin1(), m_server->requests().constLast().header("X-Request-ID"));
    EXPECT_FALSE(requestId.isEmpty());
}

TEST_F(ApiJobTest, InvalidStatusAndNotFoundAreRejected)
{
    const std::pair<FakeResponse, vsys::core::ErrorCode> cases[]
        = {{FakeResponse::error(409, u"invalid_status"_s, u"この申込は確認待ちのため編集できません。"_s),
            vsys::core::ErrorCode::InvalidStatus},
           {FakeResponse::error(404, u"not_found"_s, u"見つかりません。"_s), vsys::core::ErrorCode::NotFound},
           {FakeResponse::error(429, u"too_many_attempts"_s, u"しばらくしてからもう一度お試しください。"_s),
            vsys::core::ErrorCode::TooManyAttempts}};
    for (const auto& [response, code] : cases) {
        answerEverything(response);
        auto* job = new VenueJob(*m_server);
        vsys::sync::ApiError error;
        QObject::connect(job, &ApiJob::finished, job, [&] { error = job->error(); });
        run(*job);
        EXPECT_EQ(error.kind, ApiErrorKind::Rejected) << response.status;
        EXPECT_EQ(error.errorCode, code) << response.status;
        EXPECT_EQ(error.message, QJsonDocument::fromJson(response.body).object().value(u"message"_s).toString());
    }
}

TEST(ApiJobErrorCodeTest, TheApiCodeDecidesAndTheStatusStandsInWhenThereIsNone)
{
    using vsys::core::ErrorCode;
    EXPECT_EQ(ApiJob::errorCodeOf(409, u"cool_locked"_s), ErrorCode::CoolLocked);
    EXPECT_EQ(ApiJob::errorCodeOf(409, u"plan_locked"_s), ErrorCode::PlanLocked);
    EXPECT_EQ(ApiJob::errorCodeOf(409, u"approval_required"_s), ErrorCode::ApprovalRequired);
    EXPECT_EQ(ApiJob::errorCodeOf(409, u"too_many_drafts"_s), ErrorCode::TooManyDrafts);
    EXPECT_EQ(ApiJob::errorCodeOf(409, u"too_many_reports"_s), ErrorCode::TooManyReports);
    EXPECT_EQ(ApiJob::errorCodeOf(409, u"too_many_doses"_s), ErrorCode::TooManyDoses);
    EXPECT_EQ(ApiJob::errorCodeOf(413, u"record_too_large"_s), ErrorCode::RecordTooLarge);
    // A proxy's page has no API code.
    EXPECT_EQ(ApiJob::errorCodeOf(401, {}), ErrorCode::Unauthorized);
    EXPECT_EQ(ApiJob::errorCodeOf(404, {}), ErrorCode::NotFound);
    EXPECT_EQ(ApiJob::errorCodeOf(429, {}), ErrorCode::TooManyAttempts);
    EXPECT_EQ(ApiJob::errorCodeOf(400, u"malformed_request"_s), ErrorCode::Invalid);
    // No answer, or a server that could not answer, is the network's problem for the client.
    EXPECT_EQ(ApiJob::errorCodeOf(0, {}), ErrorCode::Network);
    EXPECT_EQ(ApiJob::errorCodeOf(500, u"internal"_s), ErrorCode::Network);
}

TEST_F(ApiJobTest, AnExpiredTokenIsAnAuthError)
{
    m_server->expireTokens();
    auto* job = new ListApplicationsJob(*m_server);
    vsys::sync::ApiError error;
    QObject::connect(job, &ApiJob::finished, job, [&] { error = job->error(); });
    run(*job);

    EXPECT_EQ(error.kind, ApiErrorKind::Auth);
    EXPECT_EQ(error.message, u"ログインの有効期限が切れました。もう一度ログインしてください。"_s);
}

TEST_F(ApiJobTest, AnUnreadableSuccessIsRejected)
{
    FakeResponse html;
    html.body = "<html>proxy</html>";
    html.contentType = "text/html";
    answerEverything(html);
    auto* job = new VenueJob(*m_server);
    vsys::sync::ApiError error;
    QObject::connect(job, &ApiJob::finished, job, [&] { error = job->error(); });
    run(*job);

    EXPECT_EQ(error.kind, ApiErrorKind::Rejected);
    EXPECT_EQ(
        error.message,
        u"サーバーから VSYS Desk が読み取れない応答がありました（not a JSON object）。サーバーのアドレスが正しいこと"
        "と、VSYS Desk が最新であることを確認してください。"_s);
}

TEST_F(ApiJobTest, ListAndGetReadApplicationsWithTheSharedCodec)
{
    m_server->setApplication(serverRecord(kId, 2, u"draft"_s, sampleContent(u"株式会社テスト"_s)));
    auto* list = new ListApplicationsJob(*m_server);
    QList<vsys::core::ApplicationRecord> records;
    QObject::connect(list, &ApiJob::finished, list, [&] { records = list->applications(); });
    run(*list);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.constFirst().id, kId);
    EXPECT_EQ(records.constFirst().version, 2);

    auto* get = new GetApplicationJob(*m_server, kId);
    vsys::core::ApplicationRecord record;
    QObject::connect(get, &ApiJob::finished, get, [&] { record = get->record(); });
    run(*get);
    EXPECT_EQ(record, records.constFirst());
    EXPECT_EQ(m_server->requests().constLast().path, u"/applications/"_s + kId);
}

TEST_F(ApiJobTest, ChangesAsksSinceTheCursorAndReadsNumericIds)
{
    m_server->setApplication(serverRecord(kId, 1, u"draft"_s, sampleContent(u"株式会社テスト"_s)));
    m_server->setCools({QJsonObject{{u"id"_s, 7}, {u"state"_s, u"open"_s}}});
    auto* job = new ChangesJob(*m_server, u"0"_s);
    QString cursor;
    QList<Change> changes;
    QObject::connect(job, &ApiJob::finished, job, [&] {
        cursor = job->cursor();
        changes = job->changes();
    });
    run(*job);

    EXPECT_EQ(m_server->requests().constLast().request.url().query(), u"since=0"_s);
    EXPECT_EQ(cursor, u"2"_s);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes.at(0).kind, u"application"_s);
    EXPECT_EQ(changes.at(0).id, kId);
    EXPECT_EQ(changes.at(1), (Change{u"cool"_s, u"7"_s, QJsonObject{{u"id"_s, 7}, {u"state"_s, u"open"_s}}}));
}

TEST_F(ApiJobTest, ListFollowsEveryPageAndFinishesOnceWithAllRecords)
{
    QStringList ids = m_server->addDrafts(5);
    m_server->setPageSize(2);
    auto* list = new ListApplicationsJob(*m_server);
    QList<vsys::core::ApplicationRecord> records;
    bool succeeded = false;
    QObject::connect(list, &ApiJob::finished, list, [&] {
        records = list->applications();
        succeeded = list->succeeded();
    });
    run(*list);

    EXPECT_TRUE(succeeded);
    EXPECT_EQ(m_server->queriesTo(u"/applications"_s), (QStringList{{}, u"after=2"_s, u"after=4"_s}));
    QStringList received;
    for (const vsys::core::ApplicationRecord& record : std::as_const(records)) {
        received.append(record.id);
    }
    std::reverse(ids.begin(), ids.end());
    EXPECT_EQ(received, ids);
}

TEST_F(ApiJobTest, ListEndsWithTheFailureOfALaterPage)
{
    m_server->setApplication(serverRecord(kId, 1, u"draft"_s, sampleContent(u"株式会社テスト"_s)));
    m_server->setApplication(serverRecord(u"1b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s, 1, u"draft"_s, {}));
    m_server->setPageSize(1);
    m_server->setOverride([](const FakeRequest& request) {
        return request.request.url().query().isEmpty() ? std::nullopt : std::optional(FakeResponse::networkFailure());
    });
    auto* list = new ListApplicationsJob(*m_server);
    vsys::sync::ApiError error;
    QObject::connect(list, &ApiJob::finished, list, [&] { error = list->error(); });
    run(*list);

    EXPECT_EQ(error.kind, ApiErrorKind::Network);
    EXPECT_EQ(m_server->requestsTo(u"/applications"_s).size(), 2);
}

TEST_F(ApiJobTest, ChangesSaysWhetherAnotherPageFollows)
{
    m_server->addDrafts(3);
    m_server->setPageSize(2);
    for (const auto& [since, cursor, more] : {std::tuple{u"0"_s, u"2"_s, true}, std::tuple{u"2"_s, u"3"_s, false}}) {
        auto* job = new ChangesJob(*m_server, since);
        QString readCursor;
        bool hasMore = !more;
        QObject::connect(job, &ApiJob::finished, job, [&] {
            readCursor = job->cursor();
            hasMore = job->hasMore();
        });
        run(*job);
        EXPECT_EQ(readCursor, cursor);
        EXPECT_EQ(hasMore, more);
    }
}

TEST_F(ApiJobTest, DocumentsAreListedAndDownloadedAsPdf)
{
    m_server->addDocument({{u"id"_s, u"d1"_s},
                           {u"kind"_s, u"delegation"_s},
                           {u"filename"_s, u"委任状.pdf"_s},
                           {u"size"_s, 9},
                           {u"download_count"_s, 0},
                           {u"created_at"_s, u"2021-12-01T00:00:00.000Z"_s}},
                          "%PDF-1.7\n");
    auto* list = new DocumentListJob(*m_server);
    QList<DocumentInfo> documents;
    QObject::connect(list, &ApiJob::finished, list, [&] { documents = list->documents(); });
    run(*list);
    EXPECT_EQ(documents,
              (QList<DocumentInfo>{{u"d1"_s, u"delegation"_s, u"委任状.pdf"_s, 9, 0,
                                    QDateTime(QDate(2021, 12, 1), QTime(0, 0), Qt::UTC)}}));

    auto* download = new DocumentDownloadJob(*m_server, u"d1"_s);
    QByteArray pdf;
    QObject::connect(download, &ApiJob::finished, download, [&] { pdf = download->content(); });
    run(*download);
    EXPECT_EQ(pdf, "%PDF-1.7\n");
    EXPECT_EQ(m_server->requests().constLast().header("Accept"), "application/pdf");
    EXPECT_EQ(m_server->requests().constLast().path, u"/documents/d1/content"_s);
}

TEST_F(ApiJobTest, VenueCoolsAndLogoutUseTheirEndpoints)
{
    m_server->setVenue({{u"id"_s, u"v1"_s}, {u"name"_s, u"会場"_s}, {u"vsys_ids"_s, QJsonArray{u"1310000017"_s}}});
    m_server->setCools({QJsonObject{{u"id"_s, 1}}, QJsonObject{{u"id"_s, 2}}});

    auto* venue = new VenueJob(*m_server);
    QJsonObject venueJson;
    QObject::connect(venue, &ApiJob::finished, venue, [&] { venueJson = venue->venue(); });
    run(*venue);
    EXPECT_EQ(venueJson.value(u"name"_s).toString(), u"会場"_s);

    auto* cools = new CoolsJob(*m_server);
    QJsonArray coolList;
    QObject::connect(cools, &ApiJob::finished, cools, [&] { coolList = cools->cools(); });
    run(*cools);
    EXPECT_EQ(coolList.size(), 2);

    auto* logout = new LogoutJob(*m_server);
    bool ok = false;
    QObject::connect(logout, &ApiJob::finished, logout, [&] { ok = logout->succeeded(); });
    run(*logout);
    EXPECT_TRUE(ok);
    EXPECT_EQ(m_server->requests().constLast().verb, "DELETE");
    EXPECT_EQ(m_server->requests().constLast().path, u"/session"_s);
}

} // namespace
