// SPDX-License-Identifier: MIT
// NaviAdminService: shipping checks every receipt before it marks one, inside one transaction.
#include "server/service/NaviAdminService.h"

#include "core/navi/NaviCatalogue.h"
#include "core/navi/ReceiptNumber.h"
#include "core/validation/Validators.h"
#include "server/storage/NaviAdminRepository.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

NaviAdminService::NaviAdminService(Storage& storage)
    : m_storage(storage)
{}

Outcome<QString> NaviAdminService::municipality(const QString& text, const QString& option)
{
    const core::ValidationResult checked = core::MunicipalityCode::validate(text, option);
    if (!checked.acceptable()) {
        return core::Error{option, checked.message, core::ErrorCode::Invalid};
    }
    if (!core::NaviCatalogue::builtIn().place(checked.normalized)) {
        return core::Error{option,
                           tr("%1: %2 is neither a municipality nor a union of the online application.")
                               .arg(option, checked.normalized),
                           core::ErrorCode::Invalid};
    }
    return checked.normalized;
}

Outcome<QList<NaviMunicipalityRow>> NaviAdminService::municipalities()
{
    // Through the application service, which fills the table with the catalogue's list on first use.
    if (auto accepting = NaviApplicationService(m_storage).acceptingMunicipalities(); !accepting) {
        return accepting.error();
    }
    auto rows = NaviApplicationRepository(m_storage).municipalities();
    if (!rows) {
        return rows.error();
    }
    return *rows;
}

Outcome<NaviListing>
NaviAdminService::applications(const QString& code, std::optional<NaviApplicationStatus> status, int page)
{
    NaviAdminRepository repository(m_storage);
    const auto total = repository.count(code, status);
    if (!total) {
        return total.error();
    }
    NaviListing listing;
    listing.pages = std::max(1, (*total + kPageSize - 1) / kPageSize);
    if (page < 1 || page > listing.pages) {
        return ServiceError{core::Error{u"page"_s, tr("Page: give a number from 1 to %1.").arg(listing.pages),
                                        core::ErrorCode::Invalid}};
    }
    listing.page = page;
    const auto rows = repository.list(code, status, 0, kPageSize, (page - 1) * kPageSize);
    if (!rows) {
        return rows.error();
    }
    listing.applications = *rows;
    return listing;
}

Outcome<QList<NaviApplicationRecord>> NaviAdminService::exportAll(const QString& code,
                                                                  std::optional<NaviApplicationStatus> status)
{
    NaviAdminRepository repository(m_storage);
    QList<NaviApplicationRecord> all;
    qint64 after = 0;
    for (;;) {
        const auto rows = repository.list(code, status, after, kExportBatch);
        if (!rows) {
            return rows.error();
        }
        all += *rows;
        if (rows->size() < kExportBatch) {
            return all;
        }
        after = rows->constLast().id;
    }
}

Outcome<NaviShipment> NaviAdminService::ship(const QString& code, const QStringList& receipts, const QDateTime& now)
{
    NaviApplicationRepository repository(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    NaviShipment shipment;
    QStringList toShip;
    for (const QString& text : receipts) {
        const auto number = core::ReceiptNumber::parse(text);
        const auto found = number ? repository.findByReceipt(number->format())
                                  : core::Result<std::optional<NaviApplicationRecord>>(std::nullopt);
        if (!found) {
            return found.error();
        }
        // Unknown and another municipality's are one answer: this municipality learns nothing of the other's.
        if (!*found || (*found)->municipalityCode != code) {
            return core::Error{u"receipt"_s,
                               tr("%1 is not an application to %2. Nothing was marked as shipped.").arg(text, code),
                               core::ErrorCode::NotFound};
        }
        if ((*found)->status == NaviApplicationStatus::Shipped) {
            shipment.alreadyShipped.append((*found)->receipt);
        } else if (!toShip.contains((*found)->receipt)) {
            toShip.append((*found)->receipt);
        }
    }
    for (const QString& receipt : std::as_const(toShip)) {
        const auto marked = repository.markShipped(code, receipt, now);
        if (!marked) {
            return marked.error();
        }
        shipment.shipped.append(receipt);
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return shipment;
}

Outcome<int> NaviAdminService::purge(const NaviRetention& retention, const QDateTime& now, bool dryRun)
{
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto count
        = NaviAdminRepository(m_storage).expired(retention.shippedCutoff(now), retention.receivedCutoff(now), !dryRun);
    if (!count) {
        return count.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return *count;
}

} // namespace vsys::server
