// SPDX-License-Identifier: MIT
// DemoData: fake venues, accounts, applications, クール and a 委任状 for trying the system (--demo).
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vsys::server {

class Storage;

struct DemoAccount
{
    QString vsysId;
    QString password; ///< public: these accounts exist only in demo databases
    QString venueName;
    QString use; ///< what the ID is for, in Japanese
};

/// The data is resources/demo/demo-data.json (compiled in): two venues with their 既存登録情報, their
/// V-SYS IDs (passwords stored as precomputed Argon2id hashes, so seeding takes no time), the
/// briefing's four applications and five クール, 分配実績, venue A's registered 接種計画 and a sample
/// 委任状 PDF. Every record is also in the change log, so a client's first GET /changes brings all of it.
class DemoData
{
public:
    /// Adds the demo data unless it is there already (one transaction, all or nothing).
    static core::Result<void> seed(Storage& storage);
    /// The moment a demo server's clock starts at (2022-03-01 10:00 JST), so that the briefing's plan
    /// screen is live: the first two クール allocated, the others open.
    static QDateTime demoNow();
    /// The demo V-SYS IDs and their passwords, to print and to document.
    static QList<DemoAccount> accounts();
};

} // namespace vsys::server
