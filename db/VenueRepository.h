// SPDX-License-Identifier: MIT
// VenueRepository: reads and writes venues (接種会場) in the local database.
#pragma once

#include "core/Result.h"
#include "core/venue/Venue.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace vsys::db {

class Database;

/// Maps `venue` rows to core::Venue. Statements are prepared on first use and kept, so the
/// repository must not outlive its Database.
class VenueRepository
{
    Q_DECLARE_TR_FUNCTIONS(VenueRepository)
public:
    explicit VenueRepository(Database& database);
    VenueRepository(const VenueRepository&) = delete;
    VenueRepository& operator=(const VenueRepository&) = delete;

    /// Every venue, ordered by V-SYS ID.
    core::Result<QList<core::Venue>> all() const;
    core::Result<std::optional<core::Venue>> find(const QString& vsysId) const;
    /// Inserts the venue, or renames the one with the same V-SYS ID.
    core::Result<void> save(const core::Venue& venue);

private:
    static core::Venue venueFromRow(const QSqlQuery& query);

    StatementCache m_statements;
};

} // namespace vsys::db
