// SPDX-License-Identifier: MIT
// Tests for db::VenueRepository: round trips and the schema's constraints; the 予約受付状態 is no longer
// kept here per V-SYS ID (it is the server's, per venue, and waits in the outbox).
#include "db/VenueRepository.h"

#include "DbTestSupport.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::Venue;
using vsys::db::Database;
using vsys::db::VenueRepository;

namespace {

Venue makeVenue(const QString& vsysId, const QString& name)
{
    Venue venue;
    venue.vsysId = vsysId;
    venue.name = name;
    return venue;
}

class VenueRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto database = Database::open(m_dir.filePath(u"vsysdesk.sqlite"_s));
        ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
        m_database = std::move(database).value();
        m_venues = std::make_unique<VenueRepository>(*m_database);
    }

    void TearDown() override
    {
        m_venues.reset();
        m_database.reset();
    }

    /// First column of the first row, read over the repository's own connection.
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql) || !query.next()) {
            ADD_FAILURE() << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
            return {};
        }
        return query.value(0);
    }

    /// The driver's error text for `sql`, empty when it succeeded.
    QString execError(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) ? QString() : query.lastError().text();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<VenueRepository> m_venues;
};

TEST_F(VenueRepositoryTest, SavedVenuesComeBackOrderedByVsysId)
{
    const Venue second = makeVenue(u"2710000025"_s, u"(職域)大阪の会場"_s);
    const Venue first = makeVenue(u"1310000017"_s, u"(職域)東京の会場"_s);
    ASSERT_TRUE(m_venues->save(second).ok());
    ASSERT_TRUE(m_venues->save(first).ok());

    const auto venues = m_venues->all();

    ASSERT_TRUE(venues.ok()) << qPrintable(venues.error().message);
    EXPECT_EQ(*venues, (QList<Venue>{first, second}));
    const auto found = m_venues->find(u"2710000025"_s);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(*found, std::optional<Venue>(second));
    const auto missing = m_venues->find(u"9999999999"_s);
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing->has_value());
}

TEST_F(VenueRepositoryTest, SavingAgainRenamesAndKeepsTheCreationTime)
{
    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"旧名称"_s)).ok());
    const QString createdAt = scalar(u"SELECT created_at FROM venue"_s).toString();

    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"新名称"_s)).ok());

    const auto venues = m_venues->all();
    ASSERT_TRUE(venues.ok());
    ASSERT_EQ(venues->size(), 1);
    EXPECT_EQ(venues->constFirst().name, u"新名称"_s);
    EXPECT_EQ(scalar(u"SELECT created_at FROM venue"_s).toString(), createdAt);
    EXPECT_TRUE(QDateTime::fromString(createdAt, Qt::ISODateWithMs).isValid()) << qPrintable(createdAt);
    EXPECT_TRUE(createdAt.endsWith(u'Z')) << qPrintable(createdAt);
}

TEST_F(VenueRepositoryTest, TheLocalStatusPerVsysIdIsGoneAndTheOutboxTakesTheVenuesStatus)
{
    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"(職域)会場"_s)).ok());

    EXPECT_TRUE(execError(u"SELECT reservation_status FROM venue"_s).contains(u"no such column"_s));
    EXPECT_TRUE(execError(u"SELECT * FROM reservation_status_history"_s).contains(u"no such table"_s));
    ASSERT_EQ(execError(u"INSERT INTO account (id, server_url, vsys_id, created_at) "
                        "VALUES (1, 'https://vsys.test', '1310000017', '2024-05-01T09:00:00.000Z')"_s),
              QString());
    const QString outboxRow = u"INSERT INTO outbox (account_id, record_kind, record_id, operation, payload, "
                              "base_version, idempotency_key, next_attempt_at, created_at, updated_at) VALUES (1, "
                              "'%1', 'venue-a', 'put', '{\"status\":\"few_left\"}', 0, '%2', "
                              "'2024-05-01T09:00:00.000Z', '2024-05-01T09:00:00.000Z', '2024-05-01T09:00:00.000Z')"_s;
    EXPECT_EQ(execError(outboxRow.arg(u"reservation_status"_s, u"key-1"_s)), QString());
    EXPECT_TRUE(execError(outboxRow.arg(u"status"_s, u"key-2"_s)).contains(u"CHECK constraint failed"_s));
}

TEST_F(VenueRepositoryTest, SchemaRejectsBadIds)
{
    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"(職域)会場"_s)).ok());

    const auto shortId = m_venues->save(makeVenue(u"131000001"_s, u"(職域)桁不足"_s));
    ASSERT_FALSE(shortId.ok());
    EXPECT_TRUE(shortId.error().message.startsWith(u"会場 131000001 をローカルデータベースに保存できませんでした："_s))
        << qPrintable(shortId.error().message);
    EXPECT_TRUE(shortId.error().message.contains(u"CHECK constraint failed"_s)) << qPrintable(shortId.error().message);
}

} // namespace
