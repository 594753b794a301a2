// SPDX-License-Identifier: MIT
// ApplicationService: what a venue may do with its applications (申込), by core's status machine.
#pragma once

#include "core/application/ApplicationRecord.h"
#include "core/application/ApplicationStatus.h"
#include "server/service/Outcome.h"
#include "server/service/SessionService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct SavedApplication
{
    core::ApplicationRecord record;
    bool created = false;
};

/// One page of a venue's applications (docs/api.md "Applications").
struct ApplicationPage
{
    QList<core::ApplicationRecord> records;
    QString next; ///< the cursor of the following page; empty on the last page
};

/// Every method checks that the record belongs to the session's venue; one of another venue is
/// NotFound, exactly like one that does not exist.
class ApplicationService
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationService)
public:
    explicit ApplicationService(Storage& storage);

    /// The page of the venue's applications (newest first) after the cursor `after` (empty: the
    /// first page): at most `limit` records (clamped to venueLimits::kPageRecords) and about
    /// venueLimits::kMaxPageBytes of them. An unreadable cursor is InvalidField "after".
    Outcome<ApplicationPage> list(const VenueSession& session, const QString& after, int limit);
    Outcome<core::ApplicationRecord> get(const VenueSession& session, const QString& id);
    /// Creates a draft when `id` is new and `ifMatch` is absent or 0; otherwise edits the content
    /// if `ifMatch` is the current version and the status allows editing. Content over
    /// venueLimits::kMaxRecordBytes is RecordTooLarge; a new draft beyond venueLimits::kMaxOpenDrafts
    /// is TooManyDrafts.
    Outcome<SavedApplication>
    put(const VenueSession& session, const QString& id, const QJsonObject& content, std::optional<int> ifMatch);
    /// Submit, Withdraw or Resubmit. Submit gives the 申込番号. Opens a transaction of its own, which
    /// nests in the caller's (the HTTP layer stores the answer in the same one).
    Outcome<core::ApplicationRecord>
    act(const VenueSession& session, const QString& id, core::ApplicationAction action, std::optional<int> ifMatch);

private:
    /// TooManyDrafts when the venue has no room for another draft; takes the venue's draft lock
    /// first, which the caller's transaction holds until it ends.
    std::optional<ServiceError> noRoomForDraft(const VenueSession& session);
    ServiceError concurrentChange(const VenueSession& session, const QString& id);
    Outcome<core::ApplicationRecord> ownedRecord(const VenueSession& session, const QString& id);

    Storage& m_storage;
};

/// Helpers the venue and reviewer services share.
namespace applicationRules {

/// VersionConflict carrying the server's copy.
ServiceError versionConflict(const core::ApplicationRecord& serverCopy);
ServiceError notFound();
/// core's refusal as an InvalidStatus error.
ServiceError invalidStatus(const core::Error& refusal);

} // namespace applicationRules

} // namespace vsys::server
