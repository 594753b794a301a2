// SPDX-License-Identifier: MIT
// NaviAdminService: what a municipality's operator does with its 接種券発行申請 through vsysdesk-admin: lists, the
// export, 発送済み, and the retention period after which applications (personal data) are deleted.
#pragma once

#include "server/service/NaviApplicationService.h"
#include "server/service/Outcome.h"
#include "server/storage/NaviApplicationRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vsys::server {

class Storage;

/// How long applications are kept (docs/decisions.md): `shippedDays` after 発送済み (to answer a
/// resident whose 接種券 did not arrive), `receivedDays` after 受付 for one never shipped.
struct NaviRetention
{
    static constexpr int kDefaultShippedDays = 90;
    static constexpr int kDefaultReceivedDays = 365;
    static constexpr int kMaxDays = 3650;

    int shippedDays = kDefaultShippedDays;
    int receivedDays = kDefaultReceivedDays;

    QDateTime shippedCutoff(const QDateTime& now) const { return now.addDays(-shippedDays); }
    QDateTime receivedCutoff(const QDateTime& now) const { return now.addDays(-receivedDays); }
};

struct NaviListing
{
    QList<NaviApplicationRecord> applications;
    int page = 1;
    int pages = 1;
};

/// What navi-ship did: receipts marked now, and those that were already 発送済み.
struct NaviShipment
{
    QStringList shipped;
    QStringList alreadyShipped;
};

/// Every method works on one municipality, named by the caller; an application of another is treated exactly
/// like one that does not exist.
class NaviAdminService
{
    Q_DECLARE_TR_FUNCTIONS(NaviAdminService)
public:
    static constexpr int kPageSize = 100;
    static constexpr int kExportBatch = 500;

    explicit NaviAdminService(Storage& storage);

    /// A municipality (or 広域連合) code as typed: 6 digits with a correct check digit (core::MunicipalityCode)
    /// and one the 接種券発行申請 knows. Errors name `option`.
    static Outcome<QString> municipality(const QString& text, const QString& option);
    /// Every municipality's row (accepting or not), by code.
    Outcome<QList<NaviMunicipalityRow>> municipalities();
    Outcome<NaviListing> applications(const QString& code, std::optional<NaviApplicationStatus> status, int page);
    /// All of them, read kExportBatch at a time, oldest first.
    Outcome<QList<NaviApplicationRecord>> exportAll(const QString& code, std::optional<NaviApplicationStatus> status);
    /// Marks `receipts` 発送済み in one transaction. A receipt that is malformed, unknown or another municipality's
    /// refuses the whole call naming it, and nothing changes.
    Outcome<NaviShipment> ship(const QString& code, const QStringList& receipts, const QDateTime& now);
    /// Deletes (or with `dryRun` only counts) the applications past `retention` at `now`.
    Outcome<int> purge(const NaviRetention& retention, const QDateTime& now, bool dryRun);

private:
    Storage& m_storage;
};

} // namespace vsys::server
