// SPDX-License-Identifier: MIT
// Tests for db::DoseLedgerStore (接種台帳 on this computer): a record kept as core::DoseJson and read back equal,
// a desk's record refused a second time, the server's copy of a known record only marks it as on the server,
// records that go with their account, the CHECKs as the last guard, and the 診療時間 per venue.
#include "db/DoseLedgerStore.h"

#include "DbTestSupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ClinicHours;
using vsys::core::DoseEntry;
using vsys::db::DoseLedgerStore;

namespace {

const QDateTime kNow(QDate(2022, 3, 14), QTime(0, 5, 30), Qt::UTC);

DoseEntry entry(const QString& id, const QString& ticket = u"131310160000001234"_s)
{
    DoseEntry dose;
    dose.id = id;
    dose.date = QDate(2022, 3, 14);
    dose.time = QTime(9, 5);
    dose.ticket = ticket;
    dose.kind = vsys::core::DoseKind::Vaccination;
    dose.age = vsys::core::AgeBand::SixAndOver;
    dose.form = vsys::core::ScreeningForm::Old;
    dose.sheet = vsys::core::TicketSheet::Printed;
    dose.vaccine = u"moderna_workplace"_s;
    dose.desk = u"受付1"_s;
    dose.enteredBy = u"1310000017"_s;
    dose.enteredAt = kNow;
    return dose;
}

const QString kFirst = u"0b5c2f1e-9a6d-4e3b-8c7f-1d2e3f4a5b6c"_s;
const QString kSecond = u"1c6d3a2f-0b7e-4f4c-9d8a-2e3f4a5b6c7d"_s;

class DoseLedgerStoreTest : public vsys::db::test::AccountDatabaseTest
{
protected:
    void SetUp() override
    {
        AccountDatabaseTest::SetUp();
        m_store = std::make_unique<DoseLedgerStore>(*m_database);
    }
    void TearDown() override { m_store.reset(); }

    /// Runs `sql` on the database's own connection; false when SQLite refused it.
    bool exec(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql);
    }

    int onServer(const QString& id) const
    {
        return scalar(u"SELECT on_server FROM dose_entry WHERE id = '%1'"_s.arg(id)).toInt();
    }

    std::unique_ptr<DoseLedgerStore> m_store;
};

TEST_F(DoseLedgerStoreTest, ARecordIsKeptWholeAndReadBackInTheOrderStored)
{
    DoseEntry correction = entry(kSecond);
    correction.supersedes = kFirst;
    correction.voided = true;
    correction.reason = u"二重登録"_s;
    ASSERT_TRUE(m_store->insert(m_accountId, entry(kFirst), kNow));
    ASSERT_TRUE(m_store->insert(m_accountId, correction, kNow));
    const auto all = m_store->all(m_accountId);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*all, (QList<DoseEntry>{entry(kFirst), correction}));
    EXPECT_EQ(m_store->find(m_accountId, kSecond)->value(), correction);
    EXPECT_FALSE(m_store->find(m_accountId, u"2d7e4b3a-1c8f-4a5d-8e9b-3f4a5b6c7d8e"_s)->has_value());
    EXPECT_EQ(
        scalar(u"SELECT administered_at || ' ' || ticket || ' ' || supersedes FROM dose_entry WHERE id = '%1'"_s.arg(
                   kSecond))
            .toString(),
        u"2022-03-14T09:05 131310160000001234 "_s + kFirst);
    EXPECT_EQ(onServer(kFirst), 0);
}

TEST_F(DoseLedgerStoreTest, ADesksRecordIsStoredOnceAndTheServersCopyOnlyMarksIt)
{
    ASSERT_TRUE(m_store->insert(m_accountId, entry(kFirst), kNow));
    const auto again = m_store->insert(m_accountId, entry(kFirst), kNow);
    ASSERT_FALSE(again.ok());
    // The driver's words: the primary key refused it, whatever language the message around them is in.
    EXPECT_TRUE(again.error().message.contains(u"UNIQUE"_s)) << qPrintable(again.error().message);

    const auto known = m_store->receive(m_accountId, entry(kFirst), kNow);
    ASSERT_TRUE(known.ok());
    EXPECT_FALSE(*known);
    EXPECT_EQ(onServer(kFirst), 1);
    const auto fresh = m_store->receive(m_accountId, entry(kSecond, u"132712760000000001"_s), kNow);
    ASSERT_TRUE(fresh.ok());
    EXPECT_TRUE(*fresh);
    EXPECT_EQ(onServer(kSecond), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM dose_entry"_s).toInt(), 2);
}

TEST_F(DoseLedgerStoreTest, RecordsGoWithTheirAccount)
{
    const qint64 other = addAccount(u"1310000025"_s);
    ASSERT_TRUE(m_store->insert(m_accountId, entry(kFirst), kNow));
    ASSERT_TRUE(m_store->insert(other, entry(kSecond), kNow));
    EXPECT_EQ(m_store->all(m_accountId)->size(), 1);
    EXPECT_EQ(m_store->all(other)->constFirst().id, kSecond);
    ASSERT_TRUE(exec(u"DELETE FROM account WHERE id = %1"_s.arg(other)));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM dose_entry"_s).toInt(), 1);
}

TEST_F(DoseLedgerStoreTest, TheTableRefusesWhatNoRecordCanHold)
{
    ASSERT_TRUE(m_store->insert(m_accountId, entry(kFirst), kNow));
    const QString insert = u"INSERT INTO dose_entry (account_id, id, administered_at, ticket, data, stored_at) "
                           "VALUES (%1, '%2', '2022-03-14T09:05', '%3', '{}', 'x')"_s;
    EXPECT_FALSE(exec(insert.arg(m_accountId).arg(kSecond, u"13131016000000123X"_s)));
    EXPECT_FALSE(exec(insert.arg(m_accountId).arg(u"short"_s, u"131310160000001234"_s)));
    EXPECT_FALSE(exec(u"INSERT INTO dose_entry (account_id, id, administered_at, ticket, data, stored_at) VALUES "
                      "(%1, '%2', '2022-03-14T09:05', '131310160000001234', 'not json', 'x')"_s.arg(m_accountId)
                          .arg(kSecond)));
    // The same statement with fitting values is taken: the refusals were the CHECKs'.
    EXPECT_TRUE(exec(insert.arg(m_accountId).arg(kSecond, u"131310160000001234"_s)));
    // A damaged row is reported, not skipped.
    ASSERT_TRUE(exec(u"UPDATE dose_entry SET data = '{\"id\":1}'"_s));
    const auto damaged = m_store->all(m_accountId);
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().code, vsys::core::ErrorCode::Storage);
}

TEST_F(DoseLedgerStoreTest, ClinicHoursAreKeptPerVenue)
{
    EXPECT_FALSE(m_store->clinicHours(u"venue-a"_s)->has_value());
    ClinicHours hours = ClinicHours::standard();
    hours.weekly[5] = {{QTime(9, 0), QTime(12, 0)}};
    hours.closedDates = {QDate(2022, 3, 16)};
    hours.yearEndIsHoliday = true;
    ASSERT_TRUE(m_store->saveClinicHours(u"venue-a"_s, hours, kNow));
    EXPECT_EQ(m_store->clinicHours(u"venue-a"_s)->value(), hours);
    EXPECT_FALSE(m_store->clinicHours(u"venue-b"_s)->has_value());
    ASSERT_TRUE(m_store->saveClinicHours(u"venue-a"_s, ClinicHours::standard(), kNow));
    EXPECT_EQ(m_store->clinicHours(u"venue-a"_s)->value(), ClinicHours::standard());
}

} // namespace
