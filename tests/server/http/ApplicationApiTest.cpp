// SPDX-License-Identifier: MIT
// Tests of the application (申込) endpoints: create/edit with If-Match, actions with Idempotency-Key,
// status rules from core, and venue isolation; over HTTPS, on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "core/application/ApplicationStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QJsonObject kContent{{u"venue"_s, QJsonObject{{u"name"_s, u"サンプル職域接種会場"_s}}}};
const QJsonObject kEdited{{u"venue"_s, QJsonObject{{u"name"_s, u"サンプル職域接種会場（改）"_s}}}};

class ApplicationApiTest : public ApiTest
{
};

TEST_P(ApplicationApiTest, PutCreatesADraftAndEditsItWithIfMatch)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    const Reply created = putApplication(token, id, kContent);
    ASSERT_EQ(created.status, 201) << created.body;
    QJsonObject record = created.json();
    EXPECT_EQ(record.value(u"id"_s).toString(), id);
    EXPECT_EQ(record.value(u"status"_s).toString(), u"draft"_s);
    EXPECT_EQ(record.value(u"version"_s).toInt(), 1);
    EXPECT_TRUE(record.value(u"number"_s).isNull());
    EXPECT_EQ(record.value(u"content"_s).toObject(), kContent);

    const Reply edited = putApplication(token, id, kEdited, 1);
    ASSERT_EQ(edited.status, 200) << edited.body;
    EXPECT_EQ(edited.json().value(u"version"_s).toInt(), 2);
    const Reply read = get("/api/v1/applications/" + id.toStdString(), token);
    EXPECT_EQ(read.status, 200);
    EXPECT_EQ(read.body, edited.body);
    EXPECT_EQ(read.json().value(u"content"_s).toObject(), kEdited);

    const Reply list = get("/api/v1/applications", token);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.json().value(u"applications"_s).toArray().size(), 1);
}

TEST_P(ApplicationApiTest, StaleIfMatchAnswersConflictWithTheServerCopy)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    ASSERT_EQ(putApplication(token, id, kContent).status, 201);
    const Reply current = putApplication(token, id, kEdited, 1);
    ASSERT_EQ(current.status, 200);

    for (int stale : {1, -1}) {
        const Reply conflict = putApplication(token, id, QJsonObject{{u"lost"_s, true}}, stale);
        EXPECT_EQ(conflict.status, 409);
        const QJsonObject json = conflict.json();
        EXPECT_EQ(json.value(u"error"_s).toString(), u"version_conflict"_s);
        EXPECT_EQ(json.value(u"server_copy"_s).toObject(), current.json());
        EXPECT_EQ(
            json.value(u"message"_s).toString(),
            u"この申込は別の場所で変更されています（サーバーの版は2です）。変更内容をサーバーの内容と比べてから、もう一度保存してください。"_s);
    }
    EXPECT_EQ(scalar(u"SELECT version FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toInt(), 2);
    EXPECT_EQ(QJsonDocument::fromJson(
                  scalar(u"SELECT content FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString().toUtf8())
                  .object(),
              kEdited);
}

TEST_P(ApplicationApiTest, SubmitTwiceWithOneKeyIsOneSubmissionWithTheSameBytes)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    ASSERT_EQ(putApplication(token, id, kContent).status, 201);

    const Reply first = act(token, id, "submit", "7d1c2a56-0d8e-4b8b-9a57-1d0c3c8e0a11");
    ASSERT_EQ(first.status, 200) << first.body;
    const qint64 logged = scalar(u"SELECT MAX(seq) FROM change_log"_s).toLongLong();
    const Reply repeat = act(token, id, "submit", "7d1c2a56-0d8e-4b8b-9a57-1d0c3c8e0a11");
    EXPECT_EQ(repeat.status, 200);
    EXPECT_EQ(repeat.body, first.body);

    const QJsonObject record = first.json();
    EXPECT_EQ(record.value(u"status"_s).toString(), u"awaiting_review"_s);
    EXPECT_EQ(record.value(u"number"_s).toString(), u"11111-1310000033-01"_s);
    EXPECT_EQ(record.value(u"version"_s).toInt(), 2);
    EXPECT_FALSE(record.value(u"submitted_at"_s).isNull());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM application"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT version FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toInt(), 2);
    EXPECT_EQ(scalar(u"SELECT application_seq FROM venue WHERE id = :id"_s, {{u"id"_s, m_venueA}}).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM idempotency"_s).toInt(), 1);
    // The replay changed nothing, so it logged no change; the log keeps the submission, the latest change.
    EXPECT_EQ(scalar(u"SELECT MAX(seq) FROM change_log"_s).toLongLong(), logged);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM change_log WHERE entity_id = :id"_s, {{u"id"_s, id}}).toInt(), 1);
}

TEST_P(ApplicationApiTest, SubmitChecksTheFormsRulesAndNamesTheFirstWrongField)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    // The company section is switched to "changed" with a 9-digit telephone number.
    QJsonObject content{{u"changes_from_existing"_s, QJsonObject{{u"company"_s, true}}}};
    QJsonObject company = registrationOfVenueA().value(u"company"_s).toObject();
    company.insert(u"phone"_s, u"03-1234-567"_s);
    content.insert(u"company"_s, company);
    ASSERT_EQ(putApplication(token, id, content).status, 201);

    const Reply refused = act(token, id, "submit", "key-invalid");
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_field"_s);
    EXPECT_EQ(refused.json().value(u"field"_s).toString(), u"content.company.phone"_s);
    EXPECT_EQ(refused.json().value(u"message"_s).toString(),
              u"代表電話番号：市外局番を含めて10桁で入力してください（入力されたのは9桁です）。"_s);
    EXPECT_EQ(scalar(u"SELECT status FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString(), u"draft"_s);
    EXPECT_TRUE(scalar(u"SELECT number FROM application WHERE id = :id"_s, {{u"id"_s, id}}).isNull());

    company.insert(u"phone"_s, u"03-1234-5678"_s);
    content.insert(u"company"_s, company);
    ASSERT_EQ(putApplication(token, id, content, 1).status, 200);
    EXPECT_EQ(act(token, id, "submit", "key-valid").status, 200);
}

TEST_P(ApplicationApiTest, AWrongStatusAnswersCoresMessage)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    ASSERT_EQ(putApplication(token, id, kContent).status, 201);
    ASSERT_EQ(act(token, id, "submit", "key-1").status, 200);

    // The same key on another path is a new action, refused by the status machine (確認待ち: 取下げ ×).
    const Reply withdraw = act(token, id, "withdraw", "key-1");
    EXPECT_EQ(withdraw.status, 409);
    EXPECT_EQ(withdraw.json().value(u"error"_s).toString(), u"invalid_status"_s);
    EXPECT_EQ(withdraw.json().value(u"message"_s).toString(), u"ステータスが「確認待ち」の申込は取下げできません。"_s);
    EXPECT_EQ(withdraw.json().value(u"message"_s).toString(),
              core::ApplicationStatusMachine::apply(core::ApplicationStatus::AwaitingReview,
                                                    core::ApplicationAction::Withdraw, core::Actor::Venue)
                  .error()
                  .message);
    const Reply edit = putApplication(token, id, kEdited, 2);
    EXPECT_EQ(edit.status, 409);
    EXPECT_EQ(edit.json().value(u"message"_s).toString(), u"ステータスが「確認待ち」の申込は編集できません。"_s);
    EXPECT_EQ(scalar(u"SELECT status FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString(),
              u"awaiting_review"_s);

    // The refusal is the key's answer too: repeating it replays the 409.
    EXPECT_EQ(act(token, id, "withdraw", "key-1").body, withdraw.body);
}

TEST_P(ApplicationApiTest, ADraftCanBeWithdrawn)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    ASSERT_EQ(putApplication(token, id, kContent).status, 201);
    const Reply withdrawn = act(token, id, "withdraw", "w-1");
    ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
    EXPECT_EQ(withdrawn.json().value(u"status"_s).toString(), u"withdrawn"_s);
    EXPECT_TRUE(withdrawn.json().value(u"number"_s).isNull());
}

TEST_P(ApplicationApiTest, ActionsNeedAnIdempotencyKey)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    ASSERT_EQ(putApplication(token, id, kContent).status, 201);
    const Reply reply = send("POST", "/api/v1/applications/" + id.toStdString() + "/submit", token, {});
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.body,
              R"({"error":"missing_idempotency_key","field":"Idempotency-Key","message":"リクエストに)"
              R"(Idempotency-Keyヘッダーがないため、安全に実行できません。VSYS Deskを更新してください。"})");
    EXPECT_EQ(scalar(u"SELECT status FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString(), u"draft"_s);
}

TEST_P(ApplicationApiTest, AVenueCannotSeeOrTouchAnotherVenuesApplication)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const QString id = newId();
    const Reply ofB = putApplication(tokenB, id, kContent);
    ASSERT_EQ(ofB.status, 201);
    const std::string path = "/api/v1/applications/" + id.toStdString();

    const std::vector<Reply> attempts{get(path, tokenA), putApplication(tokenA, id, kEdited),
                                      putApplication(tokenA, id, kEdited, 1), act(tokenA, id, "submit", "a-1"),
                                      act(tokenA, id, "withdraw", "a-2")};
    for (const Reply& attempt : attempts) {
        EXPECT_EQ(attempt.status, 404) << attempt.body;
        EXPECT_EQ(attempt.json().value(u"error"_s).toString(), u"not_found"_s);
    }
    EXPECT_TRUE(get("/api/v1/applications", tokenA).json().value(u"applications"_s).toArray().isEmpty());

    EXPECT_EQ(scalar(u"SELECT venue_id FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString(), m_venueB);
    EXPECT_EQ(scalar(u"SELECT version FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT status FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString(), u"draft"_s);
    EXPECT_EQ(get(path, tokenB).body, ofB.body);
}

TEST_P(ApplicationApiTest, MalformedBodiesAreInvalidJson)
{
    const std::string token = login(kVsysIdA);
    const std::string path = "/api/v1/applications/" + newId().toStdString();
    const std::string invalidJson
        = R"({"error":"invalid_json","message":"リクエストを読み取れませんでした。)"
          R"(本文がJSONオブジェクトではありません。VSYS Deskを更新するか、サポート窓口にお問い合わせください。"})";
    for (const std::string body : {"{\"content\": {", "[1, 2]", "", "\xff\xfe"}) {
        const Reply reply = send("PUT", path, token, body);
        EXPECT_EQ(reply.status, 400) << body;
        EXPECT_EQ(reply.body, invalidJson) << body;
    }
    const Reply notAnObject = send("PUT", path, token, R"({"content": "text"})");
    EXPECT_EQ(notAnObject.status, 400);
    EXPECT_EQ(notAnObject.json().value(u"error"_s).toString(), u"invalid_field"_s);
    EXPECT_EQ(notAnObject.json().value(u"field"_s).toString(), u"content"_s);
    const Reply badId = send("PUT", "/api/v1/applications/NOT-A-UUID", token, R"({"content": {}})");
    EXPECT_EQ(badId.status, 400);
    EXPECT_EQ(badId.json().value(u"field"_s).toString(), u"id"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM application"_s).toInt(), 0);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         ApplicationApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
