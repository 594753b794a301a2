// SPDX-License-Identifier: MIT
// Tests of what the ministry does through vsysdesk-admin and how venues see it: review results,
// 委任状 downloads, クール and 分配実績, and the GET /changes cursor; on SQLite and PostgreSQL.
#include "ServerTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

const QString kReturnComment = u"会場住所/郵便番号について見直しいただき、修正後再度の申込をお願いします。"_s;

class ReviewAndChangesTest : public ApiTest
{
protected:
    /// A submitted application of venue A; returns its number.
    QString submitted(const std::string& token, const QString& id)
    {
        EXPECT_EQ(putApplication(token, id, {{u"venue"_s, QJsonObject{}}}).status, 201);
        const Reply submit = act(token, id, "submit", QUuid::createUuid().toString().toStdString());
        EXPECT_EQ(submit.status, 200) << submit.body;
        return submit.json().value(u"number"_s).toString();
    }

    QJsonObject changes(const std::string& token, qint64 since)
    {
        const Reply reply = get("/api/v1/changes?since=" + std::to_string(since), token);
        EXPECT_EQ(reply.status, 200) << reply.body;
        return reply.json();
    }
};

TEST_P(ReviewAndChangesTest, AReturnByTheReviewerReachesTheVenueThroughChanges)
{
    const std::string token = login(kVsysIdA);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString number = submitted(token, id);
    const qint64 cursor = qint64(changes(token, 0).value(u"cursor"_s).toDouble());

    const AdminRun waiting = admin({u"list-waiting"_s});
    ASSERT_EQ(waiting.exitCode, 0) << qPrintable(waiting.err);
    EXPECT_TRUE(waiting.out.contains(number));

    const AdminRun returned = admin({u"return"_s, number, u"--comment"_s, kReturnComment});
    ASSERT_EQ(returned.exitCode, 0) << qPrintable(returned.err);

    const QJsonObject feed = changes(token, cursor);
    const QJsonArray list = feed.value(u"changes"_s).toArray();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject change = list.first().toObject();
    EXPECT_EQ(change.value(u"kind"_s).toString(), u"application"_s);
    EXPECT_EQ(change.value(u"id"_s).toString(), id);
    const QJsonObject record = change.value(u"data"_s).toObject();
    EXPECT_EQ(record.value(u"status"_s).toString(), u"resubmission_required"_s);
    EXPECT_EQ(record.value(u"review_comment"_s).toString(), kReturnComment);
    EXPECT_EQ(record.value(u"version"_s).toInt(), 3);
    EXPECT_FALSE(record.value(u"reviewed_at"_s).isNull());
    EXPECT_GT(feed.value(u"cursor"_s).toDouble(), double(cursor));

    // 要再申込 may be edited and resubmitted by the venue again.
    EXPECT_EQ(putApplication(token, id, {{u"fixed"_s, true}}, 3).status, 200);
    const Reply resubmitted = act(token, id, "resubmit", "r-1");
    EXPECT_EQ(resubmitted.status, 200);
    EXPECT_EQ(resubmitted.json().value(u"status"_s).toString(), u"awaiting_review"_s);
    EXPECT_EQ(resubmitted.json().value(u"number"_s).toString(), number);
}

TEST_P(ReviewAndChangesTest, AReturnNeedsACommentAndTheRightStatus)
{
    const std::string token = login(kVsysIdA);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_EQ(putApplication(token, id, {}).status, 201);

    const AdminRun noComment = admin({u"return"_s, id, u"--comment"_s, u"  "_s});
    EXPECT_EQ(noComment.exitCode, 1);
    EXPECT_EQ(noComment.err.trimmed(),
              u"vsysdesk-admin: コメント：接種会場が再申込の前に修正すべき点を書いてください。"_s);
    const AdminRun draft = admin({u"return"_s, id, u"--comment"_s, kReturnComment});
    EXPECT_EQ(draft.exitCode, 1);
    EXPECT_EQ(draft.err.trimmed(), u"vsysdesk-admin: ステータスが「一時保存中」の申込は返却（要再申込）できません。"_s);
    EXPECT_EQ(scalar(u"SELECT status FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString(), u"draft"_s);
}

TEST_P(ReviewAndChangesTest, AConfirmationWithANewVsysIdCreatesTheAccount)
{
    const std::string token = login(kVsysIdA);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString number = submitted(token, id);

    const AdminRun confirmed = admin({u"confirm"_s, number, u"--new-vsys-id"_s, u"1310000041"_s, u"--password-stdin"_s},
                                     u"new-password-for-3rd\n"_s);
    ASSERT_EQ(confirmed.exitCode, 0) << qPrintable(confirmed.err);
    const Reply record = get("/api/v1/applications/" + id.toStdString(), token);
    EXPECT_EQ(record.json().value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(record.json().value(u"issued_vsys_id"_s).toString(), u"1310000041"_s);

    const Reply session
        = send("POST", "/api/v1/session", {}, R"({"vsys_id":"1310000041","password":"new-password-for-3rd"})");
    ASSERT_EQ(session.status, 201) << session.body;
    EXPECT_EQ(session.json().value(u"venue"_s).toObject().value(u"id"_s).toString(), m_venueA);
    const Reply venue = get("/api/v1/venue", token);
    EXPECT_EQ(venue.json().value(u"vsys_ids"_s).toVariant().toStringList(),
              (QStringList{u"1310000033"_s, u"1310000041"_s}));
}

TEST_P(ReviewAndChangesTest, TheCursorOnlyBringsNewerChangesOfTheOwnVenue)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const QJsonObject first = changes(tokenA, 0);
    const QJsonArray initial = first.value(u"changes"_s).toArray();
    ASSERT_EQ(initial.size(), 1);
    EXPECT_EQ(initial.first().toObject().value(u"kind"_s).toString(), u"venue"_s);
    EXPECT_EQ(initial.first().toObject().value(u"data"_s).toObject().value(u"id"_s).toString(), m_venueA);
    const qint64 cursor = qint64(first.value(u"cursor"_s).toDouble());

    const QString idA = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_EQ(putApplication(tokenA, idA, {}).status, 201);
    ASSERT_EQ(putApplication(tokenB, QUuid::createUuid().toString(QUuid::WithoutBraces), {}).status, 201);
    ASSERT_EQ(putApplication(tokenA, idA, {{u"second"_s, 2}}, 1).status, 200);

    const QJsonObject next = changes(tokenA, cursor);
    const QJsonArray list = next.value(u"changes"_s).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().toObject().value(u"id"_s).toString(), idA);
    EXPECT_EQ(list.first().toObject().value(u"data"_s).toObject().value(u"version"_s).toInt(), 2);

    const qint64 latest = qint64(next.value(u"cursor"_s).toDouble());
    const QJsonObject none = changes(tokenA, latest);
    EXPECT_TRUE(none.value(u"changes"_s).toArray().isEmpty());
    EXPECT_EQ(qint64(none.value(u"cursor"_s).toDouble()), latest);

    const Reply bad = get("/api/v1/changes?since=-3", tokenA);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json().value(u"field"_s).toString(), u"since"_s);
}

TEST_P(ReviewAndChangesTest, ADelegationDownloadIsCounted)
{
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(u"委任状.pdf"_s);
    QFile pdf(pdfPath);
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    const QByteArray bytes = "%PDF-1.4\n% a test document\n%%EOF\n";
    pdf.write(bytes);
    pdf.close();

    const AdminRun uploaded = admin({u"upload-delegation"_s, u"--venue"_s, m_venueA, pdfPath});
    ASSERT_EQ(uploaded.exitCode, 0) << qPrintable(uploaded.err);
    const std::string token = login(kVsysIdA);
    const QJsonArray documents = get("/api/v1/documents", token).json().value(u"documents"_s).toArray();
    ASSERT_EQ(documents.size(), 1);
    const QJsonObject document = documents.first().toObject();
    EXPECT_EQ(document.value(u"filename"_s).toString(), u"委任状.pdf"_s);
    EXPECT_EQ(document.value(u"kind"_s).toString(), u"delegation"_s);
    EXPECT_EQ(document.value(u"size"_s).toInt(), bytes.size());
    EXPECT_EQ(document.value(u"download_count"_s).toInt(), 0);
    const std::string id = document.value(u"id"_s).toString().toStdString();

    const Reply content = get("/api/v1/documents/" + id + "/content", token);
    ASSERT_EQ(content.status, 200);
    EXPECT_EQ(content.body, bytes.toStdString());
    EXPECT_EQ(content.header("Content-Type"), "application/pdf");
    EXPECT_EQ(scalar(u"SELECT download_count FROM document WHERE id = :id"_s, {{u"id"_s, QString::fromStdString(id)}})
                  .toInt(),
              1);
    ASSERT_EQ(get("/api/v1/documents/" + id + "/content", token).status, 200);
    EXPECT_EQ(
        get("/api/v1/documents", token).json().value(u"documents"_s)[0].toObject().value(u"download_count"_s).toInt(),
        2);

    // Venue B sees neither the list entry nor the file, and its attempt counts nothing.
    const std::string tokenB = login(kVsysIdB);
    EXPECT_TRUE(get("/api/v1/documents", tokenB).json().value(u"documents"_s).toArray().isEmpty());
    EXPECT_EQ(get("/api/v1/documents/" + id + "/content", tokenB).status, 404);
    EXPECT_EQ(scalar(u"SELECT download_count FROM document WHERE id = :id"_s, {{u"id"_s, QString::fromStdString(id)}})
                  .toInt(),
              2);
}

TEST_P(ReviewAndChangesTest, CoolsCarryTheOwnVenuesAllocation)
{
    ASSERT_EQ(
        admin({u"set-cool"_s, u"--id"_s, u"3"_s, u"--start"_s, u"2022-03-28"_s, u"--end"_s, u"2022-04-10"_s,
               u"--delivery-week"_s, u"2022-03-21"_s, u"--deadline"_s, u"2022-03-08T15:00"_s, u"--state"_s, u"open"_s})
            .exitCode,
        0);
    const AdminRun allocated
        = admin({u"set-allocation"_s, u"--venue"_s, m_venueA, u"--cool"_s, u"3"_s, u"--boxes"_s, u"2"_s});
    ASSERT_EQ(allocated.exitCode, 0) << qPrintable(allocated.err);
    const AdminRun locked = admin({u"lock-cool"_s, u"--id"_s, u"3"_s});
    ASSERT_EQ(locked.exitCode, 0) << qPrintable(locked.err);

    const QJsonObject expectedA{{u"id"_s, 3},
                                {u"start"_s, u"2022-03-28"_s},
                                {u"end"_s, u"2022-04-10"_s},
                                {u"delivery_week"_s, u"2022-03-21"_s},
                                {u"change_deadline"_s, u"2022-03-08T06:00:00.000Z"_s},
                                {u"state"_s, u"locked"_s},
                                {u"locked_until"_s, QJsonValue::Null},
                                {u"allocated_boxes"_s, 2},
                                {u"allocated_needle_boxes"_s, QJsonValue::Null},
                                {u"delivery_date"_s, QJsonValue::Null}};
    const Reply coolsA = get("/api/v1/cools", login(kVsysIdA));
    EXPECT_EQ(coolsA.json().value(u"cools"_s).toArray(), QJsonArray{expectedA});
    QJsonObject expectedB = expectedA;
    expectedB.insert(u"allocated_boxes"_s, QJsonValue::Null);
    const std::string tokenB = login(kVsysIdB);
    EXPECT_EQ(get("/api/v1/cools", tokenB).json().value(u"cools"_s).toArray(), QJsonArray{expectedB});
    // The calendar is everyone's: B's feed has the クール once, without A's boxes.
    const QJsonArray feedB = changes(tokenB, 0).value(u"changes"_s).toArray();
    int cools = 0;
    for (const QJsonValue& change : feedB) {
        if (change.toObject().value(u"kind"_s).toString() == u"cool"_s) {
            ++cools;
            EXPECT_EQ(change.toObject().value(u"data"_s).toObject(), expectedB);
        }
    }
    EXPECT_EQ(cools, 1);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         ReviewAndChangesTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
