// SPDX-License-Identifier: MIT
// WebRoutes: static files are compiled in, and their names are fixed by the pattern (no path ever reaches a file).
#include "server/web/WebRoutes.h"

#include "server/web/NaviRoutes.h"
#include "server/web/VenueStatusPage.h"
#include "server/web/WebReply.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

void WebRoutes::install(RouteTable& server, Storage& storage, const ServerClock& clock)
{
    const auto top = [](const httplib::Request&, httplib::Response& response) {
        WebData data;
        data.set("title", "新型コロナワクチン 追加接種の接種券発行申請");
        WebReply::page(response, 200, u"top"_s, data, WebReply::Caching::Public);
    };
    server.Get("/navi", top);
    server.Get("/navi/", top);
    server.Get(R"(/navi/static/([a-z]+\.(css|js|svg)))",
               [](const httplib::Request& request, httplib::Response& response) {
                   WebReply::staticFile(response, QString::fromStdString(request.matches[1].str()));
               });
    NaviRoutes::install(server, storage, clock);
    VenueStatusPage::install(server, storage);
    // Last: cpp-httplib takes the first pattern that matches, so pages installed after this are never reached.
    server.Get("/navi/.*", [](const httplib::Request&, httplib::Response& response) {
        WebReply::message(response, 404, u"ページが見つかりません"_s, u"お探しのページは見つかりませんでした。"_s);
    });
}

} // namespace vsys::server
