// SPDX-License-Identifier: MIT
// OperatorService: validation first, then one transaction per change with its change-log row.
#include "server/service/OperatorService.h"

#include "core/validation/StoredJsonRules.h"
#include "core/validation/Validators.h"
#include "server/security/PasswordHasher.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/DocumentRepository.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

ServiceError invalid(const QString& field, const QString& message)
{
    return {core::Error{field, message, core::ErrorCode::Invalid}};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Runs `change` and its change-log row in one transaction.
template <typename Change>
Outcome<std::monostate>
inTransaction(Storage& storage, const QString& venueId, ChangeKind kind, const QString& entityId, Change&& change)
{
    SqlTransaction transaction(storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto changed = change(now); !changed) {
        return changed.error();
    }
    if (auto logged = ChangeLog(storage).record(venueId, kind, entityId, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return std::monostate();
}

} // namespace

OperatorService::OperatorService(Storage& storage)
    : m_storage(storage)
{}

Outcome<QString> OperatorService::createVenue(const QString& name,
                                              const QJsonObject& existingRegistration,
                                              const QString& id,
                                              const QString& numberPrefix)
{
    if (name.trimmed().isEmpty()) {
        return invalid(u"name"_s, tr("Venue name: please enter the name of the venue."));
    }
    // The registration goes out to the venue's PCs in /venue and /changes, like a record's content.
    if (const auto problem = core::StoredJsonRules::check(existingRegistration)) {
        return invalid(problem->field, problem->message);
    }
    VenueRow venue{id.isEmpty() ? newId() : id, name.trimmed(), existingRegistration, numberPrefix};
    if (venue.numberPrefix.isEmpty()) {
        venue.numberPrefix = QString::number(QRandomGenerator::global()->bounded(10000, 100000));
    }
    const auto created = inTransaction(m_storage, venue.id, ChangeKind::Venue, venue.id, [&](const QDateTime& now) {
        return VenueRepository(m_storage).insert(venue, now);
    });
    if (!created) {
        return created.error();
    }
    return venue.id;
}

Outcome<std::monostate>
OperatorService::createAccount(const QString& venueId, const QString& vsysId, const QString& password)
{
    if (password.size() < kMinPasswordLength) {
        return invalid(u"password"_s, tr("Password: use at least %1 characters.").arg(kMinPasswordLength));
    }
    if (!core::VsysId::isWellFormed(vsysId)) {
        return invalid(u"vsys_id"_s, tr("V-SYS ID: enter the 10-digit number, for example 1310000017."));
    }
    const auto hash = PasswordHasher::hash(password);
    if (!hash) {
        return m_storage.failure(hash.error().message);
    }
    return createAccountWithHash(venueId, vsysId, *hash);
}

Outcome<std::monostate>
OperatorService::createAccountWithHash(const QString& venueId, const QString& vsysId, const QString& passwordHash)
{
    if (!core::VsysId::isWellFormed(vsysId)) {
        return invalid(u"vsys_id"_s, tr("V-SYS ID: enter the 10-digit number, for example 1310000017."));
    }
    if (auto venue = requireVenue(venueId); !venue) {
        return venue;
    }
    VenueRepository venues(m_storage);
    const auto existing = venues.findAccount(vsysId);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return invalid(u"vsys_id"_s, tr("V-SYS ID: %1 is already in use. Please choose another number.").arg(vsysId));
    }
    // The venue record lists its V-SYS IDs, so a new one is a change of the venue.
    return inTransaction(m_storage, venueId, ChangeKind::Venue, venueId, [&](const QDateTime& now) {
        return venues.insertAccount({vsysId, venueId, passwordHash}, now);
    });
}

Outcome<QString>
OperatorService::uploadDelegation(const QString& venueId, const QString& filename, const QByteArray& pdf)
{
    if (!pdf.startsWith("%PDF-")) {
        return invalid(u"file"_s,
                       tr("File: %1 is not a PDF file. Please choose the delegation (委任状) PDF.").arg(filename));
    }
    if (pdf.size() > kMaxDocumentSize) {
        return invalid(u"file"_s, tr("File: %1 is larger than 10 MB. Please make the PDF smaller.").arg(filename));
    }
    if (auto venue = requireVenue(venueId); !venue) {
        return venue.error();
    }
    DocumentInfo info{newId(), venueId, u"delegation"_s, filename, pdf.size(), 0, {}};
    const auto stored = inTransaction(m_storage, venueId, ChangeKind::Document, info.id, [&](const QDateTime& now) {
        info.createdAt = now;
        return DocumentRepository(m_storage).insert(info, pdf);
    });
    if (!stored) {
        return stored.error();
    }
    return info.id;
}

Outcome<QList<DocumentInfo>> OperatorService::documents(const QString& venueId)
{
    if (auto venue = requireVenue(venueId); !venue) {
        return venue.error();
    }
    auto documents = DocumentRepository(m_storage).listForVenue(venueId);
    if (!documents) {
        return documents.error();
    }
    return std::move(documents).value();
}

Outcome<std::monostate> OperatorService::saveCool(core::CoolPeriod cool)
{
    if (cool.id <= 0) {
        return invalid(u"id"_s, tr("クール: the number must be 1 or more."));
    }
    if (!cool.start.isValid() || !cool.end.isValid() || cool.end < cool.start) {
        return invalid(u"end"_s,
                       tr("クール: enter the start and end dates as YYYY-MM-DD, the end not before the start."));
    }
    if (!cool.deliveryWeek.isValid()) {
        return invalid(u"delivery_week"_s, tr("Delivery week: enter the Monday of the delivery week as YYYY-MM-DD."));
    }
    if (!cool.changeDeadline.isValid()) {
        return invalid(u"deadline"_s,
                       tr("Deadline: enter the plan change deadline as YYYY-MM-DDTHH:MM (Japan time) or with an "
                          "offset, for example 2022-03-08T15:00+09:00."));
    }
    if (cool.state != core::CoolPeriod::State::Locked) {
        cool.lockedUntil = QDateTime();
    }
    return inTransaction(m_storage, {}, ChangeKind::Cool, QString::number(cool.id),
                         [&](const QDateTime& now) { return CoolRepository(m_storage).save(cool, now); });
}

Outcome<std::monostate> OperatorService::lockCool(int coolId, const QDateTime& until)
{
    const auto found = CoolRepository(m_storage).find(coolId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return ServiceError{
            core::Error{u"id"_s, tr("クール %1 does not exist.").arg(coolId), core::ErrorCode::NotFound}};
    }
    core::CoolPeriod cool = **found;
    cool.state = core::CoolPeriod::State::Locked;
    cool.lockedUntil = until;
    return saveCool(cool);
}

Outcome<std::monostate> OperatorService::setAllocation(const QString& venueId, int coolId, int boxes)
{
    const auto stored = CoolRepository(m_storage).allocation(venueId, coolId);
    if (!stored) {
        return stored.error();
    }
    core::Allocation allocation = stored->value_or(core::Allocation());
    allocation.vaccineBoxes = boxes;
    return setAllocation(venueId, coolId, allocation);
}

Outcome<std::monostate>
OperatorService::setAllocation(const QString& venueId, int coolId, const core::Allocation& allocation)
{
    if (auto venue = requireVenue(venueId); !venue) {
        return venue;
    }
    const auto cool = CoolRepository(m_storage).find(coolId);
    if (!cool) {
        return cool.error();
    }
    if (!*cool) {
        return ServiceError{
            core::Error{u"cool"_s, tr("クール %1 does not exist.").arg(coolId), core::ErrorCode::NotFound}};
    }
    if (auto checked = core::AllocationRules::check(**cool, allocation); !checked) {
        return ServiceError{checked.error()};
    }
    // The venue sees its allocation inside the クール record, hence a venue-scoped change of the クール:
    // only this venue's next GET /changes brings it.
    return inTransaction(m_storage, venueId, ChangeKind::Cool, QString::number(coolId), [&](const QDateTime& now) {
        return CoolRepository(m_storage).setAllocation(venueId, coolId, allocation, now);
    });
}

Outcome<std::monostate> OperatorService::requireVenue(const QString& venueId)
{
    const auto venue = VenueRepository(m_storage).find(venueId);
    if (!venue) {
        return venue.error();
    }
    if (!*venue) {
        return ServiceError{core::Error{u"venue"_s,
                                        tr("Venue %1 does not exist. Please check the venue id (UUID).").arg(venueId),
                                        core::ErrorCode::NotFound}};
    }
    return std::monostate();
}

} // namespace vsys::server
