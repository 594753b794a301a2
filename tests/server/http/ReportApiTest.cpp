// SPDX-License-Identifier: MIT
// Tests of the 実績・廃棄の報告 endpoints (POST, GET /reports, GET /reports/{id}) at the demo's date
// (2022-03-01 10:00 JST): who and when are the server's, a lowered total needs a reason, every report
// is kept, the Idempotency-Key, bounded values, venue isolation, the per-venue cap under concurrency, paging,
// GET /changes and vsysdesk-admin list-reports (JSON and CSV); over HTTPS, on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "core/JapaneseFormat.h"
#include "core/report/ReportRules.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ReportRepository.h"
#include "server/storage/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
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

/// A report body as the client sends it.
QJsonObject body(const QString& id,
                 int third,
                 int second,
                 int wasted,
                 const QString& asOf = u"2022-03-01"_s,
                 const QJsonValue& reason = QJsonValue::Null)
{
    return {{u"id"_s, id},
            {u"vaccine"_s, u"moderna_workplace"_s},
            {u"as_of"_s, asOf},
            {u"third_doses"_s, third},
            {u"first_doses"_s, 0},
            {u"second_doses"_s, second},
            {u"wasted_vials"_s, wasted},
            {u"correction_reason"_s, reason}};
}

std::string text(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

class ReportApiTest : public ApiTest
{
protected:
    ServerClock serverClock() const override { return ServerClock::startingAt(kDemoNow); }

    Reply post(const std::string& token, const QJsonObject& report, const std::string& key = {})
    {
        return send("POST", "/api/v1/reports", token, text(report),
                    {{"Idempotency-Key", key.empty() ? newId().toStdString() : key}});
    }

    int reportRows(const QString& venueId)
    {
        return scalar(u"SELECT COUNT(*) FROM report WHERE venue_id = :venue"_s, {{u"venue"_s, venueId}}).toInt();
    }

    /// `count` reports of venue A stored directly, numbered 1…count, each a day later than the previous.
    QStringList insertReports(int count, const QString& vaccine = u"moderna_workplace"_s)
    {
        QStringList ids;
        SqlTransaction transaction(storage());
        EXPECT_TRUE(transaction.begin());
        ReportRepository reports(storage());
        for (int i = 1; i <= count; ++i) {
            core::PerformanceReport report;
            report.id = newId();
            report.vaccine = vaccine;
            report.asOf = QDate(2022, 2, 14);
            report.thirdDoses = i;
            report.reportedBy = QString::fromLatin1(kVsysIdA);
            report.reportedAt = kDemoNow.addSecs(-count + i);
            EXPECT_TRUE(reports.insert(m_venueA, i, report));
            ids.append(report.id);
        }
        EXPECT_TRUE(transaction.commit());
        return ids;
    }
};

TEST_P(ReportApiTest, AReportIsStoredWithTheServersWhoAndWhenAndReadBack)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    QJsonObject sent = body(id, 80, 10, 1);
    // Who and when from the client are not believed.
    sent.insert(u"reported_by"_s, u"9999999999"_s);
    sent.insert(u"reported_at"_s, u"2020-01-01T00:00:00.000Z"_s);
    const Reply created = post(token, sent);
    ASSERT_EQ(created.status, 201) << created.body;
    const QString reportedAt = created.json().value(u"reported_at"_s).toString();
    const QDateTime at = QDateTime::fromString(reportedAt, Qt::ISODateWithMs);
    EXPECT_GE(at, kDemoNow);
    EXPECT_LT(at, kDemoNow.addSecs(60));
    // The bytes on the wire.
    EXPECT_EQ(
        created.body,
        (uR"({"as_of":"2022-03-01","correction_reason":null,"first_doses":0,"id":")"_s + id + uR"(","reported_at":")"_s
         + reportedAt
         + uR"(","reported_by":"1310000033","second_doses":10,"third_doses":80,"vaccine":"moderna_workplace","wasted_vials":1})"_s)
            .toStdString());

    const Reply one = get("/api/v1/reports/" + id.toStdString(), token);
    EXPECT_EQ(one.status, 200);
    EXPECT_EQ(one.body, created.body);
    const QJsonArray listed = get("/api/v1/reports", token).json().value(u"reports"_s).toArray();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().toObject(), created.json());

    // The venue's other PCs get it through /changes.
    const QJsonArray changes = get("/api/v1/changes?since=0", token).json().value(u"changes"_s).toArray();
    const auto report = std::find_if(changes.begin(), changes.end(), [](const QJsonValue& change) {
        return change.toObject().value(u"kind"_s).toString() == u"report"_s;
    });
    ASSERT_NE(report, changes.end());
    EXPECT_EQ(report->toObject().value(u"id"_s).toString(), id);
    EXPECT_EQ(report->toObject().value(u"data"_s).toObject(), created.json());
}

TEST_P(ReportApiTest, ALoweredTotalWithoutReasonIs400NamingTheFigureAndWithAReasonTheReasonIsKept)
{
    const std::string token = login(kVsysIdA);
    ASSERT_EQ(post(token, body(newId(), 80, 10, 3, u"2022-02-28"_s)).status, 201);

    const Reply refused = post(token, body(newId(), 70, 10, 3));
    EXPECT_EQ(refused.status, 400) << refused.body;
    EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_field"_s);
    EXPECT_EQ(refused.json().value(u"field"_s).toString(), u"third_doses"_s);
    // The message names the figure with both totals and the day of the previous report.
    const QString message = refused.json().value(u"message"_s).toString();
    EXPECT_TRUE(message.startsWith(core::ReportRules::label(core::ReportFigure::ThirdDoses))) << message.toStdString();
    EXPECT_TRUE(message.contains(u"70"_s) && message.contains(u"80"_s) && message.contains(u"2022/02/28"_s))
        << message.toStdString();
    // The wasted vials too; an equal total is no correction.
    EXPECT_EQ(post(token, body(newId(), 80, 10, 2)).json().value(u"field"_s).toString(), u"wasted_vials"_s);
    EXPECT_EQ(post(token, body(newId(), 80, 10, 3)).status, 201);
    // A blank reason is no reason.
    EXPECT_EQ(post(token, body(newId(), 70, 10, 3, u"2022-03-01"_s, u"   "_s)).status, 400);
    EXPECT_EQ(reportRows(m_venueA), 2);

    const Reply corrected = post(token, body(newId(), 70, 10, 3, u"2022-03-01"_s, u"  二重に数えていた10回を訂正  "_s));
    ASSERT_EQ(corrected.status, 201) << corrected.body;
    EXPECT_EQ(corrected.json().value(u"correction_reason"_s).toString(), u"二重に数えていた10回を訂正"_s);
    EXPECT_EQ(scalar(u"SELECT correction_reason FROM report WHERE id = :id"_s,
                     {{u"id"_s, corrected.json().value(u"id"_s).toString()}})
                  .toString(),
              u"二重に数えていた10回を訂正"_s);
    // Every report is kept; the next one compares with the corrected total.
    EXPECT_EQ(reportRows(m_venueA), 3);
    EXPECT_EQ(post(token, body(newId(), 75, 10, 3)).status, 201);
}

TEST_P(ReportApiTest, AnotherVenuesReportIs404AndItsTotalsAreNotCompared)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const QString id = newId();
    ASSERT_EQ(post(tokenA, body(id, 500, 10, 1)).status, 201);

    const Reply other = get("/api/v1/reports/" + id.toStdString(), tokenB);
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.json().value(u"error"_s).toString(), u"not_found"_s);
    EXPECT_EQ(get("/api/v1/reports/not-a-uuid", tokenB).status, 404);
    EXPECT_TRUE(get("/api/v1/reports", tokenB).json().value(u"reports"_s).toArray().isEmpty());
    // B's first report is lower than A's and needs no reason: each venue has its own totals.
    EXPECT_EQ(post(tokenB, body(newId(), 5, 0, 0)).status, 201);
    for (const QJsonValue& change : get("/api/v1/changes?since=0", tokenB).json().value(u"changes"_s).toArray()) {
        EXPECT_NE(change.toObject().value(u"id"_s).toString(), id);
    }
}

TEST_P(ReportApiTest, AResendWithTheSameKeyRepeatsTheFirstAnswerAndStoresOneReport)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    const Reply first = post(token, body(id, 80, 10, 1), "report-key-1");
    ASSERT_EQ(first.status, 201);
    const Reply again = post(token, body(id, 80, 10, 1), "report-key-1");
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(reportRows(m_venueA), 1);
    // The same id under a new key is a second report with a taken id.
    const Reply taken = post(token, body(id, 90, 10, 1), "report-key-2");
    EXPECT_EQ(taken.status, 400);
    EXPECT_EQ(taken.json().value(u"field"_s).toString(), u"id"_s);
    EXPECT_EQ(reportRows(m_venueA), 1);
}

TEST_P(ReportApiTest, EveryValueIsBoundedAndTheRefusalNamesTheField)
{
    const std::string token = login(kVsysIdA);
    const auto fieldOf = [&](const QJsonObject& report) {
        const Reply refused = post(token, report);
        EXPECT_EQ(refused.status, 400) << refused.body;
        EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_field"_s);
        return refused.json().value(u"field"_s).toString();
    };
    const QJsonObject report = body(newId(), 80, 10, 1);
    const auto with = [&](const QString& key, const QJsonValue& value) {
        QJsonObject changed = report;
        if (value.isUndefined()) {
            changed.remove(key);
        } else {
            changed.insert(key, value);
        }
        return changed;
    };
    EXPECT_EQ(fieldOf(with(u"third_doses"_s, -1)), u"third_doses"_s);
    EXPECT_EQ(fieldOf(with(u"third_doses"_s, core::ReportRules::kMaxDoses + 1)), u"third_doses"_s);
    EXPECT_EQ(fieldOf(with(u"first_doses"_s, u"10"_s)), u"first_doses"_s);
    EXPECT_EQ(fieldOf(with(u"second_doses"_s, 1.5)), u"second_doses"_s);
    EXPECT_EQ(fieldOf(with(u"wasted_vials"_s, QJsonValue::Undefined)), u"wasted_vials"_s);
    EXPECT_EQ(fieldOf(with(u"wasted_vials"_s, core::ReportRules::kMaxWastedVials + 1)), u"wasted_vials"_s);
    EXPECT_EQ(fieldOf(with(u"vaccine"_s, u"astrazeneca_x"_s)), u"vaccine"_s);
    EXPECT_EQ(fieldOf(with(u"id"_s, u"ABC"_s)), u"id"_s);
    EXPECT_EQ(fieldOf(with(u"as_of"_s, u"2022/03/01"_s)), u"as_of"_s);
    // Not after the server's today (2022-03-01 in Japan), not before the first vaccinations.
    EXPECT_EQ(fieldOf(with(u"as_of"_s, u"2022-03-02"_s)), u"as_of"_s);
    EXPECT_EQ(fieldOf(with(u"as_of"_s, u"2021-02-16"_s)), u"as_of"_s);
    EXPECT_EQ(fieldOf(with(u"correction_reason"_s, QString(201, u'訂'))), u"correction_reason"_s);
    EXPECT_EQ(fieldOf(with(u"correction_reason"_s, 5)), u"correction_reason"_s);
    EXPECT_EQ(fieldOf(with(u"correction_reason"_s, u"a\uFFFEb"_s)), u"correction_reason"_s);
    EXPECT_EQ(send("POST", "/api/v1/reports", token, text(report), {}).json().value(u"error"_s).toString(),
              u"missing_idempotency_key"_s);
    EXPECT_EQ(post({}, report).status, 401);
    EXPECT_EQ(reportRows(m_venueA), 0);
    EXPECT_EQ(post(token, with(u"correction_reason"_s, QString(200, u'訂'))).status, 201);
    QJsonObject firstDay = with(u"as_of"_s, u"2021-02-17"_s);
    firstDay.insert(u"id"_s, newId());
    EXPECT_EQ(post(token, firstDay).status, 201);
}

TEST_P(ReportApiTest, ConcurrentReportsCannotPassTheVenuesCap)
{
    EXPECT_EQ(venueLimits::kMaxReports, 5000);
    insertReports(venueLimits::kMaxReports - 1);
    const std::string token = login(kVsysIdA);
    constexpr int kRacers = 8;
    std::latch start(kRacers);
    std::vector<Reply> replies(kRacers);
    std::vector<std::thread> racers;
    for (int i = 0; i < kRacers; ++i) {
        racers.emplace_back([&, i] {
            const QJsonObject report = body(newId(), venueLimits::kMaxReports + i, 0, 0);
            start.arrive_and_wait();
            replies[size_t(i)] = post(token, report);
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
        EXPECT_EQ(reply.json().value(u"error"_s).toString(), u"too_many_reports"_s);
        EXPECT_FALSE(reply.json().value(u"message"_s).toString().isEmpty());
    }
    EXPECT_EQ(created, 1);
    EXPECT_EQ(reportRows(m_venueA), venueLimits::kMaxReports);
    // Another venue is not affected.
    EXPECT_EQ(post(login(kVsysIdB), body(newId(), 1, 0, 0)).status, 201);
}

TEST_P(ReportApiTest, TheListIsPagedNewestFirstAndFilteredByVaccine)
{
    const std::string token = login(kVsysIdA);
    QStringList ids = insertReports(120);
    std::reverse(ids.begin(), ids.end());
    QStringList seen;
    std::vector<qsizetype> sizes;
    std::string path = "/api/v1/reports";
    for (int guard = 0; guard < 10; ++guard) {
        const QJsonObject page = get(path, token).json();
        const QJsonArray reports = page.value(u"reports"_s).toArray();
        sizes.push_back(reports.size());
        for (const QJsonValue& report : reports) {
            seen.append(report.toObject().value(u"id"_s).toString());
        }
        if (page.value(u"next"_s).isNull()) {
            break;
        }
        path = "/api/v1/reports?after=" + page.value(u"next"_s).toString().toStdString();
    }
    EXPECT_EQ(sizes, (std::vector<qsizetype>{50, 50, 20}));
    EXPECT_EQ(seen, ids);
    EXPECT_EQ(get("/api/v1/reports?limit=7", token).json().value(u"reports"_s).toArray().size(), 7);
    EXPECT_EQ(get("/api/v1/reports?limit=500", token).json().value(u"reports"_s).toArray().size(), 50);

    ASSERT_EQ(post(token,
                   [] {
                       QJsonObject pfizer = body(newId(), 3, 0, 0);
                       pfizer.insert(u"vaccine"_s, u"pfizer"_s);
                       return pfizer;
                   }())
                  .status,
              201);
    const QJsonArray pfizer = get("/api/v1/reports?vaccine=pfizer", token).json().value(u"reports"_s).toArray();
    ASSERT_EQ(pfizer.size(), 1);
    EXPECT_EQ(pfizer.first().toObject().value(u"third_doses"_s).toInt(), 3);
    for (const std::string& bad :
         {std::string("?vaccine=nope"), std::string("?after=x"), std::string("?after=0"), std::string("?limit=0")}) {
        const Reply refused = get("/api/v1/reports" + bad, token);
        EXPECT_EQ(refused.status, 400) << bad;
        EXPECT_EQ(refused.json().value(u"error"_s).toString(), u"invalid_field"_s) << bad;
    }
}

TEST_P(ReportApiTest, TheAdminToolListsReportsAsJsonAndAsCsvForExcel)
{
    const std::string token = login(kVsysIdA);
    ASSERT_EQ(post(token, body(newId(), 80, 10, 2, u"2022-02-28"_s)).status, 201);
    const QString reason = u"=1+1, \"二重\"計上を訂正"_s;
    const Reply corrected = post(token, body(newId(), 70, 10, 2, u"2022-03-01"_s, reason));
    ASSERT_EQ(corrected.status, 201);
    ASSERT_EQ(post(login(kVsysIdB), body(newId(), 5, 0, 0)).status, 201);

    const AdminRun json = admin({u"list-reports"_s, u"--venue"_s, m_venueA});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject listing = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(listing.value(u"page"_s).toInt(), 1);
    EXPECT_EQ(listing.value(u"pages"_s).toInt(), 1);
    const QJsonArray reports = listing.value(u"reports"_s).toArray();
    ASSERT_EQ(reports.size(), 2);
    QJsonObject newest = corrected.json();
    newest.insert(u"venue_id"_s, m_venueA);
    EXPECT_EQ(reports.first().toObject(), newest);
    EXPECT_EQ(
        QJsonDocument::fromJson(admin({u"list-reports"_s}).out.toUtf8()).object().value(u"reports"_s).toArray().size(),
        3);

    const AdminRun csv = admin({u"list-reports"_s, u"--venue"_s, m_venueA, u"--csv"_s});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QChar(0xFEFF)));
    EXPECT_TRUE(csv.out.endsWith(u"\r\n"_s));
    const QStringList lines = csv.out.mid(1).split(u"\r\n"_s);
    ASSERT_EQ(lines.size(), 4); // header, two reports, and the empty rest after the last CRLF
    EXPECT_EQ(lines.at(0).count(u','), 12);
    const QString at = core::JapaneseFormat::dateTime(
        QDateTime::fromString(corrected.json().value(u"reported_at"_s).toString(), Qt::ISODateWithMs));
    EXPECT_EQ(lines.at(1),
              m_venueA + u","_s + scalar(u"SELECT name FROM venue WHERE id = :id"_s, {{u"id"_s, m_venueA}}).toString()
                  + u","_s + corrected.json().value(u"id"_s).toString()
                  + u",武田/モデルナ(職域接種),2022/03/01,70,0,10,2,30,\"'=1+1, \"\"二重\"\"計上を訂正\",1310000033,"_s
                  + at);
    EXPECT_TRUE(lines.at(2).contains(u",80,0,10,2,30,,1310000033,"_s)) << lines.at(2).toStdString();

    EXPECT_EQ(admin({u"list-reports"_s, u"--page"_s, u"2"_s}).exitCode, 1);
    EXPECT_EQ(admin({u"list-reports"_s, u"--venue"_s, u"00000000-0000-4000-8000-000000000000"_s}).exitCode, 1);
}

INSTANTIATE_TEST_SUITE_P(Databases, ReportApiTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace

} // namespace vsys::server::test
