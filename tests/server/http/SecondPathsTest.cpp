// SPDX-License-Identifier: MIT
// Second paths of rules whose main path is tested elsewhere, each found missing by mutating the code
// (issue 12): a refusal replayed under its Idempotency-Key after the record's status changed, and the
// form's content rules on 再申込 as well as on 申込; on SQLite and PostgreSQL.
#include "ServerTestSupport.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

const QString kReturnComment = u"代表電話番号を見直して、再度申込をお願いします。"_s;

class SecondPathsTest : public ApiTest
{
protected:
    /// Venue A's application with `content`, submitted and returned by the reviewer: 要再申込, version 3.
    QString returnedApplication(const std::string& token, const QJsonObject& content)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        EXPECT_EQ(putApplication(token, id, content).status, 201);
        const Reply submitted = act(token, id, "submit", "submit-" + id.toStdString());
        EXPECT_EQ(submitted.status, 200) << submitted.body;
        const AdminRun returned
            = admin({u"return"_s, submitted.json().value(u"number"_s).toString(), u"--comment"_s, kReturnComment});
        EXPECT_EQ(returned.exitCode, 0) << qPrintable(returned.err);
        EXPECT_EQ(status(id), u"resubmission_required"_s);
        return id;
    }

    QString status(const QString& id)
    {
        return scalar(u"SELECT status FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString();
    }

    int version(const QString& id)
    {
        return scalar(u"SELECT version FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toInt();
    }
};

TEST_P(SecondPathsTest, ARefusalIsReplayedUnderItsKeyAfterTheStatusChanged)
{
    const std::string token = login(kVsysIdA);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_EQ(putApplication(token, id, {{u"venue"_s, QJsonObject{}}}).status, 201);
    const Reply submitted = act(token, id, "submit", "submit-1");
    ASSERT_EQ(submitted.status, 200) << submitted.body;

    // 確認待ち: 取下げ ×.
    const std::string key = "3f0b6c1e-7a52-4d0e-9c1a-6b8e2f4d5a70";
    const Reply refused = act(token, id, "withdraw", key);
    ASSERT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_status"_s);

    // The reviewer returns it; 要再申込 may be withdrawn by a new request.
    const AdminRun returned
        = admin({u"return"_s, submitted.json().value(u"number"_s).toString(), u"--comment"_s, kReturnComment});
    ASSERT_EQ(returned.exitCode, 0) << qPrintable(returned.err);
    ASSERT_EQ(status(id), u"resubmission_required"_s);

    // A retry of the refused request is that request: its answer is the first one, and nothing runs.
    const Reply replay = act(token, id, "withdraw", key);
    EXPECT_EQ(replay.status, 409);
    EXPECT_EQ(replay.body, refused.body);
    EXPECT_EQ(status(id), u"resubmission_required"_s);
    EXPECT_EQ(version(id), 3);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM idempotency"_s).toInt(), 2);

    const Reply withdrawn = act(token, id, "withdraw", "8d2e4f60-1b3c-4a5d-8e7f-9a0b1c2d3e4f");
    EXPECT_EQ(withdrawn.status, 200) << withdrawn.body;
    EXPECT_EQ(withdrawn.json().value(u"status"_s).toString(), u"withdrawn"_s);
}

TEST_P(SecondPathsTest, AResubmissionIsCheckedByTheFormsRules)
{
    const std::string token = login(kVsysIdA);
    // The company section is switched to "changed", valid at first.
    QJsonObject content{{u"changes_from_existing"_s, QJsonObject{{u"company"_s, true}}}};
    QJsonObject company = registrationOfVenueA().value(u"company"_s).toObject();
    content.insert(u"company"_s, company);
    const QString id = returnedApplication(token, content);

    company.insert(u"phone"_s, u"03-1234-567"_s);
    content.insert(u"company"_s, company);
    ASSERT_EQ(putApplication(token, id, content, 3).status, 200);
    const Reply refused = act(token, id, "resubmit", "resubmit-invalid");
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.body,
              R"({"error":"invalid_field","field":"content.company.phone","message":")"
              R"(代表電話番号：市外局番を含めて10桁で入力してください（入力されたのは9桁です）。"})");
    EXPECT_EQ(status(id), u"resubmission_required"_s);
    EXPECT_EQ(version(id), 4);
    EXPECT_EQ(scalar(u"SELECT review_comment FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString(),
              kReturnComment);

    company.insert(u"phone"_s, u"03-1234-5678"_s);
    content.insert(u"company"_s, company);
    ASSERT_EQ(putApplication(token, id, content, 4).status, 200);
    const Reply resubmitted = act(token, id, "resubmit", "resubmit-valid");
    EXPECT_EQ(resubmitted.status, 200) << resubmitted.body;
    EXPECT_EQ(resubmitted.json().value(u"status"_s).toString(), u"awaiting_review"_s);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         SecondPathsTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
