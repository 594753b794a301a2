// SPDX-License-Identifier: MIT
// OperatorService: the ministry operator's changes (venues, accounts, 委任状, クール, 分配量 and 配送予定日).
#pragma once

#include "server/service/Outcome.h"
#include "server/storage/CoolRepository.h"
#include "server/storage/DocumentRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace vsys::server {

class Storage;

/// Each change is one transaction and notes itself in the change log, so venues see it on their
/// next GET /changes.
class OperatorService
{
    Q_DECLARE_TR_FUNCTIONS(OperatorService)
public:
    static constexpr int kMinPasswordLength = 12;
    static constexpr qint64 kMaxDocumentSize = 10 * 1024 * 1024;

    explicit OperatorService(Storage& storage);

    /// A new venue; its id when `id` is empty. `numberPrefix` (5 digits) is random when empty.
    Outcome<QString> createVenue(const QString& name,
                                 const QJsonObject& existingRegistration,
                                 const QString& id = {},
                                 const QString& numberPrefix = {});
    /// A V-SYS ID for the venue, with the password hashed (Argon2id) before it is stored.
    Outcome<std::monostate> createAccount(const QString& venueId, const QString& vsysId, const QString& password);
    /// The same with a hash made earlier (tests and demo data, where hashing each time would cost seconds).
    Outcome<std::monostate>
    createAccountWithHash(const QString& venueId, const QString& vsysId, const QString& passwordHash);
    /// Stores a 委任状 PDF for the venue; returns the document id.
    Outcome<QString> uploadDelegation(const QString& venueId, const QString& filename, const QByteArray& pdf);
    /// The venue's documents with their download counts, oldest first (vsysdesk-admin list-documents).
    Outcome<QList<DocumentInfo>> documents(const QString& venueId);
    /// The クール as given, except that only a locked one keeps `lockedUntil` (a new state ends the
    /// 分配作業期間); its 分配実績 are set with setAllocation().
    Outcome<std::monostate> saveCool(core::CoolPeriod cool);
    /// Starts the クール's 分配作業期間: no plan of any venue may change until `until` (invalid: not
    /// announced) or until the クール gets another state.
    Outcome<std::monostate> lockCool(int coolId, const QDateTime& until = {});
    /// The venue's 分配実績 in boxes; its needle boxes and 配送予定日 stay as they were (未定 at first).
    Outcome<std::monostate> setAllocation(const QString& venueId, int coolId, int boxes);
    /// The venue's whole allocation of the クール, if core::AllocationRules accepts it.
    Outcome<std::monostate> setAllocation(const QString& venueId, int coolId, const core::Allocation& allocation);

private:
    Outcome<std::monostate> requireVenue(const QString& venueId);

    Storage& m_storage;
};

} // namespace vsys::server
