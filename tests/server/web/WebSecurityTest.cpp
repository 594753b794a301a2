// SPDX-License-Identifier: MIT
// The public pages' defences, on SQLite and PostgreSQL: CSRF, the per-address limit, the security headers, and
// that opening /navi/ opened nothing else.
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
