// SPDX-License-Identifier: MIT
// Tests of the 医療機関情報 and 接種担当医師 endpoints: fields that change at once and those that wait for the
// municipality (vsysdesk-admin institution-approve/-reject), If-Match, bad fields, venue isolation, the cap on
// doctors, the doctor a venue with a newly issued V-SYS ID must keep, tombstones in GET /changes; over HTTPS,
// on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "core/application/ApplicationStatus.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ApplicationRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::string text(const QJsonObject& object)
{
    return compact(object).toStdString();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The details as the briefing's screen shows them, with the contact fields the claim forms print.
QJsonObject seedDetails()
{
    return {{u"facility_category"_s, u"医療機関"_s},
            {u"homepage"_s, u""_s},
            {u"freezers_minus75"_s, 1},
            {u"freezers_minus20"_s, 0},
            {u"freezers_minus10"_s, 5},
            {u"representative"_s, u"院長 診子"_s},
            {u"address"_s, u"東京都千代田区丸の内1-2-3"_s},
            {u"phone"_s, u"03-0000-0003"_s},
            {u"insurance_code"_s, u"1312345679"_s}};
}

QJsonObject doctorBody(const QString& name = u"厚生 太郎"_s)
{
    return {{u"name"_s, name},
            {u"name_kana"_s, u"こうせい たろう"_s},
            {u"phone"_s, u"0300000005"_s},
            {u"email"_s, u"kosei.taro@example.com"_s},
            {u"vaccines"_s, QJsonArray{u"moderna"_s}}};
}

class InstitutionApiTest : public ApiTest
{
protected:
    Reply putInstitution(const std::string& token, const QJsonObject& fields, std::optional<int> ifMatch)
    {
        httplib::Headers headers;
        if (ifMatch) {
            headers.emplace("If-Match", std::to_string(*ifMatch));
        }
        return send("PUT", "/api/v1/institution", token, text({{u"fields"_s, fields}}), headers);
    }

    QJsonObject institutionOf(const std::string& token)
    {
        const Reply reply = get("/api/v1/institution", token);
        EXPECT_EQ(reply.status, 200) << reply.body;
        return reply.json().value(u"institution"_s).toObject();
    }

    Reply putDoctor(const std::string& token,
                    const QString& id,
                    const QJsonObject& body,
                    std::optional<int> ifMatch = std::nullopt)
    {
        httplib::Headers headers;
        if (ifMatch) {
            headers.emplace("If-Match", std::to_string(*ifMatch));
        }
        return send("PUT", "/api/v1/doctors/" + id.toStdString(), token, text(body), headers);
    }

    Reply deleteDoctor(const std::string& token, const QString& id)
    {
        return send("DELETE", "/api/v1/doctors/" + id.toStdString(), token, {});
    }

    /// Venue A's application confirmed with a V-SYS ID issued for the 追加接種.
    void issueNewVsysIdToVenueA()
    {
        core::ApplicationRecord record;
        record.id = newId();
        record.number = u"A-0001"_s;
        record.status = core::ApplicationStatus::Confirmed;
        record.version = 3;
        record.issuedVsysId = u"1310000041"_s;
        record.createdAt = QDateTime::currentDateTimeUtc();
        record.updatedAt = record.createdAt;
        ASSERT_TRUE(ApplicationRepository(storage()).insert(m_venueA, record).ok());
    }

    static void expectRefusal(const Reply& reply, int status, const QString& error, const QString& field)
    {
        EXPECT_EQ(reply.status, status) << reply.body;
        const QJsonObject json = reply.json();
        EXPECT_EQ(json.value(u"error"_s).toString(), error) << reply.body;
        EXPECT_EQ(json.value(u"field"_s).toString(), field) << reply.body;
        EXPECT_FALSE(json.value(u"message"_s).toString().isEmpty());
    }
};

TEST_P(InstitutionApiTest, FieldsWithoutApprovalChangeAtOnceAndTheOthersWaitForTheMunicipality)
{
    const std::string token = login(kVsysIdA);
    const QJsonObject empty = institutionOf(token);
    EXPECT_EQ(empty.value(u"version"_s).toInt(), 0);
    EXPECT_TRUE(empty.value(u"pending"_s).isNull());
    EXPECT_TRUE(empty.value(u"decision"_s).isNull());
    EXPECT_EQ(empty.value(u"approved"_s).toObject().value(u"freezers_minus10"_s).toInt(), 0);

    const Reply saved = putInstitution(token, seedDetails(), 0);
    ASSERT_EQ(saved.status, 200) << saved.body;
    const QJsonObject record = saved.json().value(u"institution"_s).toObject();
    EXPECT_EQ(record.value(u"version"_s).toInt(), 1);
    const QJsonObject approved = record.value(u"approved"_s).toObject();
    EXPECT_EQ(approved.value(u"facility_category"_s).toString(), u"医療機関"_s);
    EXPECT_EQ(approved.value(u"freezers_minus75"_s).toInt(), 1);
    EXPECT_EQ(approved.value(u"freezers_minus10"_s).toInt(), 5);
    EXPECT_EQ(approved.value(u"phone"_s).toString(), u"0300000003"_s);
    // 代表者氏名, 所在地 and the 請求用保険医療機関コード wait for the municipality.
    EXPECT_EQ(approved.value(u"representative"_s).toString(), u""_s);
    EXPECT_EQ(approved.value(u"insurance_code"_s).toString(), u""_s);
    const QJsonObject pending = record.value(u"pending"_s).toObject();
    EXPECT_EQ(pending.value(u"fields"_s).toObject(),
              (QJsonObject{{u"representative"_s, u"院長 診子"_s},
                           {u"address"_s, u"東京都千代田区丸の内1-2-3"_s},
                           {u"insurance_code"_s, u"1312345679"_s}}));
    EXPECT_EQ(pending.value(u"requested_by"_s).toString(), QString::fromLatin1(kVsysIdA));
    EXPECT_FALSE(pending.value(u"requested_at"_s).isNull());
    EXPECT_EQ(compact(institutionOf(token)), compact(record));

    // The same values again (a retry whose answer was lost) change nothing, whatever the If-Match.
    const Reply again = putInstitution(token, seedDetails(), 0);
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(compact(again.json().value(u"institution"_s).toObject()), compact(record));

    const AdminRun waiting = admin({u"institution-requests"_s});
    ASSERT_EQ(waiting.exitCode, 0) << qPrintable(waiting.err);
    QJsonObject listed = record;
    listed.insert(u"venue_id"_s, m_venueA);
    EXPECT_EQ(waiting.out, compact(listed) + u'\n');

    const AdminRun decided = admin({u"institution-approve"_s, m_venueA, u"--comment"_s, u"確認しました"_s});
    ASSERT_EQ(decided.exitCode, 0) << qPrintable(decided.err);
    const QJsonObject after = institutionOf(token);
    EXPECT_EQ(after.value(u"version"_s).toInt(), 2);
    EXPECT_TRUE(after.value(u"pending"_s).isNull());
    EXPECT_EQ(after.value(u"approved"_s).toObject().value(u"representative"_s).toString(), u"院長 診子"_s);
    EXPECT_EQ(after.value(u"approved"_s).toObject().value(u"insurance_code"_s).toString(), u"1312345679"_s);
    const QJsonObject decision = after.value(u"decision"_s).toObject();
    EXPECT_EQ(decision.value(u"state"_s).toString(), u"approved"_s);
    EXPECT_EQ(decision.value(u"comment"_s).toString(), u"確認しました"_s);
    EXPECT_EQ(decision.value(u"fields"_s).toObject(), pending.value(u"fields"_s).toObject());
    EXPECT_TRUE(admin({u"institution-requests"_s}).out.isEmpty());
    EXPECT_EQ(admin({u"institution-approve"_s, m_venueA}).exitCode, 1);
}

TEST_P(InstitutionApiTest, ARejectionKeepsTheApprovedValuesAndANewRequestReplacesAPendingOne)
{
    const std::string token = login(kVsysIdA);
    ASSERT_EQ(putInstitution(token, seedDetails(), 0).status, 200);
    QJsonObject changed = seedDetails();
    changed.insert(u"address"_s, u"東京都千代田区大手町9-9"_s);
    changed.insert(u"freezers_minus20"_s, 2);
    const Reply replaced = putInstitution(token, changed, 1);
    ASSERT_EQ(replaced.status, 200) << replaced.body;
    const QJsonObject record = replaced.json().value(u"institution"_s).toObject();
    EXPECT_EQ(record.value(u"approved"_s).toObject().value(u"freezers_minus20"_s).toInt(), 2);
    EXPECT_EQ(record.value(u"pending"_s).toObject().value(u"fields"_s).toObject().value(u"address"_s).toString(),
              u"東京都千代田区大手町9-9"_s);

    const AdminRun noComment = admin({u"institution-reject"_s, m_venueA});
    EXPECT_EQ(noComment.exitCode, 2);
    ASSERT_EQ(admin({u"institution-reject"_s, m_venueA, u"--comment"_s, u"所在地の番地をご確認ください"_s}).exitCode,
              0);
    const QJsonObject after = institutionOf(token);
    EXPECT_TRUE(after.value(u"pending"_s).isNull());
    EXPECT_EQ(after.value(u"approved"_s).toObject().value(u"address"_s).toString(), u""_s);
    EXPECT_EQ(after.value(u"decision"_s).toObject().value(u"state"_s).toString(), u"rejected"_s);
    EXPECT_EQ(after.value(u"decision"_s).toObject().value(u"comment"_s).toString(), u"所在地の番地をご確認ください"_s);
}

TEST_P(InstitutionApiTest, AStaleVersionAndBadFieldsAreRefusedNamingTheField)
{
    const std::string token = login(kVsysIdA);
    ASSERT_EQ(putInstitution(token, seedDetails(), 0).status, 200);
    QJsonObject changed = seedDetails();
    changed.insert(u"freezers_minus75"_s, 3);
    const Reply stale = putInstitution(token, changed, 0);
    expectRefusal(stale, 409, u"version_conflict"_s, u"If-Match"_s);
    EXPECT_EQ(stale.json().value(u"server_copy"_s).toObject().value(u"version"_s).toInt(), 1);

    const QList<std::pair<QString, QJsonValue>> bad{
        {u"phone"_s, u"12-34"_s},           {u"insurance_code"_s, u"12345"_s}, {u"freezers_minus10"_s, 100},
        {u"freezers_minus75"_s, -1},        {u"homepage"_s, u"example.com"_s}, {u"facility_category"_s, u"病院"_s},
        {u"address"_s, QString(201, u'所')}};
    for (const auto& [key, value] : bad) {
        QJsonObject fields = seedDetails();
        fields.insert(key, value);
        expectRefusal(putInstitution(token, fields, 1), 400, u"invalid_field"_s, u"fields."_s + key);
    }
    QJsonObject missing = seedDetails();
    missing.remove(u"phone"_s);
    expectRefusal(putInstitution(token, missing, 1), 400, u"invalid_field"_s, u"fields.phone"_s);
    expectRefusal(send("PUT", "/api/v1/institution", token, "{}"), 400, u"invalid_field"_s, u"fields"_s);
    EXPECT_EQ(institutionOf(token).value(u"version"_s).toInt(), 1);
}

TEST_P(InstitutionApiTest, DoctorsAreCreatedUpdatedListedAndDeleted)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    const Reply created = putDoctor(token, id, doctorBody());
    ASSERT_EQ(created.status, 201) << created.body;
    QJsonObject doctor = created.json();
    EXPECT_EQ(doctor.value(u"id"_s).toString(), id);
    EXPECT_EQ(doctor.value(u"name"_s).toString(), u"厚生 太郎"_s);
    EXPECT_EQ(doctor.value(u"name_kana"_s).toString(), u"こうせい たろう"_s);
    EXPECT_EQ(doctor.value(u"vaccines"_s).toArray(), QJsonArray{u"moderna"_s});
    EXPECT_EQ(doctor.value(u"version"_s).toInt(), 1);
    // The retry of a create whose answer was lost answers the doctor as stored.
    const Reply retried = putDoctor(token, id, doctorBody());
    EXPECT_EQ(retried.status, 201);
    EXPECT_EQ(compact(retried.json()), compact(doctor));

    QJsonObject edited = doctorBody();
    edited.insert(u"name_kana"_s, u"コウセイ タロウ"_s);
    edited.insert(u"vaccines"_s, QJsonArray{u"moderna"_s, u"pfizer_12"_s});
    expectRefusal(putDoctor(token, id, edited), 409, u"version_conflict"_s, u"If-Match"_s);
    const Reply updated = putDoctor(token, id, edited, 1);
    ASSERT_EQ(updated.status, 200) << updated.body;
    EXPECT_EQ(updated.json().value(u"version"_s).toInt(), 2);
    EXPECT_EQ(updated.json().value(u"name_kana"_s).toString(), u"こうせい たろう"_s);
    EXPECT_EQ(updated.json().value(u"vaccines"_s).toArray(), (QJsonArray{u"pfizer_12"_s, u"moderna"_s}));

    const QString second = newId();
    ASSERT_EQ(putDoctor(token, second, doctorBody(u"労働 花子"_s)).status, 201);
    const Reply page = get("/api/v1/doctors?limit=1", token);
    ASSERT_EQ(page.status, 200) << page.body;
    ASSERT_EQ(page.json().value(u"doctors"_s).toArray().size(), 1);
    const QString first = std::min(id, second);
    EXPECT_EQ(page.json().value(u"next"_s).toString(), first);
    const Reply rest = get("/api/v1/doctors?limit=1&after=" + first.toStdString(), token);
    ASSERT_EQ(rest.json().value(u"doctors"_s).toArray().size(), 1);
    EXPECT_EQ(rest.json().value(u"doctors"_s).toArray().first().toObject().value(u"id"_s).toString(),
              std::max(id, second));
    EXPECT_TRUE(rest.json().value(u"next"_s).isNull());

    const Reply deleted = deleteDoctor(token, second);
    ASSERT_EQ(deleted.status, 200) << deleted.body;
    EXPECT_EQ(compact(deleted.json()), uR"({"deleted":true,"id":"%1"})"_s.arg(second));
    EXPECT_EQ(deleteDoctor(token, second).status, 200);
    EXPECT_TRUE(scalar(u"SELECT data FROM doctor WHERE id = :id"_s, {{u"id"_s, second}}).isNull());
    const QJsonArray listed = get("/api/v1/doctors", token).json().value(u"doctors"_s).toArray();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().toObject().value(u"id"_s).toString(), id);

    const AdminRun doctors = admin({u"list-doctors"_s, m_venueA});
    ASSERT_EQ(doctors.exitCode, 0) << qPrintable(doctors.err);
    EXPECT_EQ(doctors.out, compact(updated.json()) + u'\n');
}

TEST_P(InstitutionApiTest, BadDoctorFieldsAreRefusedNamingTheField)
{
    const std::string token = login(kVsysIdA);
    const QList<std::pair<QString, QJsonValue>> bad{
        {u"name"_s, u""_s},    {u"name"_s, QString(51, u'名')}, {u"name_kana"_s, u"Kosei"_s},
        {u"phone"_s, u"12"_s}, {u"email"_s, u"kosei@"_s},       {u"vaccines"_s, QJsonArray{u"sputnik"_s}}};
    for (const auto& [key, value] : bad) {
        QJsonObject body = doctorBody();
        body.insert(key, value);
        expectRefusal(putDoctor(token, newId(), body), 400, u"invalid_field"_s, key);
    }
    expectRefusal(putDoctor(token, u"not-a-uuid"_s, doctorBody()), 400, u"invalid_field"_s, u"id"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM doctor"_s).toInt(), 0);
}

TEST_P(InstitutionApiTest, AnotherVenuesDoctorIsNotFound)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const QString id = newId();
    ASSERT_EQ(putDoctor(tokenA, id, doctorBody()).status, 201);

    expectRefusal(putDoctor(tokenB, id, doctorBody(u"乗っ取り"_s)), 404, u"not_found"_s, u"id"_s);
    expectRefusal(putDoctor(tokenB, id, doctorBody(), 1), 404, u"not_found"_s, u"id"_s);
    EXPECT_EQ(deleteDoctor(tokenB, id).status, 404);
    EXPECT_EQ(deleteDoctor(tokenB, newId()).status, 404);
    EXPECT_TRUE(get("/api/v1/doctors", tokenB).json().value(u"doctors"_s).toArray().isEmpty());
    EXPECT_EQ(get("/api/v1/doctors", tokenA).json().value(u"doctors"_s).toArray().size(), 1);
    // An update of an id that was never created is no create in disguise.
    EXPECT_EQ(putDoctor(tokenA, newId(), doctorBody(), 1).status, 404);
}

TEST_P(InstitutionApiTest, AVenueHoldsAtMostTheCapOfDoctors)
{
    const std::string token = login(kVsysIdA);
    for (int i = 0; i < venueLimits::kMaxDoctors; ++i) {
        ASSERT_EQ(putDoctor(token, newId(), doctorBody()).status, 201) << i;
    }
    expectRefusal(putDoctor(token, newId(), doctorBody()), 400, u"invalid_field"_s, u"id"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM doctor WHERE venue_id = :venue"_s, {{u"venue"_s, m_venueA}}).toInt(),
              venueLimits::kMaxDoctors);
}

TEST_P(InstitutionApiTest, AVenueWithANewlyIssuedIdKeepsItsLastDoctor)
{
    const std::string token = login(kVsysIdA);
    const QString first = newId();
    const QString second = newId();
    ASSERT_EQ(putDoctor(token, first, doctorBody()).status, 201);
    ASSERT_EQ(putDoctor(token, second, doctorBody(u"労働 花子"_s)).status, 201);
    issueNewVsysIdToVenueA();

    EXPECT_EQ(deleteDoctor(token, second).status, 200);
    expectRefusal(deleteDoctor(token, first), 409, u"invalid_status"_s, u"id"_s);
    EXPECT_EQ(get("/api/v1/doctors", token).json().value(u"doctors"_s).toArray().size(), 1);

    // Venue B has no new ID: its last doctor may go.
    const std::string tokenB = login(kVsysIdB);
    const QString doctorB = newId();
    ASSERT_EQ(putDoctor(tokenB, doctorB, doctorBody()).status, 201);
    EXPECT_EQ(deleteDoctor(tokenB, doctorB).status, 200);
}

TEST_P(InstitutionApiTest, ChangesCarryTheRecordDoctorsAndTombstonesOfTheOwnVenueOnly)
{
    const std::string tokenA = login(kVsysIdA);
    const std::string tokenB = login(kVsysIdB);
    const auto cursorOf = [this](const std::string& token) {
        return qint64(get("/api/v1/changes?since=0", token).json().value(u"cursor"_s).toDouble());
    };
    const qint64 cursorA = cursorOf(tokenA);
    const qint64 cursorB = cursorOf(tokenB);

    const Reply saved = putInstitution(tokenA, seedDetails(), 0);
    ASSERT_EQ(saved.status, 200);
    const QString id = newId();
    const Reply created = putDoctor(tokenA, id, doctorBody());
    ASSERT_EQ(created.status, 201);
    const QJsonArray changes
        = get("/api/v1/changes?since=" + std::to_string(cursorA), tokenA).json().value(u"changes"_s).toArray();
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes.at(0).toObject(),
              (QJsonObject{{u"kind"_s, u"institution"_s},
                           {u"id"_s, u"institution"_s},
                           {u"data"_s, saved.json().value(u"institution"_s).toObject()}}));
    EXPECT_EQ(changes.at(1).toObject(),
              (QJsonObject{{u"kind"_s, u"doctor"_s}, {u"id"_s, id}, {u"data"_s, created.json()}}));
    EXPECT_TRUE(
        get("/api/v1/changes?since=" + std::to_string(cursorB), tokenB).json().value(u"changes"_s).toArray().isEmpty());

    const qint64 beforeDelete = cursorOf(tokenA);
    ASSERT_EQ(deleteDoctor(tokenA, id).status, 200);
    const QJsonArray tombstone
        = get("/api/v1/changes?since=" + std::to_string(beforeDelete), tokenA).json().value(u"changes"_s).toArray();
    ASSERT_EQ(tombstone.size(), 1);
    EXPECT_EQ(compact(tombstone.first().toObject()),
              uR"({"data":{"deleted":true,"id":"%1"},"id":"%1","kind":"doctor"})"_s.arg(id));
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         InstitutionApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
