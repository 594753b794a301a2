// SPDX-License-Identifier: MIT
// FormBody: '+' is a space and %XX a byte (HTML's urlencoded form), decoded as UTF-8.
#include "server/web/FormBody.h"

#include "server/http/RequestBody.h"
#include "server/web/WebReply.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

std::optional<QString> decode(QByteArray part)
{
    part.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(part);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        return std::nullopt;
    }
    return text;
}

} // namespace

std::optional<FormBody> FormBody::parse(const QByteArray& body)
{
    if (body.size() > kMaxBody) {
        return std::nullopt;
    }
    FormBody form;
    const QList<QByteArray> pairs = body.split('&');
    if (pairs.size() > kMaxFields) {
        return std::nullopt;
    }
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const auto name = decode(equals < 0 ? pair : pair.left(equals));
        const auto value = decode(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!name || !value) {
            return std::nullopt;
        }
        if (!form.m_fields.contains(*name)) {
            form.m_fields.insert(*name, *value);
        }
    }
    return form;
}

std::optional<FormBody>
FormBody::read(const httplib::Request& request, const httplib::ContentReader& reader, httplib::Response& response)
{
    const auto body = RequestBody::read(request, reader, response);
    if (!body) {
        // RequestBody answered 413 or 400 in JSON (and closed the connection where needed); residents get a page.
        const bool tooLarge = response.status == 413;
        WebReply::message(response, response.status, tooLarge ? u"入力内容が多すぎます"_s : u"送信できませんでした"_s,
                          tooLarge ? u"入力内容が多すぎるため受け付けられませんでした。入力内容を短くしてください。"_s
                                   : u"送信内容を読み取れませんでした。もう一度お試しください。"_s);
        return std::nullopt;
    }
    const std::string type = request.get_header_value("Content-Type");
    if (type.rfind("application/x-www-form-urlencoded", 0) != 0) {
        WebReply::message(response, 415, u"送信できませんでした"_s,
                          u"送信内容の形式が正しくありません。このページのフォームから送信してください。"_s);
        return std::nullopt;
    }
    if (body->size() > kMaxBody) {
        WebReply::message(response, 413, u"入力内容が多すぎます"_s,
                          u"入力内容が多すぎるため受け付けられませんでした。入力内容を短くしてください。"_s);
        return std::nullopt;
    }
    auto form = parse(*body);
    if (!form) {
        WebReply::message(response, 400, u"送信できませんでした"_s,
                          u"送信内容を読み取れませんでした。もう一度お試しください。"_s);
        return std::nullopt;
    }
    return form;
}

} // namespace vsys::server
