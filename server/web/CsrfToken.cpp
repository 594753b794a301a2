// SPDX-License-Identifier: MIT
// CsrfToken: the MAC is compared in constant time; nonces and cookies are 128 random bits, base64url.
#include "server/web/CsrfToken.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

QString randomText()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isRandomText(const QString& text)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{22}$"_s);
    return shape.match(text).hasMatch();
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return difference == 0;
}

} // namespace

CsrfToken::CsrfToken(QByteArray secret)
    : m_secret(std::move(secret))
{}

std::optional<QString> CsrfToken::cookie(const httplib::Request& request)
{
    const QString prefix = QString::fromLatin1(kCookie) + u'=';
    const size_t count = request.get_header_value_count("Cookie");
    for (size_t i = 0; i < count && i < 8; ++i) {
        const QString header = QString::fromLatin1(request.get_header_value("Cookie", i));
        for (const QString& part : header.split(u';')) {
            const QString item = part.trimmed();
            if (item.startsWith(prefix) && isRandomText(item.mid(prefix.size()))) {
                return item.mid(prefix.size());
            }
        }
    }
    return std::nullopt;
}

QString CsrfToken::newCookie()
{
    return randomText();
}

void CsrfToken::setCookie(httplib::Response& response, const QString& value)
{
    response.set_header(
        "Set-Cookie",
        (QString::fromLatin1(kCookie) + u'=' + value + u"; Path=/; Secure; HttpOnly; SameSite=Strict"_s).toStdString());
}

QString CsrfToken::mac(const QString& cookie, const QString& nonce) const
{
    const QByteArray code
        = QMessageAuthenticationCode::hash((cookie + u'|' + nonce).toLatin1(), m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(code.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString CsrfToken::issue(const QString& cookie) const
{
    const QString nonce = randomText();
    return nonce + u'.' + mac(cookie, nonce);
}

std::optional<QString> CsrfToken::verify(const QString& cookie, const QString& token) const
{
    const qsizetype dot = token.indexOf(u'.');
    if (dot < 0 || token.size() > 128 || !isRandomText(cookie)) {
        return std::nullopt;
    }
    const QString nonce = token.left(dot);
    if (!isRandomText(nonce) || !sameBytes(mac(cookie, nonce).toLatin1(), token.mid(dot + 1).toLatin1())) {
        return std::nullopt;
    }
    return nonce;
}

} // namespace vsys::server
