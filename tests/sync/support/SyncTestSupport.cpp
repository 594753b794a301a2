// SPDX-License-Identifier: MIT
// Shared fixture of the sync tests.
#include "SyncTestSupport.h"

#include "db/AccountRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::sync::test {

QJsonObject sampleContent(const QString& companyName)
{
    return {{u"company"_s, QJsonObject{{u"name"_s, companyName}, {u"postal_code"_s, u"100-0001"_s}}},
            {u"venue"_s, QJsonObject{{u"name"_s, u"(職域)サンプル職域接種会場"_s}}},
            {u"contacts"_s, QJsonObject{{u"phone"_s, u"03-1234-5678"_s}}}};
}

core::ApplicationRecord newApplication(const QString& companyName)
{
    core::ApplicationRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.content = sampleContent(companyName);
    return record;
}

QJsonObject serverRecord(const QString& id, int version, const QString& status, const QJsonObject& content)
{
    return {{u"id"_s, id},
            {u"number"_s, QJsonValue::Null},
            {u"status"_s, status},
            {u"version"_s, version},
            {u"content"_s, content},
            {u"submitted_at"_s, QJsonValue::Null},
            {u"reviewed_at"_s, QJsonValue::Null},
            {u"review_comment"_s, QJsonValue::Null},
            {u"issued_vsys_id"_s, QJsonValue::Null},
            {u"created_at"_s, QString::fromLatin1(FakeServer::kNow)},
            {u"updated_at"_s, QString::fromLatin1(FakeServer::kNow)}};
}

core::VenuePlan registeredPlan(int version)
{
    core::VenuePlan plan;
    plan.version = version;
    plan.initialTotalBoxes = 6;
    plan.rows = {{1, 4, 7}, {2, 2, 4}};
    plan.updatedAt = QDateTime(QDate(2022, 2, 1), QTime(0, 0), Qt::UTC);
    return plan;
}

QJsonObject coolRecord(int id, const QString& state, const QDate& deadline)
{
    const QDate start = QDate(2022, 1, 3).addDays(14 * (id - 1));
    return {{u"id"_s, id},
            {u"start"_s, start.toString(Qt::ISODate)},
            {u"end"_s, start.addDays(13).toString(Qt::ISODate)},
            {u"delivery_week"_s, start.addDays(-7).toString(Qt::ISODate)},
            {u"change_deadline"_s, deadline.toString(Qt::ISODate) + u"T14:59:00.000Z"_s},
            {u"state"_s, state},
            {u"locked_until"_s, QJsonValue::Null},
            {u"allocated_boxes"_s, QJsonValue::Null}};
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    const bool reached = QTest::qWaitFor(done, timeoutMs);
    EXPECT_TRUE(reached) << "timed out after " << timeoutMs << " ms";
    return reached;
}

void SyncFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    auto database = db::Database::open(m_dir.filePath(u"vsysdesk.sqlite"_s));
    ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
    m_database = std::move(database).value();

    m_server = std::make_unique<FakeServer>();
    ASSERT_TRUE(m_server->setServerUrl(QUrl(QString::fromLatin1(kServerUrl))).ok());
    m_server->addUser(QString::fromLatin1(kVsysId), QString::fromLatin1(kPassword),
                      u"6f1c7a52-3b9e-4f0e-9d55-0c1f2a3b4c5d"_s, u"(職域)サンプル職域接種会場"_s);

    db::Account account;
    account.serverUrl = QUrl(QString::fromLatin1(kServerUrl));
    account.vsysId = QString::fromLatin1(kVsysId);
    const auto id = db::AccountRepository(*m_database).save(account);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
    m_accountId = *id;
    m_server->setToken(m_server->issueToken(QString::fromLatin1(kVsysId)));
}

void SyncFixture::TearDown()
{
    m_server.reset();
    m_database.reset();
}

QVariant SyncFixture::scalar(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
        return {};
    }
    return query.value(0);
}

void SyncServiceFixture::SetUp()
{
    SyncFixture::SetUp();
    m_server->clearToken();
    m_service = std::make_unique<SyncService>(*m_database, m_secrets, *m_server);
}

void SyncServiceFixture::TearDown()
{
    m_service.reset();
    SyncFixture::TearDown();
}

void SyncServiceFixture::signIn(bool remember)
{
    QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
    m_service->login(QUrl(QString::fromLatin1(kServerUrl)), QString::fromLatin1(kVsysId),
                     QString::fromLatin1(kPassword), remember);
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_TRUE(m_service->isSignedIn());
}

} // namespace vsys::sync::test
