// SPDX-License-Identifier: MIT
// NaviAdmin: the vsysdesk-admin commands of the 接種券発行申請 (web): which municipalities accept online
// applications, each municipality's applications (list, CSV export, 発送済み) and the retention purge.
#pragma once

#include "server/admin/AdminCommand.h"
#include "server/service/NaviAdminService.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <map>

namespace vsys::server {

class NaviAdmin
{
    Q_DECLARE_TR_FUNCTIONS(NaviAdmin)
public:
    /// navi-municipalities, navi-municipality, navi-applications, navi-export, navi-ship, navi-purge.
    static const std::map<QString, admin::Command>& commands();
    /// Their options (--municipality, --status, --out, --dry-run and the retention options).
    static QList<QCommandLineOption> options();
    /// Their lines of the usage text.
    static QString summary();

    /// --navi-keep-shipped-days and --navi-keep-received-days, for vsysdesk-admin and vsysdesk-server alike.
    static QList<QCommandLineOption> retentionOptions();
    /// The retention the options give (the defaults where not given); nothing, with `error` set, when one is not
    /// a number of days from 1 to NaviRetention::kMaxDays.
    static std::optional<NaviRetention> retention(const QCommandLineParser& parser, QString& error);
    /// What vsysdesk-server runs at start and once a day: deletes the applications past `retention` at `now` and
    /// logs how many (a failure is logged and tried again the next day).
    static void purgeExpired(Storage& storage, const NaviRetention& retention, const QDateTime& now);
};

} // namespace vsys::server
