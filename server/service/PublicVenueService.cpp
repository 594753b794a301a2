// SPDX-License-Identifier: MIT
// PublicVenueService: the counts come from one statement, and decide both the choices and the pages.
#include "server/service/PublicVenueService.h"

#include "core/address/MunicipalityDirectory.h"
#include "server/storage/PublicVenueRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

bool isDigits(const QString& text, qsizetype length)
{
    return text.size() == length
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

PublicVenueService::PublicVenueService(Storage& storage)
    : m_storage(storage)
{}

Outcome<PublicVenuePage> PublicVenueService::find(const PublicVenueQuery& query)
{
    const core::MunicipalityDirectory& directory = core::MunicipalityDirectory::builtIn();
    PublicVenueRepository repository(m_storage);
    const auto counts = repository.counts();
    if (!counts) {
        return counts.error();
    }

    PublicVenuePage page;
    for (const core::Municipality& entry : directory.all()) {
        if (entry.isPrefecture()) {
            page.prefectures.append({entry.prefectureCode, entry.prefecture, 0});
        }
    }
    for (const MunicipalityVenueCount& count : *counts) {
        const auto prefecture
            = std::find_if(page.prefectures.begin(), page.prefectures.end(),
                           [&](const PublicPlace& place) { return count.code.startsWith(place.code); });
        if (prefecture != page.prefectures.end()) {
            prefecture->venues += count.venues;
        }
    }

    if (isDigits(query.prefecture, 2) && !directory.prefecture(query.prefecture).isEmpty()) {
        page.prefecture = query.prefecture;
    }
    if (page.prefecture.isEmpty()) {
        return page;
    }
    for (const MunicipalityVenueCount& count : *counts) {
        const QString name = directory.name(count.code);
        // A code the directory does not know is still listed under its prefecture, but is no choice.
        if (count.code.startsWith(page.prefecture) && !name.isEmpty()) {
            page.municipalities.append({count.code, name, count.venues});
            if (count.code == query.municipality) {
                page.municipality = count.code;
            }
        }
    }
    const QString shown = page.municipality.isEmpty() ? page.prefecture : page.municipality;
    for (const MunicipalityVenueCount& count : *counts) {
        if (count.code.startsWith(shown)) {
            page.total += count.venues;
        }
    }
    page.pages = std::max(1, (page.total + kPageSize - 1) / kPageSize);
    page.page = std::clamp(query.page, 1, page.pages);

    const auto rows = repository.list(shown, kPageSize, (page.page - 1) * kPageSize);
    if (!rows) {
        return rows.error();
    }
    for (const PublicVenueRow& row : *rows) {
        page.venues.append(
            {row.name, row.municipalityCode, directory.name(row.municipalityCode), row.status, row.changedAt});
    }
    return page;
}

} // namespace vsys::server
