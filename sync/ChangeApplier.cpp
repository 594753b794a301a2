// SPDX-License-Identifier: MIT
// ChangeApplier: one transaction per feed answer, so the cursor never moves past changes that were not stored.
#include "sync/ChangeApplier.h"

#include "db/Transaction.h"
#include "sync/Logging.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

ChangeApplier::ChangeApplier(db::Database& database, db::Account account)
    : m_database(database)
    , m_account(std::move(account))
    , m_accounts(database)
    , m_applications(database)
    , m_doses(database)
    , m_outbox(database)
    , m_plans(database)
    , m_serverRecords(database)
    , m_syncState(database)
{}

core::Result<AppliedChanges>
ChangeApplier::apply(const QList<Change>& changes, const QString& cursor, const QDateTime& now)
{
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    AppliedChanges applied;
    for (const Change& change : changes) {
        if (change.kind == u"application"_s) {
            const auto changed = applyApplication(change, now);
            if (!changed) {
                return changed.error();
            }
            if (*changed) {
                applied.applications.append(change.id);
            }
            continue;
        }
        if (change.kind == u"plan"_s) {
            const auto changed = applyPlan(change, now);
            if (!changed) {
                return changed.error();
            }
            applied.plan = applied.plan || *changed;
            continue;
        }
        if (change.kind == u"dose"_s) {
            const auto added = applyDose(change, now);
            if (!added) {
                return added.error();
            }
            applied.doses = applied.doses || *added;
            continue;
        }
        const auto kind = db::ServerRecordRepository::kindFromKey(change.kind);
        if (!kind) {
            // A newer server may deliver kinds this version does not know yet; they are not ours to keep.
            qCInfo(lcHttp) << "Ignoring a change of unknown kind" << change.kind;
            continue;
        }
        if (auto saved = m_serverRecords.save(m_account.id, *kind, change.id, change.data, now); !saved) {
            return saved.error();
        }
        applied.calendar = applied.calendar || *kind == db::ServerRecordKind::Cool;
        applied.institution = applied.institution || *kind == db::ServerRecordKind::Institution
            || *kind == db::ServerRecordKind::Doctor;
        applied.documents = applied.documents || *kind == db::ServerRecordKind::Document;
        applied.inquiries = applied.inquiries || *kind == db::ServerRecordKind::Inquiry;
        if (*kind == db::ServerRecordKind::Venue) {
            applied.venue = true;
            if (auto renamed = applyVenue(change); !renamed) {
                return renamed.error();
            }
        }
    }
    if (auto saved = m_syncState.save(m_account.id, cursor, now); !saved) {
        return saved.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return applied;
}

core::Result<bool> ChangeApplier::applyApplication(const Change& change, const QDateTime& now)
{
    auto server = core::ApplicationJson::fromJson(change.data);
    if (!server) {
        return core::Error{server.error().field,
                           tr("The server sent an application VSYS Desk cannot read: %1").arg(server.error().message)};
    }
    const auto local = m_applications.find(server->id);
    if (!local) {
        return local.error();
    }
    if (!*local) {
        if (auto saved = m_applications.save(m_account.id, *server, now); !saved) {
            return saved.error();
        }
        return true;
    }
    const db::LocalApplication& current = **local;
    if (current.accountId != m_account.id) {
        qCWarning(lcHttp) << "The server sent application" << server->id << "which belongs to another account here";
        return false;
    }
    if (current.serverCopy) {
        if (server->version <= current.serverCopy->version) {
            return false;
        }
        if (auto kept = m_applications.setServerCopy(server->id, *server); !kept) {
            return kept.error();
        }
        return true;
    }
    const auto pending = m_outbox.unsynced(u"application"_s, server->id);
    if (!pending) {
        return pending.error();
    }
    if (!pending->isEmpty() || server->version < current.record.version || *server == current.record) {
        return false;
    }
    if (auto saved = m_applications.save(m_account.id, *server, current.localUpdatedAt); !saved) {
        return saved.error();
    }
    return true;
}

core::Result<void> ChangeApplier::applyVenue(const Change& change)
{
    db::Account renamed = m_account;
    renamed.venueId = change.data.value(u"id"_s).toString();
    renamed.venueName = change.data.value(u"name"_s).toString();
    // A null time keeps the stored last use: the feed is not a sign-in.
    renamed.lastUsedAt = QDateTime();
    const auto saved = m_accounts.save(renamed);
    return saved ? core::Result<void>() : core::Result<void>(saved.error());
}

core::Result<bool> ChangeApplier::applyPlan(const Change& change, const QDateTime& now)
{
    const auto plan = core::PlanJson::fromJson(change.data);
    if (!plan) {
        return core::Error{
            plan.error().field,
            tr("The server sent a vaccination plan VSYS Desk cannot read: %1").arg(plan.error().message)};
    }
    // The feed says nothing of the server's time: the offset of the last GET or PUT /plan stays.
    return m_plans.savePlan(m_account.id, *plan, now, std::nullopt);
}

core::Result<bool> ChangeApplier::applyDose(const Change& change, const QDateTime& now)
{
    const auto dose = core::DoseJson::fromJson(change.data);
    if (!dose) {
        return core::Error{dose.error().field,
                           tr("The server sent a dose VSYS Desk cannot read: %1").arg(dose.error().message)};
    }
    return m_doses.receive(m_account.id, *dose, now);
}

} // namespace vsys::sync
