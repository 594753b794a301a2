// SPDX-License-Identifier: MIT
// Tests for db::seedDemoData: one demo venue, however often it runs, and never next to real venues.
#include "db/DemoData.h"

#include "db/Database.h"
#include "db/VenueRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ReservationStatus;
using vsys::db::Database;
using vsys::db::VenueRepository;

namespace {

TEST(DemoDataTest, SeedingTwiceGivesOneBookableDemoVenue)
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(u"vsysdesk.sqlite"_s));
    ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);

    const auto first = vsys::db::seedDemoData(**database);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    const auto second = vsys::db::seedDemoData(**database);
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message);

    const auto venues = VenueRepository(**database).all();
    ASSERT_TRUE(venues.ok());
    ASSERT_EQ(venues->size(), 1);
    const vsys::core::Venue& demo = venues->constFirst();
    EXPECT_EQ(demo.vsysId, u"1310000017"_s);
    EXPECT_EQ(demo.name, u"(職域)サンプル職域接種会場"_s);
    EXPECT_EQ(demo.reservationStatus, ReservationStatus::Available);
    EXPECT_TRUE(demo.reservationStatusChangedAt.isValid());
    QSqlQuery query((*database)->connection());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM reservation_status_history"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST(DemoDataTest, DatabaseWithARealVenueIsLeftAlone)
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(u"vsysdesk.sqlite"_s));
    ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
    VenueRepository venues(**database);
    vsys::core::Venue real;
    real.vsysId = u"2710000025"_s;
    real.name = u"(職域)本番の会場"_s;
    ASSERT_TRUE(venues.save(real).ok());

    ASSERT_TRUE(vsys::db::seedDemoData(**database).ok());

    const auto all = venues.all();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*all, QList<vsys::core::Venue>{real});
}

} // namespace
