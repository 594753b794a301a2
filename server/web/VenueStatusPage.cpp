// SPDX-License-Identifier: MIT
// VenueStatusPage: parameters are cut short before they are looked at, and only known codes come back into the
// page (PublicVenueService drops the rest), so nothing typed is reflected.
#include "server/web/VenueStatusPage.h"

#include "core/JapaneseFormat.h"
#include "server/service/PublicVenueService.h"
#include "server/web/ClientAddress.h"
#include "server/web/WebRateLimit.h"
#include "server/web/WebReply.h"

#include <memory>

using namespace Qt::StringLiterals;
using kainjow::mustache::data;
using kainjow::mustache::list;

namespace vsys::server {

namespace {

QString parameter(const httplib::Request& request, const char* name)
{
    return QString::fromStdString(request.get_param_value(name).substr(0, 16));
}

data option(const PublicPlace& place, bool selected)
{
    data entry;
    entry.set("value", WebTemplates::text(place.code));
    entry.set("label", WebTemplates::text(u"%1（%2件）"_s.arg(place.name).arg(place.venues)));
    entry.set("selected", selected);
    return entry;
}

std::string link(const PublicVenuePage& page, int number)
{
    QString query = u"/navi/venues?pref=%1"_s.arg(page.prefecture);
    if (!page.municipality.isEmpty()) {
        query += u"&city="_s + page.municipality;
    }
    return WebTemplates::text(query + u"&page="_s + QString::number(number));
}

data view(const PublicVenuePage& page)
{
    data page_data;
    page_data.set("title", "接種会場の予約受付状況");
    list prefectures;
    for (const PublicPlace& place : page.prefectures) {
        prefectures.push_back(option(place, place.code == page.prefecture));
    }
    page_data.set("prefectures", prefectures);
    list municipalities;
    for (const PublicPlace& place : page.municipalities) {
        municipalities.push_back(option(place, place.code == page.municipality));
    }
    page_data.set("municipalities", municipalities);
    page_data.set("chosen", !page.prefecture.isEmpty());
    page_data.set("pref", WebTemplates::text(page.prefecture));

    list venues;
    for (const PublicVenue& venue : page.venues) {
        data row;
        row.set("name", WebTemplates::text(venue.name));
        row.set("municipality", WebTemplates::text(venue.municipality));
        row.set("status_key", WebTemplates::text(core::ReservationStatusText::key(venue.status)));
        row.set("symbol", WebTemplates::text(core::ReservationStatusText::symbol(venue.status)));
        row.set("label", WebTemplates::text(core::ReservationStatusText::label(venue.status)));
        row.set(
            "updated",
            WebTemplates::text(venue.changedAt.isValid() ? core::JapaneseFormat::dateTime(venue.changedAt) : u"—"_s));
        venues.push_back(row);
    }
    page_data.set("venues", venues);
    page_data.set("has_venues", !page.venues.empty());
    page_data.set("none", !page.prefecture.isEmpty() && page.venues.isEmpty());
    page_data.set(
        "summary",
        WebTemplates::text(page.venues.isEmpty()
                               ? QString()
                               : u"%1件中 %2〜%3件目"_s.arg(core::JapaneseFormat::number(page.total))
                                     .arg((page.page - 1) * PublicVenueService::kPageSize + 1)
                                     .arg((page.page - 1) * PublicVenueService::kPageSize + page.venues.size())));

    list pages;
    for (int number = 1; number <= page.pages && page.pages > 1; ++number) {
        data entry;
        entry.set("number", WebTemplates::text(QString::number(number)));
        entry.set("href", link(page, number));
        entry.set("current", number == page.page);
        pages.push_back(entry);
    }
    page_data.set("pages", pages);
    page_data.set("has_pages", page.pages > 1);
    if (page.page > 1) {
        page_data.set("previous", link(page, page.page - 1));
    }
    if (page.page < page.pages) {
        page_data.set("next", link(page, page.page + 1));
    }

    list legend;
    for (core::ReservationStatus status : core::kReservationStatuses) {
        data entry;
        entry.set("status_key", WebTemplates::text(core::ReservationStatusText::key(status)));
        entry.set("symbol", WebTemplates::text(core::ReservationStatusText::symbol(status)));
        entry.set("label", WebTemplates::text(core::ReservationStatusText::label(status)));
        legend.push_back(entry);
    }
    page_data.set("legend", legend);
    return page_data;
}

} // namespace

void VenueStatusPage::install(RouteTable& server, Storage& storage)
{
    auto views = std::make_shared<WebRateLimit>(kViewsPerMinute, std::chrono::seconds(60));
    server.Get("/navi/venues", [&storage, views](const httplib::Request& request, httplib::Response& response) {
        const QString address = ClientAddress::of(request);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!views->take(address, now)) {
            WebReply::message(response, 429, u"しばらくお待ちください"_s,
                              u"短い時間に多くの表示があったため、一時的に表示を止めています。"
                              "1分ほど待ってから、もう一度お試しください。"_s);
            response.set_header("Retry-After", std::to_string(views->retryAfter(address, now)));
            return;
        }
        bool ok = false;
        const int number = parameter(request, "page").toInt(&ok);
        const auto page = PublicVenueService(storage).find(
            {parameter(request, "pref"), parameter(request, "city"), ok ? number : 1});
        if (!page) {
            WebReply::message(response, 500, u"エラー"_s,
                              u"ただいまページを表示できません。しばらくしてから、もう一度お試しください。"_s);
            return;
        }
        // Not cached: a resident reloads to see a venue's change at once.
        WebReply::page(response, 200, u"venues"_s, view(*page));
    });
}

} // namespace vsys::server
