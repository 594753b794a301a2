// SPDX-License-Identifier: MIT
// PlanCache: the open account's 接種計画 and クール calendar as last received, the server's clock, and
// the registration of the plan (PUT /plan, sent at once, with the draft kept until the server has it).
#pragma once

#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "db/PlanStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace vsys::sync {

class ApiAccessManager;
class PutPlanJob;

/// Reads and writes the cache of one account at a time (setAccount()). Registering needs the
/// server's verdict at the server's time, so it is not queued in the outbox; only the user's input
/// (the plan draft) waits offline.
class PlanCache : public QObject
{
    Q_OBJECT
public:
    /// Why a registration cannot be sent now.
    enum class Blocker { None, NoAccount, SignedOut, Offline };

    PlanCache(db::Database& database, ApiAccessManager& manager, QObject* parent = nullptr);
    ~PlanCache() override;

    /// The account whose cache is read and written; 0 for none. A registration on its way is dropped.
    void setAccount(qint64 accountId);

    std::optional<core::VenuePlan> plan() const;
    QList<core::CoolPeriod> cools() const;
    /// The PC's clock plus the difference the last GET or PUT /plan measured.
    QDateTime serverNow() const;
    /// Stores a plan the server sent; `serverTimeOffsetMs` when its answer stated the server's time.
    void store(const core::VenuePlan& plan, std::optional<qint64> serverTimeOffsetMs);
    /// Keeps `rows` as the draft and sends them on the cached plan's version, unless `blocker` says
    /// why not (the draft is kept then too). registered() or refused() follows.
    void registerPlan(const QList<core::PlanRow>& rows, bool requestApproval, Blocker blocker);

signals:
    void changed();
    void registered(const core::VenuePlan& plan);
    void refused(const QString& code, const QString& message, const QString& field);
    void serverReached(bool reached);
    /// The session ended while registering.
    void authenticationFailed();
    /// The server's copy after a conflict could not be read: the whole plan is to be fetched again.
    void fetchRequested();
    void error(const QString& message);

private:
    void onRegistered(PutPlanJob& job, const QList<core::PlanRow>& rows, bool requestApproval);
    void removeDraftIfSent(const QList<core::PlanRow>& rows, bool requestApproval);

    ApiAccessManager& m_manager;
    db::PlanStore m_plans;
    qint64 m_accountId = 0;
    QPointer<PutPlanJob> m_putJob;
};

} // namespace vsys::sync
