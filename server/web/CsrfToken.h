// SPDX-License-Identifier: MIT
// CsrfToken: the one-time token of a resident's form, bound to the browser's cookie.
#pragma once

#include <QByteArray>
#include <QString>

#include <httplib.h>
#include <optional>

namespace vsys::server {

/// A form carries `nonce.mac`, mac = HMAC-SHA256(server secret, cookie value | nonce). The cookie
/// (__Host-navi, Secure, HttpOnly, SameSite=Strict) is random per browser; another site can neither read it
/// nor make a matching token, so a forged post fails. The nonce names one filled-in form: it is the
/// application's submit token, so the same form sent twice is one application. The secret is kept in the
/// database (navi_secret), so every server process and a restart accept the same tokens.
class CsrfToken
{
public:
    static constexpr const char* kCookie = "__Host-navi";

    explicit CsrfToken(QByteArray secret);

    /// The browser's cookie value, or nothing when it has none or a malformed one.
    static std::optional<QString> cookie(const httplib::Request& request);
    /// A new cookie value, and the Set-Cookie header that gives it to the browser.
    static QString newCookie();
    static void setCookie(httplib::Response& response, const QString& value);

    /// A token for a new form of the browser with `cookie`.
    QString issue(const QString& cookie) const;
    /// The token's nonce (the form's submit token) when `token` was issued for `cookie`.
    std::optional<QString> verify(const QString& cookie, const QString& token) const;

private:
    QString mac(const QString& cookie, const QString& nonce) const;

    QByteArray m_secret;
};

} // namespace vsys::server
