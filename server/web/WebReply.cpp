// SPDX-License-Identifier: MIT
// WebReply: the CSP has no 'unsafe-inline', so templates carry no style= attributes and no inline scripts.
#include "server/web/WebReply.h"

#include "server/Logging.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

// connect-src 'self' beyond the usual set: navi.js fetches /navi/address (the 住所自動入力).
constexpr const char* kPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
                                "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

void caching(httplib::Response& response, WebReply::Caching caching)
{
    response.set_header("Cache-Control", caching == WebReply::Caching::NoStore ? "no-store" : "public, max-age=300");
}

} // namespace

void WebReply::securityHeaders(httplib::Response& response)
{
    response.set_header("Content-Security-Policy", kPolicy);
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "no-referrer");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Strict-Transport-Security", "max-age=31536000");
}

void WebReply::page(httplib::Response& response, int status, const QString& name, const WebData& data, Caching cache)
{
    const auto html = WebTemplates::render(name, data);
    if (!html) {
        qCCritical(lcServerHttp) << "Web page" << name << "could not be rendered:" << html.error().message;
        message(response, 500, u"エラー"_s,
                u"ただいまページを表示できません。しばらくしてから、もう一度お試しください。"_s);
        return;
    }
    securityHeaders(response);
    caching(response, cache);
    response.status = status;
    response.set_content(html->toStdString(), "text/html; charset=utf-8");
}

void WebReply::message(httplib::Response& response, int status, const QString& title, const QString& text)
{
    WebData data;
    data.set("title", WebTemplates::text(title));
    data.set("message", WebTemplates::text(text));
    const auto html = WebTemplates::render(u"message"_s, data);
    securityHeaders(response);
    caching(response, Caching::NoStore);
    response.status = status;
    // The message template is compiled in; only a broken build lacks it.
    response.set_content(html ? html->toStdString() : std::string("Error"), "text/html; charset=utf-8");
}

void WebReply::staticFile(httplib::Response& response, const QString& name)
{
    QFile file(u":/server/web/static/"_s + name);
    if (name.contains(u'/') || !file.open(QIODevice::ReadOnly)) {
        message(response, 404, u"ページが見つかりません"_s, u"お探しのページは見つかりませんでした。"_s);
        return;
    }
    const char* type = name.endsWith(u".css"_s) ? "text/css; charset=utf-8"
        : name.endsWith(u".js"_s)               ? "text/javascript; charset=utf-8"
        : name.endsWith(u".svg"_s)              ? "image/svg+xml"
                                                : "application/octet-stream";
    securityHeaders(response);
    caching(response, Caching::Public);
    response.status = 200;
    response.set_content(file.readAll().toStdString(), type);
}

void WebReply::json(httplib::Response& response, int status, const QByteArray& body)
{
    securityHeaders(response);
    caching(response, Caching::NoStore);
    response.status = status;
    response.set_content(body.toStdString(), "application/json; charset=utf-8");
}

} // namespace vsys::server
