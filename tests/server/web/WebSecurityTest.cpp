// SPDX-License-Identifier: MIT
// The public pages' defences, on SQLite and PostgreSQL: CSRF, the per-address limit, the security headers, and
// that opening /navi/ opened nothing else.
#include "server/web/ClientAddress.h"
#include "server/web/FormBody.h"
#include "server/web/WebRateLimit.h"
#include "tests/server/web/WebFormSupport.h"

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

using WebSecurityTest = WebFormTest;

bool contains(const std::string& html, const std::string& text)
{
    return html.find(text) != std::string::npos;
}

TEST_P(WebSecurityTest, AMissingOrWrongCsrfTokenIs403AndStoresNothing)
{
    const Browser browser = openForm();
    const Browser other = openForm();
    const std::string forged = browser.token.substr(0, browser.token.size() - 2) + "AA";
    const std::vector<std::pair<std::string, std::string>> attempts{
        {browser.cookie, ""}, // no token
        {"", browser.token}, // no cookie
        {browser.cookie, forged}, // a MAC that does not match
        {other.cookie, browser.token}, // another browser's token
        {browser.cookie, "not.a-token"},
    };
    for (const auto& [cookie, token] : attempts) {
        const Reply reply = postForm("/navi/apply", cookie, briefingFields(token, "submit"));
        EXPECT_EQ(reply.status, 403) << cookie << " " << token;
        EXPECT_TRUE(contains(reply.body, "<h1 class=\"page-title\">送信できませんでした</h1>"));
        EXPECT_TRUE(receiptOf(reply.body).empty());
    }
    EXPECT_EQ(postForm("/navi/status", browser.cookie, {{"receipt", "3-131032-20211110-0000001"}}).status, 403);
    EXPECT_EQ(applications(), 0);
}

TEST_P(WebSecurityTest, TheEleventhApplicationFromOneAddressIn10MinutesIs429)
{
    const Browser browser = openForm();
    for (int i = 1; i <= 10; ++i) {
        const std::string token = tokenOf(getPage("/navi/apply", browser.cookie).body);
        const Reply reply = postForm("/navi/apply", browser.cookie, briefingFields(token, "submit"));
        ASSERT_EQ(reply.status, 200) << i;
        EXPECT_FALSE(receiptOf(reply.body).empty());
    }
    const std::string token = tokenOf(getPage("/navi/apply", browser.cookie).body);
    const Reply refused = postForm("/navi/apply", browser.cookie, briefingFields(token, "submit"));
    EXPECT_EQ(refused.status, 429);
    EXPECT_TRUE(contains(refused.body, "<h1 class=\"page-title\">しばらくお待ちください</h1>"));
    const int retryAfter = std::stoi(refused.header("Retry-After"));
    EXPECT_GT(retryAfter, 500);
    EXPECT_LE(retryAfter, 600);
    EXPECT_EQ(applications(), 10);
    // Filling in and confirming are not limited; only sending is.
    EXPECT_EQ(postForm("/navi/apply", browser.cookie, briefingFields(token, "confirm")).status, 200);
}

TEST_P(WebSecurityTest, EveryPageCarriesTheSecurityHeaders)
{
    const Browser browser = openForm();
    const std::vector<Reply> pages{getPage("/navi/"),
                                   getPage("/navi/apply"),
                                   getPage("/navi/status"),
                                   getPage("/navi/terms"),
                                   getPage("/navi/nothing-here"),
                                   getPage("/navi/static/navi.css"),
                                   postForm("/navi/apply", browser.cookie, briefingFields(browser.token, "confirm")),
                                   postForm("/navi/apply", "", {})};
    for (const Reply& page : pages) {
        EXPECT_EQ(page.header("Content-Security-Policy"),
                  "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; "
                  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        EXPECT_EQ(page.header("X-Content-Type-Options"), "nosniff");
        EXPECT_EQ(page.header("Referrer-Policy"), "no-referrer");
        EXPECT_EQ(page.header("X-Frame-Options"), "DENY");
        EXPECT_EQ(page.header("Strict-Transport-Security"), "max-age=31536000");
    }
    EXPECT_EQ(pages[1].header("Cache-Control"), "no-store");
    EXPECT_EQ(pages[6].header("Cache-Control"), "no-store");
    EXPECT_EQ(pages[1].header("Content-Type"), "text/html; charset=utf-8");
    EXPECT_EQ(pages[4].status, 404);
    EXPECT_EQ(pages[5].header("Content-Type"), "text/css; charset=utf-8");
    EXPECT_EQ(pages[1].header("Set-Cookie").substr(pages[1].header("Set-Cookie").find(';')),
              "; Path=/; Secure; HttpOnly; SameSite=Strict");
    // The templates carry no inline style or script, which the policy would block.
    for (const Reply& page : {pages[0], pages[1], pages[6]}) {
        EXPECT_FALSE(contains(page.body, " style=")) << page.body.substr(0, 200);
        EXPECT_FALSE(contains(page.body, "<script>"));
    }
}

TEST_P(WebSecurityTest, OnlyNaviIsPublicAndItsBodiesAreBounded)
{
    EXPECT_EQ(getPage("/api/v1/venue").status, 401);
    EXPECT_EQ(postForm("/api/v1/applications", "", {}).status, 401);
    const Reply large = postForm("/navi/apply", "", {{"family_name", std::string(40 * 1024, 'a')}});
    EXPECT_EQ(large.status, 413);
    EXPECT_TRUE(contains(large.body, "<h1 class=\"page-title\">入力内容が多すぎます</h1>"));
    const auto result = client()->Post("/navi/apply", "{}", "application/json");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 415);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         WebSecurityTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test

namespace vsys::server::test {

namespace {

httplib::Request requestFrom(const std::string& peer, const std::string& forwardedFor)
{
    httplib::Request request;
    request.remote_addr = peer;
    if (!forwardedFor.empty()) {
        request.headers.emplace("X-Forwarded-For", forwardedFor);
    }
    return request;
}

TEST(ClientAddressTest, XForwardedForCountsOnlyBehindTheProxyAndOnlyItsLastEntry)
{
    ClientAddress::setBehindProxy(false);
    EXPECT_EQ(ClientAddress::of(requestFrom("127.0.0.1", "203.0.113.7")), u"127.0.0.1"_s);
    ClientAddress::setBehindProxy(true);
    // nginx appends the peer it saw: whatever the client wrote before it does not count.
    EXPECT_EQ(ClientAddress::of(requestFrom("127.0.0.1", "198.51.100.1, 203.0.113.7")), u"203.0.113.7"_s);
    EXPECT_EQ(ClientAddress::of(requestFrom("::1", "2001:db8::5")), u"2001:db8::5"_s);
    // Not from the local nginx, or not an address: the peer.
    EXPECT_EQ(ClientAddress::of(requestFrom("192.0.2.9", "203.0.113.7")), u"192.0.2.9"_s);
    EXPECT_EQ(ClientAddress::of(requestFrom("127.0.0.1", "203.0.113.7, <script>")), u"127.0.0.1"_s);
    ClientAddress::setBehindProxy(false);
}

TEST(FormBodyTest, DecodesUrlencodedUtf8WithinItsLimits)
{
    const auto form = FormBody::parse("family_name=%E5%8E%9A%E7%94%9F&given_name=a+b&empty=&flag&family_name=second");
    ASSERT_TRUE(form);
    EXPECT_EQ(form->value(u"family_name"_s), u"厚生"_s);
    EXPECT_EQ(form->value(u"given_name"_s), u"a b"_s);
    EXPECT_TRUE(form->has(u"empty"_s));
    EXPECT_TRUE(form->has(u"flag"_s));
    EXPECT_FALSE(FormBody::parse("name=%FF%FE"));
    QByteArray many;
    for (int i = 0; i <= FormBody::kMaxFields; ++i) {
        many += "f" + QByteArray::number(i) + "=1&";
    }
    EXPECT_FALSE(FormBody::parse(many));
    EXPECT_FALSE(FormBody::parse(QByteArray(FormBody::kMaxBody + 1, 'a')));
}

TEST(WebRateLimitTest, CountsPerAddressInASlidingWindow)
{
    WebRateLimit limit(2, std::chrono::seconds(60));
    const QDateTime start(QDate(2021, 11, 10), QTime(10, 0), Qt::UTC);
    EXPECT_TRUE(limit.take(u"a"_s, start));
    EXPECT_TRUE(limit.take(u"a"_s, start.addSecs(10)));
    EXPECT_FALSE(limit.take(u"a"_s, start.addSecs(20)));
    EXPECT_TRUE(limit.take(u"b"_s, start.addSecs(20)));
    EXPECT_EQ(limit.retryAfter(u"a"_s, start.addSecs(20)), 40);
    EXPECT_TRUE(limit.take(u"a"_s, start.addSecs(61)));
    EXPECT_FALSE(limit.take(u"a"_s, start.addSecs(62)));
}

} // namespace

} // namespace vsys::server::test
