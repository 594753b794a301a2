// SPDX-License-Identifier: MIT
// Tests of the 問い合わせ endpoints (POST, GET /inquiries, GET /inquiries/{id}) and vsysdesk-admin's
// list-inquiries, show-inquiry and answer-inquiry: who and when are the server's, the form's rules and bounds,
// the Idempotency-Key, venue isolation, the per-venue cap under concurrency, paging, and the answer reaching
// the venue through GET /changes (kind "inquiry"); over HTTPS, on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "server/service/VenueLimits.h"
#include "server/storage/InquiryRepository.h"
#include "server/storage/SqlTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <latch>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

const QDateTime kDemoNow = QDateTime(QDate(2022, 3, 1), QTime(10, 0), QTimeZone(9 * 3600)).toUTC();

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// An inquiry as the client sends it.
QJsonObject body(const QString& id, const QString& text = u"ログインできません。"_s)
{
    return {{u"id"_s, id},
            {u"phone"_s, u"03-1234-5678"_s},
            {u"category"_s, u"login"_s},
            {u"detail"_s, u"cannot_login"_s},
            {u"body"_s, text}};
}

std::string text(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

class InquiryApiTest : public ApiTest
{
protected:
    ServerClock serverClock() const override { return ServerClock::startingAt(kDemoNow); }

    Reply post(const std::string& token, const QJsonObject& inquiry, const std::string& key = {})
    {
        return send("POST", "/api/v1/inquiries", token, text(inquiry),
                    {{"Idempotency-Key", key.empty() ? newId().toStdString() : key}});
    }

    int inquiryRows(const QString& venueId)
    {
        return scalar(u"SELECT COUNT(*) FROM inquiry WHERE venue_id = :venue"_s, {{u"venue"_s, venueId}}).toInt();
    }

    /// `count` inquiries of venue A stored directly, numbered 1…count, each a second later than the previous.
    QStringList insertInquiries(int count)
    {
        QStringList ids;
        SqlTransaction transaction(storage());
        EXPECT_TRUE(transaction.begin());
        InquiryRepository inquiries(storage());
        for (int i = 1; i <= count; ++i) {
            core::Inquiry inquiry;
            inquiry.id = newId();
            inquiry.phone = u"0312345678"_s;
            inquiry.category = u"other"_s;
            inquiry.detail = u"other"_s;
            inquiry.body = u"質問 %1"_s.arg(i);
            inquiry.sentBy = QString::fromLatin1(kVsysIdA);
            inquiry.sentAt = kDemoNow.addSecs(-count + i);
            EXPECT_TRUE(inquiries.insert(m_venueA, i, inquiry));
            ids.append(inquiry.id);
        }
        EXPECT_TRUE(transaction.commit());
        return ids;
    }
};

TEST_P(InquiryApiTest, AnInquiryIsStoredWithTheServersWhoAndWhenAndReadBack)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    QJsonObject sent = body(id, u"  パスワードを忘れました。  "_s);
    // Who, when and an answer from the client are not believed.
    sent.insert(u"sent_by"_s, u"9999999999"_s);
    sent.insert(u"sent_at"_s, u"2020-01-01T00:00:00.000Z"_s);
    sent.insert(u"answer"_s, u"自分で回答"_s);
    const Reply created = post(token, sent);
    ASSERT_EQ(created.status, 201) << created.body;
    const QString sentAt = created.json().value(u"sent_at"_s).toString();
    const QDateTime at = QDateTime::fromString(sentAt, Qt::ISODateWithMs);
    EXPECT_GE(at, kDemoNow);
    EXPECT_LT(at, kDemoNow.addSecs(60));
    // The bytes on the wire: the phone as digits, the content trimmed.
    EXPECT_EQ(
        created.body,
        (uR"({"answer":null,"answered_at":null,"body":"パスワードを忘れました。","category":"login","detail":"cannot_login","id":")"_s
         + id + uR"(","phone":"0312345678","sent_at":")"_s + sentAt + uR"(","sent_by":"1310000033","status":"sent"})"_s)
            .toStdString());
    const Reply one = get("/api/v1/inquiries/" + id.toStdString(), token);
    EXPECT_EQ(one.status, 200);
    EXPECT_EQ(one.body, created.body);
    const QJsonArray listed = get("/api/v1/inquiries", token).json().value(u"inquiries"_s).toArray();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().toObject(), created.json());
}

TEST_P(InquiryApiTest, AnotherVenuesInquiryIs404AndNotListedNorInItsChanges)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const QString id = newId();
    ASSERT_EQ(post(tokenA, body(id)).status, 201);
    const Reply other = get("/api/v1/inquiries/" + id.toStdString(), tokenB);
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.json().value(u"error"_s).toString(), u"not_found"_s);
    EXPECT_EQ(get("/api/v1/inquiries/not-a-uuid", tokenA).status, 404);
    EXPECT_TRUE(get("/api/v1/inquiries", tokenB).json().value(u"inquiries"_s).toArray().isEmpty());
    ASSERT_EQ(admin({u"answer-inquiry"_s, id, u"--text"_s, u"回答です。"_s}).exitCode, 0);
    for (const QJsonValue& change : get("/api/v1/changes?since=0", tokenB).json().value(u"changes"_s).toArray()) {
        EXPECT_NE(change.toObject().value(u"id"_s).toString(), id);
    }
    EXPECT_EQ(get("/api/v1/inquiries", {}).status, 401);
}

TEST_P(InquiryApiTest, AResendWithTheSameKeyRepeatsTheFirstAnswerAndStoresOneInquiry)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    const Reply first = post(token, body(id), "inquiry-key-1");
    ASSERT_EQ(first.status, 201);
    const Reply again = post(token, body(id), "inquiry-key-1");
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(inquiryRows(m_venueA), 1);
    const Reply taken = post(token, body(id), "inquiry-key-2");
    EXPECT_EQ(taken.status, 400);
    EXPECT_EQ(taken.json().value(u"field"_s).toString(), u"id"_s);
    EXPECT_EQ(inquiryRows(m_venueA), 1);
}

TEST_P(InquiryApiTest, EveryValueIsCheckedAndTheRefusalNamesTheField)
{
    const std::string token = login(kVsysIdA);
    const auto fieldOf = [&](const QJsonObject& inquiry) {
        const Reply refused = post(token, inquiry);
        EXPECT_EQ(refused.status, 400) << refused.body;
        EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_field"_s);
        return refused.json().value(u"field"_s).toString();
    };
    const auto with = [](const QString& key, const QJsonValue& value) {
        QJsonObject changed = body(newId());
        changed.insert(key, value);
        return changed;
    };
    EXPECT_EQ(fieldOf(with(u"id"_s, u"ABC"_s)), u"id"_s);
    EXPECT_EQ(fieldOf(with(u"phone"_s, u"12345"_s)), u"phone"_s);
    EXPECT_EQ(fieldOf(with(u"phone"_s, 312345678)), u"phone"_s);
    EXPECT_EQ(fieldOf(with(u"category"_s, u"nothing"_s)), u"category"_s);
    EXPECT_EQ(fieldOf(with(u"detail"_s, u"performance"_s)), u"detail"_s);
    EXPECT_EQ(fieldOf(with(u"body"_s, u"   "_s)), u"body"_s);
    EXPECT_EQ(fieldOf(with(u"body"_s, QString(4001, u'問'))), u"body"_s);
    EXPECT_EQ(send("POST", "/api/v1/inquiries", token, text(body(newId())), {}).json().value(u"error"_s).toString(),
              u"missing_idempotency_key"_s);
    EXPECT_EQ(inquiryRows(m_venueA), 0);
    EXPECT_EQ(post(token, with(u"body"_s, QString(4000, u'問'))).status, 201);
}

TEST_P(InquiryApiTest, ConcurrentInquiriesCannotPassTheVenuesCap)
{
    EXPECT_EQ(venueLimits::kMaxInquiries, 1000);
    insertInquiries(venueLimits::kMaxInquiries - 1);
    const std::string token = login(kVsysIdA);
    constexpr int kRacers = 8;
    std::latch start(kRacers);
    std::vector<Reply> replies(kRacers);
    std::vector<std::thread> racers;
    for (int i = 0; i < kRacers; ++i) {
        racers.emplace_back([&, i] {
            const QJsonObject inquiry = body(newId());
            start.arrive_and_wait();
            replies[size_t(i)] = post(token, inquiry);
        });
    }
    for (std::thread& racer : racers) {
        racer.join();
    }
    int created = 0;
    for (const Reply& reply : replies) {
        if (reply.status == 201) {
            ++created;
            continue;
        }
        EXPECT_EQ(reply.status, 409) << reply.body;
        EXPECT_EQ(reply.json().value(u"error"_s).toString(), u"too_many_inquiries"_s);
        EXPECT_FALSE(reply.json().value(u"message"_s).toString().isEmpty());
    }
    EXPECT_EQ(created, 1);
    EXPECT_EQ(inquiryRows(m_venueA), venueLimits::kMaxInquiries);
    EXPECT_EQ(post(login(kVsysIdB), body(newId())).status, 201);
}

TEST_P(InquiryApiTest, TheListIsPagedNewestFirst)
{
    const std::string token = login(kVsysIdA);
    QStringList ids = insertInquiries(120);
    std::reverse(ids.begin(), ids.end());
    QStringList seen;
    std::vector<qsizetype> sizes;
    std::string path = "/api/v1/inquiries";
    for (int guard = 0; guard < 10; ++guard) {
        const QJsonObject page = get(path, token).json();
        const QJsonArray inquiries = page.value(u"inquiries"_s).toArray();
        sizes.push_back(inquiries.size());
        for (const QJsonValue& inquiry : inquiries) {
            seen.append(inquiry.toObject().value(u"id"_s).toString());
        }
        if (page.value(u"next"_s).isNull()) {
            break;
        }
        path = "/api/v1/inquiries?after=" + page.value(u"next"_s).toString().toStdString();
    }
    EXPECT_EQ(sizes, (std::vector<qsizetype>{50, 50, 20}));
    EXPECT_EQ(seen, ids);
    EXPECT_EQ(get("/api/v1/inquiries?limit=7", token).json().value(u"inquiries"_s).toArray().size(), 7);
    EXPECT_EQ(get("/api/v1/inquiries?limit=500", token).json().value(u"inquiries"_s).toArray().size(), 50);
    for (const std::string& bad : {std::string("?after=x"), std::string("?after=0"), std::string("?limit=0")}) {
        const Reply refused = get("/api/v1/inquiries" + bad, token);
        EXPECT_EQ(refused.status, 400) << bad;
        EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_field"_s) << bad;
    }
}

TEST_P(InquiryApiTest, AnAnswerGivenWithTheAdminToolReachesTheVenueAsAChangeOfKindInquiry)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    ASSERT_EQ(post(token, body(id)).status, 201);
    ASSERT_EQ(post(login(kVsysIdB), body(newId())).status, 201);
    const qint64 cursor = get("/api/v1/changes?since=0", token).json().value(u"cursor"_s).toVariant().toLongLong();

    const AdminRun unanswered = admin({u"list-inquiries"_s, u"--unanswered"_s});
    ASSERT_EQ(unanswered.exitCode, 0) << unanswered.err.toStdString();
    const QJsonObject listing = QJsonDocument::fromJson(unanswered.out.toUtf8()).object();
    ASSERT_EQ(listing.value(u"inquiries"_s).toArray().size(), 2);
    const QJsonObject first = listing.value(u"inquiries"_s).toArray().first().toObject();
    EXPECT_EQ(first.value(u"venue_id"_s).toString(), m_venueA);
    EXPECT_EQ(first.value(u"label"_s).toString(), u"ログイン・パスワード / ログインできない"_s);
    EXPECT_EQ(first.value(u"answers"_s).toInt(), 0);

    const AdminRun answered = admin({u"answer-inquiry"_s, id, u"--text"_s, u"  パスワードを再設定してください。 "_s});
    ASSERT_EQ(answered.exitCode, 0) << answered.err.toStdString();
    const QJsonObject change = [&] {
        const QJsonArray changes
            = get("/api/v1/changes?since=" + std::to_string(cursor), token).json().value(u"changes"_s).toArray();
        EXPECT_EQ(changes.size(), 1);
        return changes.isEmpty() ? QJsonObject() : changes.first().toObject();
    }();
    EXPECT_EQ(change.value(u"kind"_s).toString(), u"inquiry"_s);
    EXPECT_EQ(change.value(u"id"_s).toString(), id);
    const QJsonObject data = change.value(u"data"_s).toObject();
    EXPECT_EQ(data.value(u"answer"_s).toString(), u"パスワードを再設定してください。"_s);
    EXPECT_EQ(data.value(u"status"_s).toString(), u"answered"_s);
    EXPECT_FALSE(data.value(u"answered_at"_s).isNull());
    EXPECT_EQ(get("/api/v1/inquiries/" + id.toStdString(), token).json(), data);

    // Only the other venue's is still waiting; the venue filter and show-inquiry agree.
    const QJsonObject remaining
        = QJsonDocument::fromJson(admin({u"list-inquiries"_s, u"--unanswered"_s}).out.toUtf8()).object();
    ASSERT_EQ(remaining.value(u"inquiries"_s).toArray().size(), 1);
    EXPECT_EQ(remaining.value(u"inquiries"_s).toArray().first().toObject().value(u"venue_id"_s).toString(), m_venueB);
    EXPECT_EQ(QJsonDocument::fromJson(admin({u"list-inquiries"_s, u"--venue"_s, m_venueA}).out.toUtf8())
                  .object()
                  .value(u"inquiries"_s)
                  .toArray()
                  .size(),
              1);
    const AdminRun shown = admin({u"show-inquiry"_s, id});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"answers"_s).toInt(), 1);
}

TEST_P(InquiryApiTest, ASecondAnswerNeedsReplaceAndEveryAnswerIsBounded)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    ASSERT_EQ(post(token, body(id)).status, 201);
    ASSERT_EQ(admin({u"answer-inquiry"_s, id, u"--text"_s, u"一度目"_s}).exitCode, 0);
    const AdminRun again = admin({u"answer-inquiry"_s, id, u"--text"_s, u"二度目"_s});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"--replace"_s)) << again.err.toStdString();
    EXPECT_EQ(get("/api/v1/inquiries/" + id.toStdString(), token).json().value(u"answer"_s).toString(), u"一度目"_s);

    QTemporaryDir dir;
    QFile file(dir.filePath(u"answer.txt"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(u"二度目の回答です。\n"_s.toUtf8());
    file.close();
    const AdminRun replaced = admin({u"answer-inquiry"_s, id, u"--file"_s, file.fileName(), u"--replace"_s});
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(replaced.out.toUtf8()).object().value(u"answers"_s).toInt(), 2);
    EXPECT_EQ(get("/api/v1/inquiries/" + id.toStdString(), token).json().value(u"answer"_s).toString(),
              u"二度目の回答です。"_s);

    EXPECT_EQ(admin({u"answer-inquiry"_s, id, u"--text"_s, QString(4001, u'答'), u"--replace"_s}).exitCode, 1);
    EXPECT_EQ(admin({u"answer-inquiry"_s, id, u"--text"_s, u" "_s, u"--replace"_s}).exitCode, 1);
    EXPECT_EQ(admin({u"answer-inquiry"_s, id}).exitCode, 2);
    EXPECT_EQ(admin({u"answer-inquiry"_s, id, u"--text"_s, u"a"_s, u"--file"_s, file.fileName()}).exitCode, 2);
    EXPECT_EQ(admin({u"answer-inquiry"_s, newId(), u"--text"_s, u"a"_s}).exitCode, 1);
    EXPECT_EQ(admin({u"show-inquiry"_s, newId()}).exitCode, 1);
    EXPECT_EQ(admin({u"list-inquiries"_s, u"--page"_s, u"2"_s}).exitCode, 1);
    EXPECT_EQ(get("/api/v1/inquiries/" + id.toStdString(), token).json().value(u"answer"_s).toString(),
              u"二度目の回答です。"_s);
}

INSTANTIATE_TEST_SUITE_P(Databases, InquiryApiTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace

} // namespace vsys::server::test
