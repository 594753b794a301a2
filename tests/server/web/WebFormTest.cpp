// SPDX-License-Identifier: MIT
// The 接種券発行申請 pages over HTTPS, on SQLite and PostgreSQL: confirm, correct, submit, the 受付番号 page,
// validation, the 対応していない市町村 message and the status page.
#include "server/service/NaviApplicationService.h"
#include "tests/server/web/WebFormSupport.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

class NaviPagesTest : public WebFormTest
{
protected:
    ServerClock serverClock() const override
    {
        // 2021-11-10 19:44 in Japan, as the briefing's 申請受付日時.
        return ServerClock::startingAt(QDateTime(QDate(2021, 11, 10), QTime(10, 44), Qt::UTC));
    }
};

bool contains(const std::string& html, const std::string& text)
{
    return html.find(text) != std::string::npos;
}

TEST_P(NaviPagesTest, ConfirmCorrectSubmitGivesTheReceiptNumberAndTime)
{
    const Browser browser = openForm();
    ASSERT_FALSE(browser.cookie.empty());
    ASSERT_FALSE(browser.token.empty());

    const Reply confirm = postForm("/navi/apply", browser.cookie, briefingFields(browser.token, "confirm"));
    ASSERT_EQ(confirm.status, 200) << confirm.body;
    EXPECT_TRUE(contains(confirm.body, "<h1 class=\"page-title\">入力内容の確認</h1>"));
    EXPECT_TRUE(
        contains(confirm.body, "<th scope=\"row\">住民票の市町村</th><td><span class=\"check\">東京都 港区</span>"));
    EXPECT_TRUE(contains(confirm.body, "<span class=\"check\">1980年4月12日</span>"));
    EXPECT_TRUE(contains(confirm.body, "<span class=\"check\">[その他] 追加接種（3回目）</span>"));
    EXPECT_TRUE(contains(confirm.body, "<span class=\"check\">[武田／モデルナ]</span>"));
    EXPECT_TRUE(contains(confirm.body, "<span class=\"check\">接種券を送ってきた市町村名：東京都 港区</span>"));
    EXPECT_EQ(applications(), 0);

    // 入力内容を修正する: the form again, every field as typed.
    const Reply edit = postForm("/navi/apply", browser.cookie, briefingFields(browser.token, "edit"));
    ASSERT_EQ(edit.status, 200);
    EXPECT_EQ(inputValue(edit.body, "family_name"), "厚生");
    EXPECT_EQ(inputValue(edit.body, "phone"), "03-5253-1111");
    EXPECT_EQ(inputValue(edit.body, "dose1_municipality"), "東京都 港区");
    EXPECT_TRUE(contains(edit.body, "<option value=\"131032\" selected>港区</option>"));
    EXPECT_TRUE(contains(edit.body, "<option value=\"moderna\" selected>武田／モデルナ</option>"));
    EXPECT_TRUE(contains(edit.body, "name=\"dose2_same_vaccine\" value=\"1\" data-same-as=\"dose2_vaccine\" checked"));
    EXPECT_EQ(tokenOf(edit.body), browser.token);

    const Reply done = postForm("/navi/apply", browser.cookie, briefingFields(browser.token, "submit"));
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(receiptOf(done.body), "3-131032-20211110-0000001");
    EXPECT_TRUE(contains(done.body, "<span id=\"received-at\">2021年11月10日 19時44分</span>"));
    EXPECT_TRUE(contains(done.body, ">トップに戻る</a>"));
    EXPECT_EQ(done.header("Cache-Control"), "no-store");
    EXPECT_EQ(applications(), 1);
}

TEST_P(NaviPagesTest, ADoubleSubmitGivesOneNumber)
{
    const Browser browser = openForm();
    const Reply first = postForm("/navi/apply", browser.cookie, briefingFields(browser.token, "submit"));
    const Reply second = postForm("/navi/apply", browser.cookie, briefingFields(browser.token, "submit"));
    ASSERT_EQ(first.status, 200);
    ASSERT_EQ(second.status, 200);
    EXPECT_EQ(receiptOf(first.body), "3-131032-20211110-0000001");
    EXPECT_EQ(receiptOf(second.body), "3-131032-20211110-0000001");
    EXPECT_EQ(applications(), 1);
    // A new form is a new application.
    const Reply other = postForm("/navi/apply", browser.cookie,
                                 briefingFields(tokenOf(getPage("/navi/apply", browser.cookie).body), "submit"));
    EXPECT_EQ(receiptOf(other.body), "3-131032-20211110-0000002");
}

TEST_P(NaviPagesTest, ValidationErrorsNameTheFieldAndKeepTheRest)
{
    const Browser browser = openForm();
    const Reply page = postForm(
        "/navi/apply", browser.cookie,
        briefingFields(browser.token, "confirm",
                       {{"family_kana", "kosei"}, {"birth_month", "2"}, {"birth_day", "30"}, {"phone", ""}}));
    ASSERT_EQ(page.status, 422);
    EXPECT_TRUE(contains(page.body, "<p class=\"field-error\">姓（カナ）：カタカナで入力してください。</p>"));
    EXPECT_TRUE(
        contains(page.body, "<p class=\"field-error\">生年月日：存在する日付を、年は西暦4桁で入力してください。</p>"));
    EXPECT_TRUE(contains(page.body, "<p class=\"field-error\">電話番号を入力してください。</p>"));
    EXPECT_TRUE(contains(page.body, "<li><a href=\"#phone\">電話番号を入力してください。</a></li>"));
    EXPECT_EQ(inputValue(page.body, "family_kana"), "kosei");
    EXPECT_EQ(inputValue(page.body, "family_name"), "厚生");
    EXPECT_EQ(inputValue(page.body, "address1"), "東京都千代田区霞が関1-2-2");
    EXPECT_EQ(inputValue(page.body, "birth_day"), "30");
    EXPECT_TRUE(contains(page.body, "name=\"agree\" value=\"1\" checked"));
    EXPECT_EQ(applications(), 0);
}

TEST_P(NaviPagesTest, AMunicipalityThatDoesNotAcceptShowsTheMessageAndStoresNothing)
{
    const Browser browser = openForm();
    // 千代田区 is not offered; a crafted request sends it anyway.
    EXPECT_FALSE(contains(getPage("/navi/apply", browser.cookie).body, "value=\"131016\""));
    for (const char* action : {"confirm", "submit"}) {
        const Reply page = postForm("/navi/apply", browser.cookie,
                                    briefingFields(browser.token, action, {{"municipality", "131016"}}));
        EXPECT_EQ(page.status, 422);
        EXPECT_TRUE(contains(
            page.body,
            "<div class=\"error-summary\" role=\"alert\" id=\"not-accepting\">"
            "<h2>対応していない市町村です</h2><p>東京都 千代田区は、オンラインでの接種券発行申請に"
            "対応していない市町村です。お手数ですが、お住まいの市町村の窓口・電話・郵送で申請してください。</p>"));
    }
    // Stopped later with vsysdesk-admin: refused from then on.
    ASSERT_TRUE(NaviApplicationService(storage()).setAccepting(u"131032"_s, false, QDateTime::currentDateTimeUtc()));
    const Reply stopped = postForm("/navi/apply", browser.cookie, briefingFields(browser.token, "submit"));
    EXPECT_EQ(stopped.status, 422);
    EXPECT_TRUE(contains(stopped.body, "東京都 港区は、オンラインでの接種券発行申請に対応していない市町村です。"));
    EXPECT_EQ(applications(), 0);
}

TEST_P(NaviPagesTest, TheChugeiNoteIsShownAndTheUnionCanBeChosen)
{
    const Reply page = getPage("/navi/apply");
    EXPECT_TRUE(contains(
        page.body, "<p><strong>※高知県の奈半利町、田野町、安田町、北川村、馬路村で接種を希望される方</strong></p>"));
    EXPECT_TRUE(contains(page.body, "<option value=\"399019\">中芸広域連合</option>"));
}

TEST_P(NaviPagesTest, ScriptInANameIsEscapedOnEveryPage)
{
    const Browser browser = openForm();
    const FormFields fields
        = briefingFields(browser.token, "confirm", {{"family_name", "<script>x</script>"}, {"given_name", "\"'&"}});
    const Reply confirm = postForm("/navi/apply", browser.cookie, fields);
    ASSERT_EQ(confirm.status, 200) << confirm.body;
    EXPECT_FALSE(contains(confirm.body, "<script>x"));
    EXPECT_TRUE(contains(confirm.body, "&lt;script&gt;x&lt;/script&gt; &quot;&apos;&amp;"));
    EXPECT_TRUE(contains(confirm.body, "name=\"family_name\" value=\"&lt;script&gt;x&lt;/script&gt;\""));
    // An error page keeps the value, escaped too.
    const Reply invalid = postForm(
        "/navi/apply", browser.cookie,
        briefingFields(browser.token, "confirm", {{"family_name", "\"><script>x()</script>"}, {"phone", ""}}));
    EXPECT_FALSE(contains(invalid.body, "<script>x"));
    EXPECT_EQ(inputValue(invalid.body, "family_name"), "&quot;&gt;&lt;script&gt;x()&lt;/script&gt;");
}

TEST_P(NaviPagesTest, TheStatusPageFindsTheApplicationOnlyWithItsBirthDate)
{
    const Browser browser = openForm();
    const Reply done = postForm("/navi/apply", browser.cookie, briefingFields(browser.token, "submit"));
    const std::string receipt = receiptOf(done.body);
    ASSERT_EQ(receipt, "3-131032-20211110-0000001");

    const Reply form = getPage("/navi/status", browser.cookie);
    const std::string token = tokenOf(form.body);
    const auto lookUp = [&](const std::string& number, const std::string& day) {
        return postForm(
            "/navi/status", browser.cookie,
            {{"token", token}, {"receipt", number}, {"birth_year", "1980"}, {"birth_month", "4"}, {"birth_day", day}});
    };
    Reply found = lookUp(receipt, "12");
    ASSERT_EQ(found.status, 200);
    EXPECT_TRUE(contains(found.body, "<td class=\"status-result\" id=\"status-text\">受付済み</td>"));
    for (const Reply& wrong : {lookUp(receipt, "13"), lookUp("3-131032-20211110-0000002", "12")}) {
        EXPECT_FALSE(contains(wrong.body, "status-text"));
        EXPECT_TRUE(
            contains(wrong.body,
                     "<h2>申請が見つかりません</h2><p>入力された受付番号と生年月日に一致する申請は見つかりません。"
                     "入力内容をご確認ください。</p>"));
    }
    ASSERT_EQ(NaviApplicationService(storage())
                  .markShipped(u"131032"_s, {QString::fromStdString(receipt)}, QDateTime::currentDateTimeUtc())
                  .value(),
              1);
    found = lookUp(receipt, "12");
    EXPECT_TRUE(contains(found.body, "<td class=\"status-result\" id=\"status-text\">発送済み</td>"));
}

TEST_P(NaviPagesTest, TheAddressIsFilledFromThePostalCodeWithAndWithoutScript)
{
    const Reply json = getPage("/navi/address?postal=1000001");
    EXPECT_EQ(json.status, 200);
    EXPECT_EQ(json.body, "{\"addresses\":[\"東京都千代田区千代田\"]}");
    EXPECT_EQ(getPage("/navi/address?postal=abc").body, "{\"addresses\":[]}");

    const Browser browser = openForm();
    const Reply filled
        = postForm("/navi/apply", browser.cookie,
                   briefingFields(browser.token, "address", {{"postal_code", "100-0001"}, {"address1", ""}}));
    EXPECT_EQ(filled.status, 200);
    EXPECT_EQ(inputValue(filled.body, "address1"), "東京都千代田区千代田");
    EXPECT_EQ(inputValue(filled.body, "family_name"), "厚生");
    EXPECT_EQ(applications(), 0);
}

INSTANTIATE_TEST_SUITE_P(Databases, NaviPagesTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace

} // namespace vsys::server::test
