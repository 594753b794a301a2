// SPDX-License-Identifier: MIT
// NaviApplicationService on SQLite and PostgreSQL: 受付番号 serials per municipality and day (also under
// concurrency), the cap, the accepting list, pages, 発送済み per municipality and the retention purge.
#include "server/service/NaviApplicationService.h"

#include "core/navi/NaviCatalogue.h"
#include "core/navi/TicketApplicationValidator.h"
#include "tests/server/support/ServerTestSupport.h"

#include <QDateTime>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

class NaviApplicationServiceTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(GetParam());
        if (!m_database->available()) {
            GTEST_SKIP() << TestDatabase::kSkipMessage;
        }
        auto storage = Storage::open(m_database->url());
        ASSERT_TRUE(storage.ok()) << qPrintable(storage.error().message);
        m_storage = std::move(storage).value();
    }

    /// A valid application to `code` (the briefing's 厚生 太郎).
    static core::TicketApplication application(const QString& code)
    {
        const QHash<QString, QString> form{{u"municipality"_s, code},
                                           {u"family_name"_s, u"厚生"_s},
                                           {u"given_name"_s, u"太郎"_s},
                                           {u"family_kana"_s, u"コウセイ"_s},
                                           {u"given_kana"_s, u"タロウ"_s},
                                           {u"birth_year"_s, u"1980"_s},
                                           {u"birth_month"_s, u"4"_s},
                                           {u"birth_day"_s, u"12"_s},
                                           {u"phone"_s, u"0352531111"_s},
                                           {u"postal_code"_s, u"1008916"_s},
                                           {u"address1"_s, u"東京都千代田区霞が関1-2-2"_s},
                                           {u"reason"_s, u"booster"_s},
                                           {u"dose1_year"_s, u"2021"_s},
                                           {u"dose1_month"_s, u"9"_s},
                                           {u"dose1_day"_s, u"1"_s},
                                           {u"dose1_vaccine"_s, u"pfizer"_s},
                                           {u"dose1_method"_s, u"abroad"_s},
                                           {u"dose2_year"_s, u"2021"_s},
                                           {u"dose2_month"_s, u"10"_s},
                                           {u"dose2_day"_s, u"1"_s},
                                           {u"dose2_same_vaccine"_s, u"1"_s},
                                           {u"dose2_same_method"_s, u"1"_s},
                                           {u"agree"_s, u"1"_s}};
        const auto check
            = core::TicketApplicationValidator::validate(form, QDate(2021, 11, 10), core::NaviCatalogue::builtIn());
        EXPECT_TRUE(check.application);
        return check.application.value_or(core::TicketApplication{});
    }

    static QString token(int n) { return u"submit-token-%1-padding"_s.arg(n); }

    /// 10:44 UTC = 19:44 in Japan on `day`.
    static QDateTime at(QDate day) { return QDateTime(day, QTime(10, 44), Qt::UTC); }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Storage> m_storage;
};

TEST_P(NaviApplicationServiceTest, SerialsCountPerMunicipalityAndJapanDay)
{
    NaviApplicationService service(*m_storage);
    const QDate day1(2021, 11, 10);
    const QDate day2(2021, 11, 11);
    QStringList receipts;
    int n = 0;
    for (const auto& [code, time] :
         {std::pair{u"131032"_s, at(day1)}, std::pair{u"131032"_s, at(day1)}, std::pair{u"271004"_s, at(day1)},
          std::pair{u"131032"_s, at(day2)},
          // 2021-11-11 23:30 UTC is already the 12th in Japan.
          std::pair{u"131032"_s, QDateTime(day2, QTime(23, 30), Qt::UTC)}, std::pair{u"271004"_s, at(day1)}}) {
        const auto submitted = service.submit(application(code), token(++n), time);
        ASSERT_TRUE(submitted) << qPrintable(submitted.error().error.message);
        receipts.append(submitted->receipt.format());
    }
    EXPECT_EQ(
        receipts,
        (QStringList{u"3-131032-20211110-0000001"_s, u"3-131032-20211110-0000002"_s, u"3-271004-20211110-0000001"_s,
                     u"3-131032-20211111-0000001"_s, u"3-131032-20211112-0000001"_s, u"3-271004-20211110-0000002"_s}));
}

TEST_P(NaviApplicationServiceTest, ConcurrentSubmitsGetDistinctConsecutiveNumbers)
{
    constexpr int kThreads = 8;
    std::vector<int> serials(kThreads, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([this, i, &serials] {
            const auto submitted = NaviApplicationService(*m_storage)
                                       .submit(application(u"131032"_s), token(i), at(QDate(2021, 11, 10)));
            serials[size_t(i)] = submitted ? submitted->receipt.serial : -1;
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    std::sort(serials.begin(), serials.end());
    for (int i = 0; i < kThreads; ++i) {
        EXPECT_EQ(serials[size_t(i)], i + 1);
    }
}

TEST_P(NaviApplicationServiceTest, TheSameTokenIsTheSameApplication)
{
    NaviApplicationService service(*m_storage);
    const auto first = service.submit(application(u"131032"_s), token(1), at(QDate(2021, 11, 10)));
    const auto again = service.submit(application(u"131032"_s), token(1), at(QDate(2021, 11, 11)));
    ASSERT_TRUE(first && again);
    EXPECT_FALSE(first->repeated);
    EXPECT_TRUE(again->repeated);
    EXPECT_EQ(again->receipt, first->receipt);
    EXPECT_EQ(again->submittedAt, first->submittedAt);
}

TEST_P(NaviApplicationServiceTest, TheCapRefusesPolitely)
{
    NaviApplicationService service(*m_storage, 2);
    ASSERT_TRUE(service.submit(application(u"131032"_s), token(1), at(QDate(2021, 11, 10))));
    ASSERT_TRUE(service.submit(application(u"271004"_s), token(2), at(QDate(2021, 11, 10))));
    const auto refused = service.submit(application(u"131032"_s), token(3), at(QDate(2021, 11, 10)));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), core::ErrorCode::InvalidStatus);
    EXPECT_EQ(refused.error().error.message,
              u"ただいま申請が大変混み合っているため、受け付けられません。"
              "お手数ですが、お住まいの市町村に直接お問い合わせください。"_s);
    // The refusal used no number: with room again, 港区's second application is its 0000002.
    EXPECT_EQ(NaviApplicationService(*m_storage, 3)
                  .submit(application(u"131032"_s), token(3), at(QDate(2021, 11, 10)))
                  ->receipt.format(),
              u"3-131032-20211110-0000002"_s);
}

TEST_P(NaviApplicationServiceTest, TheAcceptingListStartsFromTheDataAndCanChange)
{
    NaviApplicationService service(*m_storage);
    EXPECT_EQ(service.acceptingMunicipalities().value(), core::NaviCatalogue::builtIn().initiallyAccepting());
    ASSERT_TRUE(service.setAccepting(u"131016"_s, true, at(QDate(2021, 11, 10))));
    ASSERT_TRUE(service.setAccepting(u"131032"_s, false, at(QDate(2021, 11, 10))));
    const QStringList now = service.acceptingMunicipalities().value();
    EXPECT_TRUE(now.contains(u"131016"_s));
    EXPECT_FALSE(now.contains(u"131032"_s));
    const auto refused = service.submit(application(u"131032"_s), token(1), at(QDate(2021, 11, 10)));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().error.field, u"municipality"_s);
    EXPECT_FALSE(service.setAccepting(u"999999"_s, true, at(QDate(2021, 11, 10))));
}

TEST_P(NaviApplicationServiceTest, EachMunicipalitySeesAndShipsOnlyItsOwnPageByPage)
{
    NaviApplicationService service(*m_storage);
    QStringList minato;
    for (int i = 0; i < 5; ++i) {
        minato.append(service.submit(application(u"131032"_s), token(i), at(QDate(2021, 11, 10)))->receipt.format());
    }
    const QString osaka
        = service.submit(application(u"271004"_s), token(99), at(QDate(2021, 11, 10)))->receipt.format();

    QStringList listed;
    qint64 cursor = 0;
    int pages = 0;
    do {
        const auto page = service.listForMunicipality(u"131032"_s, cursor, 2);
        ASSERT_TRUE(page);
        for (const NaviApplicationRecord& record : page->applications) {
            listed.append(record.receipt);
            EXPECT_EQ(record.content.familyName, u"厚生"_s);
        }
        cursor = page->nextCursor;
        ++pages;
    } while (cursor != 0 && pages < 10);
    EXPECT_EQ(listed, minato);
    EXPECT_EQ(pages, 3);

    // 港区 cannot mark 大阪市's application; its own are marked once.
    EXPECT_EQ(service.markShipped(u"131032"_s, {osaka, minato[0], minato[1]}, at(QDate(2021, 11, 12))).value(), 2);
    EXPECT_EQ(service.markShipped(u"131032"_s, {minato[0]}, at(QDate(2021, 11, 12))).value(), 0);
    EXPECT_EQ(service.status(osaka, QDate(1980, 4, 12)).value()->status, NaviApplicationStatus::Received);
    const auto shipped = service.status(minato[0], QDate(1980, 4, 12)).value();
    ASSERT_TRUE(shipped);
    EXPECT_EQ(shipped->status, NaviApplicationStatus::Shipped);
    EXPECT_EQ(shipped->shippedAt, at(QDate(2021, 11, 12)));
    EXPECT_FALSE(service.status(minato[0], QDate(1980, 4, 13)).value());
}

TEST_P(NaviApplicationServiceTest, PurgeDeletesWhatIsOlderThanTheCutoff)
{
    NaviApplicationService service(*m_storage);
    ASSERT_TRUE(service.submit(application(u"131032"_s), token(1), at(QDate(2021, 11, 10))));
    ASSERT_TRUE(service.submit(application(u"131032"_s), token(2), at(QDate(2021, 12, 10))));
    EXPECT_EQ(service.purgeBefore(at(QDate(2021, 12, 1))).value(), 1);
    EXPECT_EQ(service.listForMunicipality(u"131032"_s, 0, 10)->applications.size(), 1);
    EXPECT_EQ(service.purgeBefore(at(QDate(2021, 12, 1))).value(), 0);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         NaviApplicationServiceTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
