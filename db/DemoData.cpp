// SPDX-License-Identifier: MIT
// Demo data: inserted through VenueRepository, in one transaction, so a seed never half-happens.
#include "db/DemoData.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "db/VenueRepository.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace vsys::db {

core::Result<void> seedDemoData(Database& database)
{
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    VenueRepository venues(database);
    const auto existing = venues.all();
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return {};
    }

    // Fake: this V-SYS ID and name belong to no real 接種会場 and must never reach a real server.
    core::Venue demo;
    demo.vsysId = u"1310000017"_s;
    demo.name = u"(職域)サンプル職域接種会場"_s;
    if (auto saved = venues.save(demo); !saved) {
        return saved;
    }
    if (auto set
        = venues.setReservationStatus(demo.vsysId, core::ReservationStatus::Available, QDateTime::currentDateTimeUtc());
        !set) {
        return set;
    }
    return transaction.commit();
}

} // namespace vsys::db
