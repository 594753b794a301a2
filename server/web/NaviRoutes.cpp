// SPDX-License-Identifier: MIT
// NaviRoutes: every POST first needs the browser's cookie and a token made for it (CsrfToken), before anything
// is validated, stored or counted; a refusal stores nothing.
#include "server/web/NaviRoutes.h"

#include "core/JapaneseFormat.h"
#include "core/address/PostalDirectory.h"
#include "core/navi/TicketApplicationValidator.h"
#include "server/Logging.h"
#include "server/service/NaviApplicationService.h"
#include "server/storage/NaviApplicationRepository.h"
#include "server/web/ClientAddress.h"
#include "server/web/CsrfToken.h"
#include "server/web/FormBody.h"
#include "server/web/NaviFormView.h"
#include "server/web/WebRateLimit.h"
#include "server/web/WebReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

struct Context
{
    Context(Storage& store, const ServerClock& time, const NaviLimits& limits)
        : storage(store)
        , clock(time)
        , submits(limits.submits, limits.window)
        , lookups(limits.lookups, limits.window)
    {}

    Storage& storage;
    ServerClock clock;
    WebRateLimit submits;
    WebRateLimit lookups;
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

/// 2021年11月10日 19時44分 (Japan time), as the briefing's 申請受付日時.
QString receivedAt(const QDateTime& time)
{
    const QDateTime japan = core::JapaneseFormat::inJapan(time);
    return NaviFormView::date(japan.date()) + u" "_s + japan.toString(u"H時mm分"_s);
}

void internalError(httplib::Response& response)
{
    WebReply::message(response, 500, u"エラー"_s,
                      u"ただいま処理できません。しばらくしてから、もう一度お試しください。"_s);
}

std::optional<CsrfToken> csrf(Context& context, httplib::Response& response)
{
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(fresh.data()), fresh.size() / 4);
    const auto secret = NaviApplicationRepository(context.storage).secret(u"csrf"_s, fresh);
    if (!secret) {
        internalError(response);
        return std::nullopt;
    }
    return CsrfToken(*secret);
}

/// The browser's cookie, given to it now when it has none.
QString browserCookie(const httplib::Request& request, httplib::Response& response)
{
    if (const auto cookie = CsrfToken::cookie(request)) {
        return *cookie;
    }
    const QString cookie = CsrfToken::newCookie();
    CsrfToken::setCookie(response, cookie);
    return cookie;
}

/// The form's nonce when the post carries a token made for this browser; otherwise answers 403.
std::optional<QString>
verifiedNonce(Context& context, const httplib::Request& request, const FormBody& form, httplib::Response& response)
{
    const auto token = csrf(context, response);
    if (!token) {
        return std::nullopt;
    }
    const auto cookie = CsrfToken::cookie(request);
    const auto nonce = cookie ? token->verify(*cookie, form.value(u"token"_s)) : std::nullopt;
    if (!nonce) {
        WebReply::message(
            response, 403, u"送信できませんでした"_s,
            u"ページの有効期限が切れたか、正しくない送信です。お手数ですが、申請画面からもう一度入力してください。"
            "（ブラウザのCookieを無効にしている場合は、有効にしてください。）"_s);
        return std::nullopt;
    }
    return nonce;
}

void tooMany(httplib::Response& response, WebRateLimit& limit, const QString& address, const QDateTime& now)
{
    WebReply::message(
        response, 429, u"しばらくお待ちください"_s,
        u"短い時間に多くの送信があったため、受け付けを一時的に停止しています。10分ほど待ってから、もう一度お試しください。"_s);
    response.set_header("Retry-After", std::to_string(limit.retryAfter(address, now)));
}

std::optional<QStringList> accepting(Context& context, httplib::Response& response)
{
    const auto codes = NaviApplicationService(context.storage).acceptingMunicipalities();
    if (!codes) {
        internalError(response);
        return std::nullopt;
    }
    return *codes;
}

/// 東京都千代田区千代田 for the first candidate of a postal code; Japan Post's notes (（…）) and its
/// 「以下に掲載がない場合」 are not part of an address.
QStringList addressesFor(const QString& postal)
{
    static const QRegularExpression notes(u"（.*）"_s);
    QStringList addresses;
    for (const core::AddressCandidate& candidate : core::PostalDirectory::builtIn().lookup(postal)) {
        QString town = candidate.townName;
        town.remove(notes);
        if (town == u"以下に掲載がない場合"_s) {
            town.clear();
        }
        const QString address = candidate.prefName + candidate.municipalityName + town;
        if (!addresses.contains(address)) {
            addresses.append(address);
        }
        if (addresses.size() == 10) {
            break;
        }
    }
    return addresses;
}

void showForm(Context& context,
              httplib::Response& response,
              int status,
              const QHash<QString, QString>& values,
              const QList<core::Error>& errors,
              const QString& notAccepting = {},
              const QString& addressNote = {})
{
    const auto codes = accepting(context, response);
    if (!codes) {
        return;
    }
    WebReply::page(response, status, u"apply"_s, NaviFormView::form(values, errors, *codes, notAccepting, addressNote));
}

/// Validates; answers the form again (422) with the errors or the 対応していない市町村 message, or returns the
/// application.
std::optional<core::TicketApplication>
validated(Context& context, httplib::Response& response, const QHash<QString, QString>& values)
{
    const QDate today = core::JapaneseFormat::inJapan(context.clock.now()).date();
    auto check = core::TicketApplicationValidator::validate(values, today, core::NaviCatalogue::builtIn());
    const QString code = values.value(core::ticketField::kMunicipality);
    const auto place = core::NaviCatalogue::builtIn().place(code);
    const QString prefecture = values.value(u"prefecture"_s);
    if (place && !prefecture.isEmpty() && prefecture != place->prefecture) {
        check.errors.prepend(core::Error{core::ticketField::kMunicipality,
                                         u"住民票の市町村：選択した都道府県の市区町村を選択してください。"_s});
        check.application.reset();
    }
    if (!check.application) {
        showForm(context, response, 422, values, check.errors);
        return std::nullopt;
    }
    const auto codes = accepting(context, response);
    if (!codes) {
        return std::nullopt;
    }
    if (!codes->contains(check.application->municipalityCode)) {
        const QString message
            = NaviApplicationService(context.storage).notAcceptingMessage(check.application->municipalityCode);
        showForm(context, response, 422, values, {core::Error{core::ticketField::kMunicipality, message}}, message);
        return std::nullopt;
    }
    return check.application;
}

void submit(Context& context,
            const httplib::Request& request,
            httplib::Response& response,
            const QHash<QString, QString>& values,
            const QString& nonce)
{
    const QString address = ClientAddress::of(request);
    const QDateTime now = context.clock.now();
    if (!context.submits.take(address, now)) {
        tooMany(response, context.submits, address, now);
        return;
    }
    const auto application = validated(context, response, values);
    if (!application) {
        return;
    }
    const auto submitted = NaviApplicationService(context.storage).submit(*application, nonce, now);
    if (!submitted) {
        if (submitted.error().code() == core::ErrorCode::Storage) {
            internalError(response);
        } else if (submitted.error().error.field == core::ticketField::kMunicipality) {
            showForm(context, response, 422, values, {submitted.error().error}, submitted.error().error.message);
        } else {
            WebReply::message(response, 503, u"ただいま申請を受け付けられません"_s, submitted.error().error.message);
        }
        return;
    }
    WebData page;
    page.set("title", "発行申請完了");
    page.set("receipt", utf8(submitted->receipt.format()));
    page.set("received_at", utf8(receivedAt(submitted->submittedAt)));
    WebReply::page(response, 200, u"done"_s, page);
}

void applyPost(Context& context,
               const httplib::Request& request,
               httplib::Response& response,
               const httplib::ContentReader& reader)
{
    const auto form = FormBody::read(request, reader, response);
    if (!form) {
        return;
    }
    const auto nonce = verifiedNonce(context, request, *form, response);
    if (!nonce) {
        return;
    }
    QHash<QString, QString> values = NaviFormView::kept(form->fields());
    const QString action = form->value(u"action"_s);
    if (action == u"submit"_s) {
        submit(context, request, response, values, *nonce);
    } else if (action == u"confirm"_s) {
        if (const auto application = validated(context, response, values)) {
            WebReply::page(response, 200, u"confirm"_s, NaviFormView::confirm(*application, values));
        }
    } else if (action == u"address"_s) {
        const QStringList found = addressesFor(values.value(core::ticketField::kPostalCode));
        if (!found.isEmpty()) {
            values.insert(core::ticketField::kAddress, found.first());
        }
        showForm(
            context, response, 200, values, {}, {},
            found.isEmpty()
                ? u"郵便番号に該当する住所が見つかりません。郵便番号をご確認いただくか、住所を直接入力してください。"_s
                : QString());
    } else {
        showForm(context, response, 200, values, {});
    }
}

void statusPage(Context& context,
                const httplib::Request& request,
                httplib::Response& response,
                const QHash<QString, QString>& values,
                const WebData& extra = {})
{
    const auto token = csrf(context, response);
    if (!token) {
        return;
    }
    WebData page = extra;
    page.set("title", "申請状況の確認");
    page.set("token", utf8(token->issue(browserCookie(request, response))));
    for (const QString& name : {u"receipt"_s, u"birth_year"_s, u"birth_month"_s, u"birth_day"_s}) {
        page.set((u"v_"_s + name).toStdString(), utf8(values.value(name).left(40)));
    }
    WebReply::page(response, 200, u"status"_s, page);
}

void statusPost(Context& context,
                const httplib::Request& request,
                httplib::Response& response,
                const httplib::ContentReader& reader)
{
    const auto form = FormBody::read(request, reader, response);
    if (!form || !verifiedNonce(context, request, *form, response)) {
        return;
    }
    const QString address = ClientAddress::of(request);
    const QDateTime now = context.clock.now();
    if (!context.lookups.take(address, now)) {
        tooMany(response, context.lookups, address, now);
        return;
    }
    const QHash<QString, QString> values = form->fields();
    WebData extra;
    const QString receipt = values.value(u"receipt"_s).trimmed();
    const QDate birth(values.value(u"birth_year"_s).toInt(), values.value(u"birth_month"_s).toInt(),
                      values.value(u"birth_day"_s).toInt());
    if (receipt.isEmpty()) {
        extra.set("e_receipt", "受付番号を入力してください。");
    }
    if (!birth.isValid()) {
        extra.set("e_birth_year", "生年月日：存在する日付を、年は西暦4桁で入力してください。");
    }
    if (!receipt.isEmpty() && birth.isValid()) {
        const auto found = NaviApplicationService(context.storage).status(receipt, birth);
        if (!found) {
            internalError(response);
            return;
        }
        if (!*found) {
            extra.set("not_found",
                      "入力された受付番号と生年月日に一致する申請は見つかりません。入力内容をご確認ください。");
        } else {
            const NaviApplicationRecord& record = **found;
            const bool shipped = record.status == NaviApplicationStatus::Shipped;
            WebData result;
            result.set("receipt", utf8(record.receipt));
            result.set("received_at", utf8(receivedAt(record.submittedAt)));
            result.set("status", shipped ? "発送済み" : "受付済み");
            if (shipped) {
                result.set("shipped_at",
                           utf8(NaviFormView::date(core::JapaneseFormat::inJapan(record.shippedAt).date())));
            } else {
                result.set("shipped_at", false);
            }
            result.set("explanation",
                       shipped ? "接種券は市町村から発送されました。届くまでしばらくお待ちください。"
                               : "申請は市町村に届いています。接種券の発行・発送までしばらくお待ちください。");
            extra.set("result", result);
        }
    }
    statusPage(context, request, response, values, extra);
}

} // namespace

void NaviRoutes::install(RouteTable& server, Storage& storage, const ServerClock& clock, const NaviLimits& limits)
{
    auto context = std::make_shared<Context>(storage, clock, limits);

    server.Get("/navi/apply", [context](const httplib::Request& request, httplib::Response& response) {
        const auto token = csrf(*context, response);
        if (!token) {
            return;
        }
        showForm(*context, response, 200, {{u"token"_s, token->issue(browserCookie(request, response))}}, {});
    });
    server.Post("/navi/apply",
                [context](const httplib::Request& request, httplib::Response& response,
                          const httplib::ContentReader& reader) { applyPost(*context, request, response, reader); });
    server.Get("/navi/status", [context](const httplib::Request& request, httplib::Response& response) {
        statusPage(*context, request, response, {});
    });
    server.Post("/navi/status",
                [context](const httplib::Request& request, httplib::Response& response,
                          const httplib::ContentReader& reader) { statusPost(*context, request, response, reader); });
    // For navi.js only (the form fills the address without it too, with 住所を検索).
    server.Get("/navi/address", [](const httplib::Request& request, httplib::Response& response) {
        QJsonArray addresses;
        for (const QString& address :
             addressesFor(QString::fromStdString(request.get_param_value("postal")).left(16))) {
            addresses.append(address);
        }
        WebReply::json(response, 200,
                       QJsonDocument(QJsonObject{{u"addresses"_s, addresses}}).toJson(QJsonDocument::Compact));
    });
    // Init-captures: clang 14 cannot capture structured bindings.
    for (const auto& [path, name, title] : {std::tuple{"/navi/terms", u"terms"_s, "利用規約"},
                                            std::tuple{"/navi/privacy", u"privacy"_s, "プライバシーポリシー"}}) {
        server.Get(path, [templateName = name, heading = title](const httplib::Request&, httplib::Response& response) {
            WebData page;
            page.set("title", heading);
            WebReply::page(response, 200, templateName, page, WebReply::Caching::Public);
        });
    }
}

} // namespace vsys::server
