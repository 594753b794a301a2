// SPDX-License-Identifier: MIT
// Tests for db::VenueRepository: round trips, the 予約受付状態 column and history, and the schema's constraints.
#include "db/VenueRepository.h"

#include "DbTestSupport.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ReservationStatus;
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

TEST_F(VenueRepositoryTest, SavingAgainRenamesWithoutTouchingTheStatus)
{
    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"旧名称"_s)).ok());
    const QDateTime at(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    ASSERT_TRUE(m_venues->setReservationStatus(u"1310000017"_s, ReservationStatus::FewLeft, at).ok());
    const QString createdAt = scalar(u"SELECT created_at FROM venue"_s).toString();

    Venue renamed = makeVenue(u"1310000017"_s, u"新名称"_s);
    renamed.reservationStatus = ReservationStatus::NotAccepting; // ignored by save()
    ASSERT_TRUE(m_venues->save(renamed).ok());

    const auto venues = m_venues->all();
    ASSERT_TRUE(venues.ok());
    ASSERT_EQ(venues->size(), 1);
    EXPECT_EQ(venues->constFirst().name, u"新名称"_s);
    EXPECT_EQ(venues->constFirst().reservationStatus, ReservationStatus::FewLeft);
    EXPECT_EQ(venues->constFirst().reservationStatusChangedAt, at);
    EXPECT_EQ(scalar(u"SELECT created_at FROM venue"_s).toString(), createdAt);
    EXPECT_TRUE(QDateTime::fromString(createdAt, Qt::ISODateWithMs).isValid()) << qPrintable(createdAt);
    EXPECT_TRUE(createdAt.endsWith(u'Z')) << qPrintable(createdAt);
}

TEST_F(VenueRepositoryTest, SetReservationStatusWritesColumnTimeAndHistory)
{
    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"(職域)会場"_s)).ok());
    // 18:30:00.123 in Japan is 09:30:00.123 UTC: whatever zone the caller uses, UTC is stored.
    const QDateTime first(QDate(2024, 5, 1), QTime(18, 30, 0, 123), Qt::OffsetFromUTC, 9 * 3600);
    const QDateTime second(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC);

    ASSERT_TRUE(m_venues->setReservationStatus(u"1310000017"_s, ReservationStatus::Available, first).ok());
    ASSERT_TRUE(m_venues->setReservationStatus(u"1310000017"_s, ReservationStatus::NotAccepting, second).ok());

    EXPECT_EQ(scalar(u"SELECT reservation_status FROM venue"_s).toString(), u"not_accepting"_s);
    EXPECT_EQ(scalar(u"SELECT reservation_status_changed_at FROM venue"_s).toString(), u"2024-05-02T08:00:00.000Z"_s);
    EXPECT_EQ(scalar(u"SELECT updated_at FROM venue"_s).toString(), u"2024-05-02T08:00:00.000Z"_s);
    EXPECT_EQ(scalar(u"SELECT group_concat(status || ' ' || changed_at, ', ') FROM "
                     "(SELECT * FROM reservation_status_history ORDER BY id)"_s)
                  .toString(),
              u"available 2024-05-01T09:30:00.123Z, not_accepting 2024-05-02T08:00:00.000Z"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM reservation_status_history h JOIN venue v ON v.id = h.venue_id "
                     "WHERE v.vsys_id = '1310000017'"_s)
                  .toInt(),
              2);

    const auto venue = m_venues->find(u"1310000017"_s);
    ASSERT_TRUE(venue.ok());
    ASSERT_TRUE(venue->has_value());
    EXPECT_EQ((*venue)->reservationStatus, ReservationStatus::NotAccepting);
    EXPECT_EQ((*venue)->reservationStatusChangedAt, second);
    EXPECT_EQ((*venue)->reservationStatusChangedAt.timeSpec(), Qt::UTC);
}

TEST_F(VenueRepositoryTest, UnknownVenueIsAnErrorAndWritesNothing)
{
    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"(職域)会場"_s)).ok());

    const auto result = m_venues->setReservationStatus(u"9999999999"_s, ReservationStatus::Available,
                                                       QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC));

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, u"vsysId"_s);
    EXPECT_EQ(result.error().message, u"V-SYS ID 9999999999 の会場はローカルデータベースにありません。"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM reservation_status_history"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT reservation_status FROM venue"_s).toString(), u"unregistered"_s);
    // The failed call rolled its transaction back, so the next one can start.
    EXPECT_TRUE(m_venues
                    ->setReservationStatus(u"1310000017"_s, ReservationStatus::FewLeft,
                                           QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC))
                    .ok());
}

TEST_F(VenueRepositoryTest, OuterTransactionRollbackUndoesTheStatusChange)
{
    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"(職域)会場"_s)).ok());
    {
        vsys::db::Transaction outer(*m_database);
        ASSERT_TRUE(outer.begin().ok());
        ASSERT_TRUE(m_venues
                        ->setReservationStatus(u"1310000017"_s, ReservationStatus::NotRequired,
                                               QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC))
                        .ok());
        EXPECT_EQ(scalar(u"SELECT count(*) FROM reservation_status_history"_s).toInt(), 1);
    }

    EXPECT_EQ(scalar(u"SELECT reservation_status FROM venue"_s).toString(), u"unregistered"_s);
    EXPECT_TRUE(scalar(u"SELECT reservation_status_changed_at FROM venue"_s).isNull());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM reservation_status_history"_s).toInt(), 0);
}

TEST_F(VenueRepositoryTest, SchemaRejectsBadStatusKeysAndIds)
{
    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"(職域)会場"_s)).ok());

    EXPECT_TRUE(execError(u"UPDATE venue SET reservation_status = 'open'"_s).contains(u"CHECK constraint failed"_s));
    EXPECT_TRUE(execError(u"INSERT INTO reservation_status_history (venue_id, status, changed_at) "
                          "SELECT id, 'Available', '2024-05-01T09:00:00.000Z' FROM venue"_s)
                    .contains(u"CHECK constraint failed"_s));
    EXPECT_EQ(scalar(u"SELECT reservation_status FROM venue"_s).toString(), u"unregistered"_s);

    const auto shortId = m_venues->save(makeVenue(u"131000001"_s, u"(職域)桁不足"_s));
    ASSERT_FALSE(shortId.ok());
    EXPECT_TRUE(shortId.error().message.startsWith(u"会場 131000001 をローカルデータベースに保存できませんでした："_s))
        << qPrintable(shortId.error().message);
    EXPECT_TRUE(shortId.error().message.contains(u"CHECK constraint failed"_s)) << qPrintable(shortId.error().message);
}

TEST_F(VenueRepositoryTest, HistoryFollowsItsVenue)
{
    ASSERT_TRUE(m_venues->save(makeVenue(u"1310000017"_s, u"(職域)会場"_s)).ok());
    ASSERT_TRUE(m_venues
                    ->setReservationStatus(u"1310000017"_s, ReservationStatus::Available,
                                           QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC))
                    .ok());

    EXPECT_TRUE(execError(u"INSERT INTO reservation_status_history (venue_id, status, changed_at) "
                          "VALUES (999, 'available', '2024-05-01T09:00:00.000Z')"_s)
                    .contains(u"FOREIGN KEY constraint failed"_s));
    ASSERT_EQ(execError(u"DELETE FROM venue"_s), QString());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM reservation_status_history"_s).toInt(), 0);
}

} // namespace
