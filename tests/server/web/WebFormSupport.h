// SPDX-License-Identifier: MIT
// WebFormSupport: a browser's view of the 接種券発行申請 pages for the server tests — its cookie, the form's
// token, urlencoded posts and what the pages say.
#pragma once

#include "tests/server/support/ServerTestSupport.h"

#include <string>
#include <utility>
#include <vector>

namespace vsys::server::test {

using FormFields = std::vector<std::pair<std::string, std::string>>;

class WebFormTest : public ApiTest
{
protected:
    /// One browser: the cookie it got and the token of the form it opened.
    struct Browser
    {
        std::string cookie; ///< "__Host-navi=…"
        std::string token;
    };

    /// GET /navi/apply as a new browser.
    Browser openForm();
    /// Another form (new token) in the same browser.
    std::string tokenOf(const std::string& html) const;

    Reply getPage(const std::string& path, const std::string& cookie = {});
    Reply postForm(const std::string& path, const std::string& cookie, const FormFields& fields);
    /// The briefing's application (厚生 太郎, 港区) with `token` and `action`, `changes` replacing fields.
    static FormFields
    briefingFields(const std::string& token, const std::string& action, const FormFields& changes = {});
    /// The 受付番号 a 発行申請完了 page shows, or "".
    static std::string receiptOf(const std::string& html);
    /// The value of the form field `name` in `html` (an input's value attribute), or "".
    static std::string inputValue(const std::string& html, const std::string& name);

    int applications() { return scalar(QStringLiteral("SELECT COUNT(*) FROM navi_application")).toInt(); }
};

} // namespace vsys::server::test
