// SPDX-License-Identifier: MIT
// DoseService: the cap, the record and its change-log entry commit together under the venue's lock.
#include "server/service/DoseService.h"

#include "core/JapaneseFormat.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/DoseRepository.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

ServiceError notFound()
{
    return {core::Error{
        {}, DoseService::tr("The dose was not found. It may belong to another venue."), core::ErrorCode::NotFound}};
}

ServiceError invalid(const core::Error& error)
{
    return {core::Error{error.field, error.message, core::ErrorCode::Invalid}};
}

} // namespace

DoseService::DoseService(Storage& storage, int maxDoses)
    : m_storage(storage)
    , m_maxDoses(maxDoses > 0 ? maxDoses : venueLimits::kMaxDoseEntries)
{}

Outcome<core::DoseEntry> DoseService::record(const VenueSession& session, core::DoseEntry entry, const QDateTime& now)
{
    // Who sent the record is the session's V-SYS ID, whatever the body said.
    entry.enteredBy = session.vsysId;
    DoseRepository doses(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Counting and inserting take turns per venue, so two records at once never pass the cap.
    if (auto locked = VenueRepository(m_storage).lockWrites(session.venueId); !locked) {
        return locked.error();
    }
    const auto taken = doses.find(entry.id);
    if (!taken) {
        return taken.error();
    }
    if (*taken) {
        if ((*taken)->venueId == session.venueId && (*taken)->entry == entry) {
            // The desk did not get the first answer: this is it again.
            return entry;
        }
        // Another venue's record is not shown: only its own is the server's copy.
        ServiceError conflict{core::Error{u"id"_s,
                                          tr("id: a different dose with this id is already stored. Record the dose "
                                             "again as a new row."),
                                          core::ErrorCode::VersionConflict}};
        if ((*taken)->venueId == session.venueId) {
            conflict.serverCopy = core::DoseJson::toJson((*taken)->entry);
        }
        return conflict;
    }
    if (!entry.supersedes.isEmpty()) {
        const auto corrected = doses.findForVenue(session.venueId, entry.supersedes);
        if (!corrected) {
            return corrected.error();
        }
        if (!*corrected) {
            return invalid(
                core::Error{u"supersedes"_s, tr("supersedes: the row to correct is not in this venue's dose ledger.")});
        }
    }
    const auto last = doses.lastNumber(session.venueId);
    if (!last) {
        return last.error();
    }
    if (*last >= m_maxDoses) {
        return ServiceError{core::Error{{},
                                        tr("This venue's dose ledger already holds %1 records, the most the server "
                                           "keeps. Please contact the support desk.")
                                            .arg(core::JapaneseFormat::number(m_maxDoses)),
                                        core::ErrorCode::TooManyDoses}};
    }
    if (auto inserted = doses.insert(session.venueId, *last + 1, entry, session.vsysId, now); !inserted) {
        return inserted.error();
    }
    // The venue's other desks get the record through /changes.
    if (auto logged = ChangeLog(m_storage).record(session.venueId, ChangeKind::Dose, entry.id, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return entry;
}

Outcome<core::DoseEntry> DoseService::get(const VenueSession& session, const QString& id)
{
    const auto found = DoseRepository(m_storage).findForVenue(session.venueId, id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return notFound();
    }
    return (*found)->entry;
}

Outcome<DosePage> DoseService::list(const VenueSession& session, const QString& after, int limit)
{
    int from = 0;
    if (!after.isEmpty()) {
        bool ok = false;
        from = after.toInt(&ok);
        if (!ok || from < 1) {
            return invalid(core::Error{u"after"_s,
                                       tr("after: give the \"next\" value of the previous page "
                                          "unchanged, or leave it out for the first page.")});
        }
    }
    limit = std::clamp(limit, 1, venueLimits::kPageRecords);
    // One record more than the page holds tells whether another page follows.
    const auto found = DoseRepository(m_storage).pageForVenue(session.venueId, from, limit + 1);
    if (!found) {
        return found.error();
    }
    DosePage page;
    // A record is under 1 KiB (every value is bounded), so a page of kPageRecords stays far below
    // venueLimits::kMaxPageBytes.
    for (qsizetype i = 0; i < found->size() && i < limit; ++i) {
        page.doses.append(found->at(i).entry);
    }
    if (found->size() > limit) {
        page.next = QString::number(found->at(limit - 1).number);
    }
    return page;
}

} // namespace vsys::server
