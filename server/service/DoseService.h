// SPDX-License-Identifier: MIT
// DoseService: a venue's 接種台帳: records sent by its desks (POST /doses), read back and listed by them, and
// delivered to the other desks through /changes.
#pragma once

#include "core/ledger/DoseEntry.h"
#include "server/service/Outcome.h"
#include "server/service/SessionService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vsys::server {

class Storage;

/// One page of a venue's records, in the order the server stored them (docs/api.md "接種台帳").
struct DosePage
{
    QList<core::DoseEntry> doses;
    QString next; ///< the cursor of the following page; empty on the last page
};

/// Every method checks that a record belongs to the session's venue; one of another venue is NotFound,
/// exactly like one that does not exist. The server keeps the record as the desk made it (no names, no
/// birth dates), with the V-SYS ID that sent it as entered_by.
class DoseService
{
    Q_DECLARE_TR_FUNCTIONS(DoseService)
public:
    /// `maxDoses`: records kept per venue (venueLimits::kMaxDoseEntries; tests use fewer).
    explicit DoseService(Storage& storage, int maxDoses = 0);

    /// Stores `entry` for the session's venue. The id makes a resend harmless: a record already stored with
    /// this id and the same content is answered with the stored record (`created` false); other content
    /// under a taken id is VersionConflict with the stored record as the server's copy. A correction must
    /// supersede a record of the same venue (InvalidField "supersedes"); the venue's cap is TooManyDoses.
    /// Opens a transaction of its own, which nests in the caller's.
    Outcome<core::DoseEntry> record(const VenueSession& session, core::DoseEntry entry, const QDateTime& now);
    Outcome<core::DoseEntry> get(const VenueSession& session, const QString& id);
    /// The page of the venue's records after the cursor `after` (empty: the first page), at most `limit`
    /// (clamped to venueLimits::kPageRecords).
    Outcome<DosePage> list(const VenueSession& session, const QString& after, int limit);

private:
    Storage& m_storage;
    int m_maxDoses;
};

} // namespace vsys::server
