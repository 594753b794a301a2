// SPDX-License-Identifier: MIT
// ChangesService: the log says which records changed; the data is read now, so it is never older than the log.
#include "server/service/ChangesService.h"

#include "core/application/ApplicationRecord.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "server/service/RecordJson.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ApplicationRepository.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/CoolRepository.h"
#include "server/storage/DocumentRepository.h"
#include "server/storage/DoseRepository.h"
#include "server/storage/InquiryRepository.h"
#include "server/storage/InstitutionRepository.h"
#include "server/storage/PlanRepository.h"
#include "server/storage/ReportRepository.h"
#include "server/storage/Storage.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

ChangesService::ChangesService(Storage& storage)
    : m_storage(storage)
{}

Outcome<ChangeFeed> ChangesService::since(const VenueSession& session, qint64 cursor, int limit)
{
    limit = std::clamp(limit, 1, venueLimits::kPageRecords);
    // One change more than the page holds tells whether another page follows.
    const auto changes = ChangeLog(m_storage).since(session.venueId, cursor, limit + 1);
    if (!changes) {
        return changes.error();
    }
    ChangeFeed feed;
    feed.cursor = cursor;
    qsizetype bytes = 0;
    qsizetype taken = 0;
    // Each change has its own sequence number, also those of one transaction, so a page may end
    // between any two of them: the next page starts after the last one this page holds.
    for (; taken < changes->size() && taken < limit; ++taken) {
        const Change& change = changes->at(taken);
        const auto data = dataOf(session, change);
        if (!data) {
            return data.error();
        }
        if (!data->isUndefined()) {
            // A クール's id is its number on the wire, like in GET /cools.
            const QJsonValue id
                = change.kind == ChangeKind::Cool ? QJsonValue(change.entityId.toInt()) : QJsonValue(change.entityId);
            const QJsonObject item{{u"kind"_s, ChangeLog::kindKey(change.kind)}, {u"id"_s, id}, {u"data"_s, *data}};
            const qsizetype size = QJsonDocument(item).toJson(QJsonDocument::Compact).size();
            if (!feed.changes.isEmpty() && bytes + size > venueLimits::kMaxPageBytes) {
                break;
            }
            bytes += size;
            feed.changes.append(item);
        }
        feed.cursor = std::max(feed.cursor, change.seq);
    }
    feed.more = taken < changes->size();
    return feed;
}

Outcome<QJsonValue> ChangesService::dataOf(const VenueSession& session, const Change& change)
{
    QJsonValue data;
    switch (change.kind) {
    case ChangeKind::Application: {
        const auto found = ApplicationRepository(m_storage).findForVenue(session.venueId, change.entityId);
        if (!found) {
            return found.error();
        }
        if (*found) {
            data = core::ApplicationJson::toJson(**found);
        }
        break;
    }
    case ChangeKind::Document: {
        const auto found = DocumentRepository(m_storage).find(session.venueId, change.entityId);
        if (!found) {
            return found.error();
        }
        if (*found) {
            data = RecordJson::document(**found);
        }
        break;
    }
    case ChangeKind::Cool: {
        const auto found = CoolRepository(m_storage).find(change.entityId.toInt(), session.venueId);
        if (!found) {
            return found.error();
        }
        if (*found) {
            data = core::CoolJson::toJson(**found);
        }
        break;
    }
    case ChangeKind::Plan: {
        const auto plan = PlanRepository(m_storage).find(session.venueId);
        if (!plan) {
            return plan.error();
        }
        data = core::PlanJson::toJson(*plan);
        break;
    }
    case ChangeKind::Venue: {
        if (change.entityId != session.venueId) {
            break;
        }
        auto venue = RecordJson::venue(m_storage, session.venueId);
        if (!venue) {
            return venue.error();
        }
        data = *venue;
        break;
    }
    case ChangeKind::Report: {
        const auto found = ReportRepository(m_storage).findForVenue(session.venueId, change.entityId);
        if (!found) {
            return found.error();
        }
        if (*found) {
            data = core::ReportJson::toJson((*found)->report);
        }
        break;
    }
    case ChangeKind::Dose: {
        const auto found = DoseRepository(m_storage).findForVenue(session.venueId, change.entityId);
        if (!found) {
            return found.error();
        }
        if (*found) {
            data = core::DoseJson::toJson((*found)->entry);
        }
        break;
    }
    case ChangeKind::Inquiry: {
        const auto found = InquiryRepository(m_storage).findForVenue(session.venueId, change.entityId);
        if (!found) {
            return found.error();
        }
        if (*found) {
            data = core::InquiryJson::toJson((*found)->inquiry);
        }
        break;
    }
    case ChangeKind::Institution: {
        const auto record = InstitutionRepository(m_storage).find(session.venueId);
        if (!record) {
            return record.error();
        }
        data = core::InstitutionRecordJson::toJson(*record);
        break;
    }
    case ChangeKind::Doctor: {
        const auto found = InstitutionRepository(m_storage).findDoctor(change.entityId);
        if (!found) {
            return found.error();
        }
        if (*found && (*found)->venueId == session.venueId) {
            data = (*found)->doctor ? core::DoctorJson::toJson(*(*found)->doctor)
                                    : core::DoctorJson::deletedJson(change.entityId);
        }
        break;
    }
    }
    return data;
}

} // namespace vsys::server
