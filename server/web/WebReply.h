// SPDX-License-Identifier: MIT
// WebReply: HTML pages and static files for browsers, with the security headers every answer carries.
#pragma once

#include "server/web/WebTemplates.h"

#include <QByteArray>
#include <QString>

#include <httplib.h>

namespace vsys::server {

class WebReply
{
public:
    /// How long a browser may keep the answer: pages with personal data (forms, confirmations, receipts,
    /// status) never; the public pages and static files a while.
    enum class Caching { NoStore, Public };

    /// The headers of every web answer: a Content-Security-Policy that allows only this server's own
    /// style sheet, script and images and forms posting back to it, nosniff, no referrer, no framing, HSTS.
    static void securityHeaders(httplib::Response& response);
    /// Renders template `name` with `data` and sends it as text/html with status `status`; a template
    /// that cannot be rendered answers 500 with a plain Japanese page instead.
    static void page(httplib::Response& response,
                     int status,
                     const QString& name,
                     const WebData& data,
                     Caching caching = Caching::NoStore);
    /// A page that says only `message` under `title` (errors: 403, 404, 413, 429, 500).
    static void message(httplib::Response& response, int status, const QString& title, const QString& message);
    /// A compiled-in file of :/server/web/static/, or 404.
    static void staticFile(httplib::Response& response, const QString& name);
    /// JSON for our own script (the 住所自動入力), not cached.
    static void json(httplib::Response& response, int status, const QByteArray& body);
};

} // namespace vsys::server
