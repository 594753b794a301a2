// SPDX-License-Identifier: MIT
// Tests of the query behind the public venues page (PublicVenueService): venues by 都道府県 and 市区町村 from
// the address in their 既存登録情報, with the 予約受付状態 and time the venue last sent through the API, in
// pages of 50 by code then name; choices that do not exist are dropped; on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "server/service/OperatorService.h"
#include "server/service/PublicVenueService.h"
#include "server/web/VenueStatusPage.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

class PublicVenueTest : public ApiTest
{
protected:
    /// A venue whose 接種会場 is in `municipalityCode` (the rest of venue A's registration).
    void addVenue(const QString& name, const QString& municipalityCode)
    {
        QJsonObject registration = registrationOfVenueA();
        QJsonObject venue = registration.value(u"venue"_s).toObject();
        QJsonObject address = venue.value(u"address"_s).toObject();
        address.insert(u"municipality_code"_s, municipalityCode);
        venue.insert(u"address"_s, address);
        registration.insert(u"venue"_s, venue);
        ASSERT_TRUE(OperatorService(storage()).createVenue(name, registration).ok());
    }

    PublicVenuePage find(const QString& prefecture, const QString& municipality = {}, int page = 1)
    {
        const auto found = PublicVenueService(storage()).find({prefecture, municipality, page});
        EXPECT_TRUE(found.ok()) << (found.ok() ? "" : qPrintable(found.error().error.message));
        return found.ok() ? *found : PublicVenuePage();
    }

    static QStringList names(const PublicVenuePage& page)
    {
        QStringList names;
        for (const PublicVenue& venue : page.venues) {
            names.append(venue.name);
        }
        return names;
    }
};

TEST_P(PublicVenueTest, AVenueThatNeverSentAStatusIsUnregisteredAndOneWithoutAddressIsNotListed)
{
    const PublicVenuePage page = find(u"13"_s);
    ASSERT_EQ(page.prefectures.size(), 47);
    EXPECT_EQ(page.prefectures.at(12).code, u"13"_s);
    EXPECT_EQ(page.prefectures.at(12).name, u"東京都"_s);
    EXPECT_EQ(page.prefectures.at(12).venues, 1);
    int listed = 0;
    for (const PublicPlace& prefecture : page.prefectures) {
        listed += prefecture.venues;
    }
    EXPECT_EQ(listed, 1); // venue B has no 既存登録情報, so no address
    EXPECT_EQ(page.prefecture, u"13"_s);
    ASSERT_EQ(page.municipalities.size(), 1);
    EXPECT_EQ(page.municipalities.constFirst().code, u"131016"_s);
    EXPECT_EQ(page.municipalities.constFirst().name, u"千代田区"_s);
    EXPECT_EQ(page.municipalities.constFirst().venues, 1);
    ASSERT_EQ(page.venues.size(), 1);
    const PublicVenue& venue = page.venues.constFirst();
    EXPECT_EQ(venue.name, u"(職域)テスト会場A"_s);
    EXPECT_EQ(venue.municipalityCode, u"131016"_s);
    EXPECT_EQ(venue.municipality, u"千代田区"_s);
    EXPECT_EQ(venue.status, core::ReservationStatus::Unregistered);
    EXPECT_FALSE(venue.changedAt.isValid());
    EXPECT_EQ(page.total, 1);
    EXPECT_EQ(page.page, 1);
    EXPECT_EQ(page.pages, 1);
}

TEST_P(PublicVenueTest, TheStatusAndTimeAreWhatTheVenueLastSent)
{
    const std::string token = login(kVsysIdA);
    const Reply sent = send("PUT", "/api/v1/venue/reservation-status", token, R"({"status":"few_left"})",
                            {{"Idempotency-Key", "public-venue-1"}});
    ASSERT_EQ(sent.status, 200) << sent.body;
    const QDateTime sentAt = QDateTime::fromString(sent.json().value(u"changed_at"_s).toString(), Qt::ISODateWithMs);
    ASSERT_TRUE(sentAt.isValid());

    const PublicVenuePage page = find(u"13"_s, u"131016"_s);
    ASSERT_EQ(page.venues.size(), 1);
    EXPECT_EQ(page.venues.constFirst().status, core::ReservationStatus::FewLeft);
    EXPECT_EQ(page.venues.constFirst().changedAt, sentAt);
}

TEST_P(PublicVenueTest, VenuesComeInPagesOfFiftyByMunicipalityCodeThenName)
{
    // 52 more in 千代田区 (131016) and two in 中央区 (131024), created out of order.
    addVenue(u"中央区の会場イ"_s, u"131024"_s);
    for (int i = 52; i >= 1; --i) {
        addVenue(u"会場%1"_s.arg(i, 2, 10, QChar(u'0')), u"131016"_s);
    }
    addVenue(u"中央区の会場ア"_s, u"131024"_s);
    addVenue(u"大阪の会場"_s, u"271004"_s);

    PublicVenuePage first = find(u"13"_s);
    EXPECT_EQ(first.total, 55);
    EXPECT_EQ(first.pages, 2);
    ASSERT_EQ(first.venues.size(), 50);
    // 「(」 (U+0028) sorts before 「会」: code point order on both databases.
    EXPECT_EQ(first.venues.at(0).name, u"(職域)テスト会場A"_s);
    EXPECT_EQ(first.venues.at(1).name, u"会場01"_s);
    EXPECT_EQ(first.venues.at(49).name, u"会場49"_s);
    const PublicVenuePage second = find(u"13"_s, {}, 2);
    EXPECT_EQ(second.page, 2);
    EXPECT_EQ(names(second),
              (QStringList{u"会場50"_s, u"会場51"_s, u"会場52"_s, u"中央区の会場ア"_s, u"中央区の会場イ"_s}));
    EXPECT_EQ(second.venues.at(3).municipality, u"中央区"_s);
    // A page past the end shows the last one, a page before the first the first.
    EXPECT_EQ(names(find(u"13"_s, {}, 99)), names(second));
    EXPECT_EQ(find(u"13"_s, {}, 0).page, 1);

    ASSERT_EQ(first.municipalities.size(), 2);
    EXPECT_EQ(first.municipalities.at(0).venues, 53);
    EXPECT_EQ(first.municipalities.at(1).code, u"131024"_s);
    EXPECT_EQ(first.municipalities.at(1).name, u"中央区"_s);
    EXPECT_EQ(first.municipalities.at(1).venues, 2);
    EXPECT_EQ(first.prefectures.at(12).venues, 55);
    EXPECT_EQ(first.prefectures.at(26).name, u"大阪府"_s);
    EXPECT_EQ(first.prefectures.at(26).venues, 1);

    const PublicVenuePage chuo = find(u"13"_s, u"131024"_s);
    EXPECT_EQ(chuo.municipality, u"131024"_s);
    EXPECT_EQ(chuo.total, 2);
    EXPECT_EQ(names(chuo), (QStringList{u"中央区の会場ア"_s, u"中央区の会場イ"_s}));
}

TEST_P(PublicVenueTest, ChoicesThatDoNotExistAreDropped)
{
    addVenue(u"大阪の会場"_s, u"271004"_s);
    // A municipality of another prefecture: the whole prefecture.
    const PublicVenuePage mixed = find(u"13"_s, u"271004"_s);
    EXPECT_EQ(mixed.prefecture, u"13"_s);
    EXPECT_TRUE(mixed.municipality.isEmpty());
    EXPECT_EQ(names(mixed), QStringList{u"(職域)テスト会場A"_s});
    // A municipality without venues is no choice either.
    EXPECT_TRUE(find(u"13"_s, u"131024"_s).municipality.isEmpty());
    for (const QString& prefecture : {u""_s, u"48"_s, u"００"_s, u"１３"_s, u"1"_s, u"13'"_s}) {
        const PublicVenuePage none = find(prefecture, u"131016"_s);
        EXPECT_TRUE(none.prefecture.isEmpty()) << qPrintable(prefecture);
        EXPECT_TRUE(none.municipalities.isEmpty()) << qPrintable(prefecture);
        EXPECT_TRUE(none.venues.isEmpty()) << qPrintable(prefecture);
        EXPECT_EQ(none.prefectures.size(), 47);
    }
}

TEST_P(PublicVenueTest, ThePageShowsEachVenuesSymbolWordAndTimeAndNothingPrivate)
{
    addVenue(u"<script>alert(1)</script>会場"_s, u"131016"_s);
    const std::string token = login(kVsysIdA);
    ASSERT_EQ(send("PUT", "/api/v1/venue/reservation-status", token, R"({"status":"available"})",
                   {{"Idempotency-Key", "public-venue-page"}})
                  .status,
              200);
    const QDateTime changedAt = QDateTime::fromString(
        scalar(u"SELECT reservation_status_changed_at FROM venue WHERE id = :id"_s, {{u"id"_s, m_venueA}}).toString(),
        Qt::ISODateWithMs);
    const QString shown = changedAt.toOffsetFromUtc(9 * 3600).toString(u"yyyy/MM/dd HH:mm"_s);

    const auto answer = client()->Get("/navi/venues?pref=13&city=131016&page=1");
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 200);
    EXPECT_EQ(answer->get_header_value("Cache-Control"), "no-store");
    EXPECT_NE(answer->get_header_value("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
    const QString html = QString::fromStdString(answer->body);
    EXPECT_TRUE(html.contains(u"<tr><td>(職域)テスト会場A</td><td>千代田区</td><td><span class=\"status "
                              "status-available\">○</span> 予約可能</td><td>"_s
                              + shown + u"</td></tr>"_s))
        << answer->body;
    EXPECT_TRUE(html.contains(u"<td><span class=\"status status-unregistered\">—</span> 未登録</td><td>—</td>"_s));
    EXPECT_TRUE(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;会場"_s));
    EXPECT_FALSE(html.contains(u"<script>alert"_s));
    EXPECT_TRUE(html.contains(u"<option value=\"131016\" selected>千代田区（2件）</option>"_s));
    EXPECT_TRUE(html.contains(u"2件中 1〜2件目"_s));
    EXPECT_FALSE(html.contains(m_venueA));
    EXPECT_FALSE(html.contains(QString::fromLatin1(kVsysIdA)));
    EXPECT_FALSE(html.contains(u"03-0000"_s)); // no phone of the registration

    // Typed parameters never come back into the page.
    const auto odd = client()->Get("/navi/venues?pref=%22%3E%3Cb%3E&city=x&page=zz");
    ASSERT_TRUE(odd);
    EXPECT_EQ(odd->status, 200);
    EXPECT_EQ(odd->body.find("<b>"), std::string::npos);
    EXPECT_EQ(odd->body.find("id=\"venues\""), std::string::npos);
}

TEST_P(PublicVenueTest, ThePageLinksItsPages)
{
    for (int i = 1; i <= 50; ++i) {
        addVenue(u"会場%1"_s.arg(i, 2, 10, QChar(u'0')), u"131016"_s);
    }
    const auto answer = client()->Get("/navi/venues?pref=13&page=2");
    ASSERT_TRUE(answer);
    const QString html = QString::fromStdString(answer->body);
    EXPECT_TRUE(html.contains(u"51件中 51〜51件目"_s)) << answer->body;
    EXPECT_TRUE(html.contains(u"<a href=\"/navi/venues?pref=13&amp;page=1\" rel=\"prev\">前へ</a>"_s));
    EXPECT_TRUE(html.contains(u"<span class=\"current\" aria-current=\"page\">2</span>"_s));
    EXPECT_FALSE(html.contains(u"rel=\"next\""_s));
}

TEST_P(PublicVenueTest, OneAddressGetsSixtyViewsAMinute)
{
    auto browser = client();
    for (int view = 1; view <= VenueStatusPage::kViewsPerMinute; ++view) {
        const auto answer = browser->Get("/navi/venues?pref=13");
        ASSERT_TRUE(answer);
        ASSERT_EQ(answer->status, 200) << view;
    }
    const auto refused = browser->Get("/navi/venues?pref=13");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 429);
    const int retryAfter = std::stoi(refused->get_header_value("Retry-After"));
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 60);
    EXPECT_EQ(refused->get_header_value("Content-Security-Policy").empty(), false);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Databases,
                         PublicVenueTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace vsys::server::test
