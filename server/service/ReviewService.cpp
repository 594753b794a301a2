// SPDX-License-Identifier: MIT
// ReviewService: a review is one transaction: status, comment, new account and change-log rows together.
#include "server/service/ReviewService.h"

#include "core/validation/Validators.h"
#include "server/security/PasswordHasher.h"
#include "server/service/ApplicationService.h"
#include "server/service/OperatorService.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::server {

ReviewService::ReviewService(Storage& storage)
    : m_storage(storage)
{}

Outcome<QList<StoredApplication>> ReviewService::listWaiting()
{
    auto waiting = ApplicationRepository(m_storage).listByStatus(
        core::ApplicationStatusMachine::key(core::ApplicationStatus::AwaitingReview));
    if (!waiting) {
        return waiting.error();
    }
    return std::move(waiting).value();
}

Outcome<core::ApplicationRecord>
ReviewService::confirm(const QString& application, const QString& newVsysId, const QString& password)
{
    const auto stored = find(application);
    if (!stored) {
        return stored.error();
    }
    const auto next = core::ApplicationStatusMachine::apply(stored->record.status, core::ApplicationAction::Confirm,
                                                            core::Actor::Reviewer);
    if (!next) {
        return applicationRules::invalidStatus(next.error());
    }
    core::ApplicationRecord changed = stored->record;
    changed.status = *next;
    if (newVsysId.isEmpty()) {
        return review(*stored, changed);
    }

    if (!core::VsysId::isWellFormed(newVsysId)) {
        return ServiceError{core::Error{u"new_vsys_id"_s,
                                        tr("New V-SYS ID: enter the 10-digit number, for example 1310000025."),
                                        core::ErrorCode::Invalid}};
    }
    if (password.size() < OperatorService::kMinPasswordLength) {
        return ServiceError{core::Error{
            u"password"_s,
            tr("Password of the new V-SYS ID: use at least %1 characters.").arg(OperatorService::kMinPasswordLength),
            core::ErrorCode::Invalid}};
    }
    // Hashing takes a moment; do it before the transaction holds the write lock.
    const auto hash = PasswordHasher::hash(password);
    if (!hash) {
        return m_storage.failure(hash.error().message);
    }
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto created = OperatorService(m_storage).createAccountWithHash(stored->venueId, newVsysId, *hash); !created) {
        return created.error();
    }
    changed.issuedVsysId = newVsysId;
    auto reviewed = review(*stored, changed);
    if (!reviewed) {
        return reviewed;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return reviewed;
}

Outcome<core::ApplicationRecord> ReviewService::returnForResubmission(const QString& application,
                                                                      const QString& comment)
{
    if (comment.trimmed().isEmpty()) {
        return ServiceError{core::Error{
            u"comment"_s, tr("Comment: please write what the venue has to correct before it applies again."),
            core::ErrorCode::Invalid}};
    }
    const auto stored = find(application);
    if (!stored) {
        return stored.error();
    }
    const auto next = core::ApplicationStatusMachine::apply(stored->record.status, core::ApplicationAction::Return,
                                                            core::Actor::Reviewer);
    if (!next) {
        return applicationRules::invalidStatus(next.error());
    }
    core::ApplicationRecord changed = stored->record;
    changed.status = *next;
    changed.reviewComment = comment.trimmed();
    return review(*stored, changed);
}

Outcome<StoredApplication> ReviewService::find(const QString& application)
{
    ApplicationRepository applications(m_storage);
    const bool isUuid = !QUuid::fromString(application).isNull();
    const auto found = isUuid ? applications.find(application.toLower()) : applications.findByNumber(application);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return ServiceError{core::Error{
            u"application"_s,
            tr("Application %1 was not found. Give its application number (申込番号) or its id.").arg(application),
            core::ErrorCode::NotFound}};
    }
    return **found;
}

Outcome<core::ApplicationRecord> ReviewService::review(const StoredApplication& stored, core::ApplicationRecord changed)
{
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    changed.reviewedAt = now;
    changed.updatedAt = now;
    changed.version = stored.record.version + 1;
    const auto updated = ApplicationRepository(m_storage).update(stored.venueId, changed, stored.record.version);
    if (!updated) {
        return updated.error();
    }
    if (!*updated) {
        return ServiceError{
            core::Error{{},
                        tr("Application %1 was changed in the meantime. Please look at it again and repeat.")
                            .arg(stored.record.number),
                        core::ErrorCode::VersionConflict}};
    }
    if (auto logged = ChangeLog(m_storage).record(stored.venueId, ChangeKind::Application, changed.id, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return changed;
}

} // namespace vsys::server
