// SPDX-License-Identifier: MIT
#include "tests/server/web/WebFormSupport.h"

#include <regex>

namespace vsys::server::test {

namespace {

std::string encode(const std::string& text)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += char(c);
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

Reply replyOf(const httplib::Result& result)
{
    Reply reply;
    if (result) {
        reply.status = result->status;
        reply.body = result->body;
        reply.headers = result->headers;
    }
    return reply;
}

} // namespace

WebFormTest::Browser WebFormTest::openForm()
{
    const Reply page = getPage("/navi/apply");
    EXPECT_EQ(page.status, 200);
    const std::string setCookie = page.header("Set-Cookie");
    return {setCookie.substr(0, setCookie.find(';')), tokenOf(page.body)};
}

std::string WebFormTest::tokenOf(const std::string& html) const
{
    return inputValue(html, "token");
}

Reply WebFormTest::getPage(const std::string& path, const std::string& cookie)
{
    httplib::Headers headers;
    if (!cookie.empty()) {
        headers.emplace("Cookie", cookie);
    }
    return replyOf(client()->Get(path.c_str(), headers));
}

Reply WebFormTest::postForm(const std::string& path, const std::string& cookie, const FormFields& fields)
{
    std::string body;
    for (const auto& [name, value] : fields) {
        body += (body.empty() ? "" : "&") + encode(name) + "=" + encode(value);
    }
    httplib::Headers headers;
    if (!cookie.empty()) {
        headers.emplace("Cookie", cookie);
    }
    return replyOf(client()->Post(path.c_str(), headers, body, "application/x-www-form-urlencoded"));
}

FormFields WebFormTest::briefingFields(const std::string& token, const std::string& action, const FormFields& changes)
{
    FormFields fields{{"token", token},
                      {"prefecture", "東京都"},
                      {"municipality", "131032"},
                      {"family_name", "厚生"},
                      {"given_name", "太郎"},
                      {"family_kana", "コウセイ"},
                      {"given_kana", "タロウ"},
                      {"birth_year", "1980"},
                      {"birth_month", "4"},
                      {"birth_day", "12"},
                      {"phone", "03-5253-1111"},
                      {"postal_code", "100-8916"},
                      {"address1", "東京都千代田区霞が関1-2-2"},
                      {"reason", "booster"},
                      {"dose1_year", "2021"},
                      {"dose1_month", "9"},
                      {"dose1_day", "1"},
                      {"dose1_vaccine", "moderna"},
                      {"dose1_method", "domestic"},
                      {"dose1_municipality", "東京都 港区"},
                      {"dose2_year", "2021"},
                      {"dose2_month", "10"},
                      {"dose2_day", "1"},
                      {"dose2_same_vaccine", "1"},
                      {"dose2_same_method", "1"},
                      {"agree", "1"},
                      {"action", action}};
    for (const auto& [name, value] : changes) {
        bool replaced = false;
        for (auto& field : fields) {
            if (field.first == name) {
                field.second = value;
                replaced = true;
            }
        }
        if (!replaced) {
            fields.emplace_back(name, value);
        }
    }
    return fields;
}

std::string WebFormTest::receiptOf(const std::string& html)
{
    std::smatch match;
    static const std::regex receipt(R"(id="receipt">([^<]*)<)");
    return std::regex_search(html, match, receipt) ? match[1].str() : std::string();
}

std::string WebFormTest::inputValue(const std::string& html, const std::string& name)
{
    std::smatch match;
    const std::regex input("name=\"" + name + "\" value=\"([^\"]*)\"");
    return std::regex_search(html, match, input) ? match[1].str() : std::string();
}

} // namespace vsys::server::test
