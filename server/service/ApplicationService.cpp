// SPDX-License-Identifier: MIT
// ApplicationService: every status change goes through core::ApplicationStatusMachine and bumps the version.
#include "server/service/ApplicationService.h"

#include "core/application/ApplicationContent.h"
#include "core/application/ApplicationValidator.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ApplicationRepository.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace applicationRules {

ServiceError versionConflict(const core::ApplicationRecord& serverCopy)
{
    return {core::Error{
                u"If-Match"_s,
                ApplicationService::tr("This application was changed elsewhere in the meantime (version %1 on the "
                                       "server). Please compare your changes with the server's copy and save again.")
                    .arg(serverCopy.version),
                core::ErrorCode::VersionConflict},
            core::ApplicationJson::toJson(serverCopy)};
}

ServiceError notFound()
{
    return {
        core::Error{{},
                    ApplicationService::tr("The application was not found. It may have been deleted, or it belongs to "
                                           "another venue."),
                    core::ErrorCode::NotFound}};
}

ServiceError invalidStatus(const core::Error& refusal)
{
    return {core::Error{refusal.field, refusal.message, core::ErrorCode::InvalidStatus}};
}

/// The form's rules (core/application) on what the 申込 says, so one with errors never reaches a
/// reviewer even from a client that skipped them. The first error is answered, as the form focuses it.
std::optional<ServiceError> invalidContent(const core::ApplicationRecord& record, const QJsonObject& existing)
{
    const QList<core::FieldIssue> issues
        = core::ApplicationValidator().validate(core::ApplicationContent::effective(record.content, existing));
    for (const core::FieldIssue& issue : issues) {
        if (!issue.warning) {
            return ServiceError{core::Error{u"content."_s + issue.path, issue.message, core::ErrorCode::Invalid}};
        }
    }
    return std::nullopt;
}

} // namespace applicationRules

namespace {

qsizetype jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).size();
}

/// The list cursor: the last record's list key, base64url so that clients treat it as opaque.
QString encodeCursor(const ApplicationListKey& key)
{
    return QString::fromLatin1((key.createdAt + u' ' + key.id)
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ApplicationListKey> decodeCursor(const QString& cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    const QStringList parts = QString::fromUtf8(*decoded).split(u' ');
    if (parts.size() != 2 || !QDateTime::fromString(parts.at(0), Qt::ISODateWithMs).isValid()
        || parts.at(1).isEmpty()) {
        return std::nullopt;
    }
    return ApplicationListKey{parts.at(0), parts.at(1)};
}

ServiceError recordTooLarge(qsizetype bytes)
{
    const auto kib = [](qsizetype size) { return (size + 1023) / 1024; };
    return {core::Error{u"content"_s,
                        ApplicationService::tr("The application is too large to be saved: its entries take %1 KB, "
                                               "at most %2 KB are allowed. Please make the entries shorter.")
                            .arg(kib(bytes))
                            .arg(kib(venueLimits::kMaxRecordBytes)),
                        core::ErrorCode::RecordTooLarge}};
}

} // namespace

ApplicationService::ApplicationService(Storage& storage)
    : m_storage(storage)
{}

Outcome<ApplicationPage> ApplicationService::list(const VenueSession& session, const QString& after, int limit)
{
    std::optional<ApplicationListKey> from;
    if (!after.isEmpty()) {
        from = decodeCursor(after);
        if (!from) {
            return ServiceError{
                core::Error{u"after"_s,
                            tr("after: give the \"next\" value of the previous page unchanged, or leave it out for "
                               "the first page."),
                            core::ErrorCode::Invalid}};
        }
    }
    limit = std::clamp(limit, 1, venueLimits::kPageRecords);
    ApplicationRepository applications(m_storage);
    // One key more than the page holds tells whether another page follows.
    const auto keys = applications.keysForVenue(session.venueId, from, limit + 1);
    if (!keys) {
        return keys.error();
    }
    ApplicationPage page;
    qsizetype bytes = 0;
    qsizetype taken = 0;
    // Records are read one at a time and the page is cut by size, so neither the answer nor the
    // memory it takes grows with what the venue stores.
    for (; taken < keys->size() && taken < limit; ++taken) {
        const auto found = applications.findForVenue(session.venueId, keys->at(taken).id);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            continue;
        }
        const qsizetype size = jsonBytes(core::ApplicationJson::toJson(**found));
        if (!page.records.isEmpty() && bytes + size > venueLimits::kMaxPageBytes) {
            break;
        }
        bytes += size;
        page.records.append(**found);
    }
    if (taken < keys->size()) {
        page.next = encodeCursor(keys->at(taken - 1));
    }
    return page;
}

Outcome<core::ApplicationRecord> ApplicationService::get(const VenueSession& session, const QString& id)
{
    return ownedRecord(session, id);
}

Outcome<SavedApplication> ApplicationService::put(const VenueSession& session,
                                                  const QString& id,
                                                  const QJsonObject& content,
                                                  std::optional<int> ifMatch)
{
    if (const qsizetype bytes = jsonBytes(content); bytes > venueLimits::kMaxRecordBytes) {
        return recordTooLarge(bytes);
    }
    ApplicationRepository applications(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto found = applications.find(id);
    if (!found) {
        return found.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SavedApplication saved;
    if (!*found) {
        // A client that believes it holds version n of a record the server never had is out of step.
        if (ifMatch.value_or(0) != 0) {
            return applicationRules::notFound();
        }
        if (auto refusal = noRoomForDraft(session)) {
            return *refusal;
        }
        saved.created = true;
        saved.record.id = id;
        saved.record.status = core::ApplicationStatus::Draft;
        saved.record.version = 1;
        saved.record.content = content;
        saved.record.createdAt = now;
        saved.record.updatedAt = now;
        if (auto inserted = applications.insert(session.venueId, saved.record); !inserted) {
            return inserted.error();
        }
    } else {
        if ((*found)->venueId != session.venueId) {
            return applicationRules::notFound();
        }
        const core::ApplicationRecord& current = (*found)->record;
        if (ifMatch.value_or(0) != current.version) {
            return applicationRules::versionConflict(current);
        }
        if (auto allowed
            = core::ApplicationStatusMachine::apply(current.status, core::ApplicationAction::Edit, core::Actor::Venue);
            !allowed) {
            return applicationRules::invalidStatus(allowed.error());
        }
        saved.record = current;
        saved.record.content = content;
        saved.record.version = current.version + 1;
        saved.record.updatedAt = now;
        const auto updated = applications.update(session.venueId, saved.record, current.version);
        if (!updated) {
            return updated.error();
        }
        if (!*updated) {
            return concurrentChange(session, id);
        }
    }
    if (auto logged = ChangeLog(m_storage).record(session.venueId, ChangeKind::Application, id, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Outcome<core::ApplicationRecord> ApplicationService::act(const VenueSession& session,
                                                         const QString& id,
                                                         core::ApplicationAction action,
                                                         std::optional<int> ifMatch)
{
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto owned = ownedRecord(session, id);
    if (!owned) {
        return owned;
    }
    const core::ApplicationRecord& current = *owned;
    if (ifMatch && *ifMatch != current.version) {
        return applicationRules::versionConflict(current);
    }
    const auto next = core::ApplicationStatusMachine::apply(current.status, action, core::Actor::Venue);
    if (!next) {
        return applicationRules::invalidStatus(next.error());
    }
    if (action == core::ApplicationAction::Submit || action == core::ApplicationAction::Resubmit) {
        const auto venue = VenueRepository(m_storage).find(session.venueId);
        if (!venue) {
            return venue.error();
        }
        if (auto refusal
            = applicationRules::invalidContent(current, *venue ? (*venue)->existingRegistration : QJsonObject())) {
            return *refusal;
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::ApplicationRecord record = current;
    record.status = *next;
    record.version = current.version + 1;
    record.updatedAt = now;
    if (action == core::ApplicationAction::Submit || action == core::ApplicationAction::Resubmit) {
        record.submittedAt = now;
        // The previous review was about the previous submission; the list shows 「-」 until the next one.
        record.reviewedAt = QDateTime();
        record.reviewComment.clear();
    }
    if (record.number.isEmpty() && action == core::ApplicationAction::Submit) {
        VenueRepository venues(m_storage);
        const auto venue = venues.find(session.venueId);
        if (!venue) {
            return venue.error();
        }
        const auto sequence = venues.nextApplicationSequence(session.venueId);
        if (!sequence) {
            return sequence.error();
        }
        // 申込番号 as in the briefing: 12345-1010101010-01 (prefix, the V-SYS ID that applied, count).
        record.number = u"%1-%2-%3"_s.arg((*venue)->numberPrefix, session.vsysId).arg(*sequence, 2, 10, QChar(u'0'));
    }
    const auto updated = ApplicationRepository(m_storage).update(session.venueId, record, current.version);
    if (!updated) {
        return updated.error();
    }
    if (!*updated) {
        return concurrentChange(session, id);
    }
    if (auto logged = ChangeLog(m_storage).record(session.venueId, ChangeKind::Application, id, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return record;
}

std::optional<ServiceError> ApplicationService::noRoomForDraft(const VenueSession& session)
{
    ApplicationRepository applications(m_storage);
    if (auto locked = VenueRepository(m_storage).lockWrites(session.venueId); !locked) {
        return ServiceError{locked.error()};
    }
    const auto drafts = applications.countDrafts(session.venueId);
    if (!drafts) {
        return ServiceError{drafts.error()};
    }
    if (*drafts < venueLimits::kMaxOpenDrafts) {
        return std::nullopt;
    }
    return ServiceError{core::Error{
        {},
        tr("This venue already has %1 applications saved as drafts (一時保存中), the most allowed (%2). Please "
           "withdraw or submit one of them before creating a new application.")
            .arg(*drafts)
            .arg(venueLimits::kMaxOpenDrafts),
        core::ErrorCode::TooManyDrafts}};
}

ServiceError ApplicationService::concurrentChange(const VenueSession& session, const QString& id)
{
    // PostgreSQL (read committed) lets two requests read the same version; the second one's guarded
    // UPDATE then matches no row. It lost the race exactly like a stale If-Match.
    auto current = ownedRecord(session, id);
    return current ? applicationRules::versionConflict(*current) : current.error();
}

Outcome<core::ApplicationRecord> ApplicationService::ownedRecord(const VenueSession& session, const QString& id)
{
    const auto found = ApplicationRepository(m_storage).findForVenue(session.venueId, id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return applicationRules::notFound();
    }
    return **found;
}

} // namespace vsys::server
