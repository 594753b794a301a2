// SPDX-License-Identifier: MIT
// SyncService: the one object the app talks to for sync: it opens and closes the account and joins
// its parts (SignIn, SyncCycle, PlanCache, the Outbox), with signals for the UI.
#pragma once

#include "core/Result.h"
#include "core/ledger/ClinicHours.h"
#include "core/ledger/DoseLedger.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "db/AccountRepository.h"
#include "db/SyncStateRepository.h"
#include "sync/InquiryHistory.h"
#include "sync/Outbox.h"
#include "sync/ReportHistory.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <optional>

namespace vsys::db {
class Database;
}

namespace vsys::sync {

class ApiAccessManager;
struct AppliedChanges;
class DelegationDownloads;
class PlanCache;
class SecretStore;
class SignIn;
class SyncCycle;

/// One account at a time. Editing never waits for it: the Outbox saves locally at once, and the service
/// sends and fetches in the background every syncInterval and on syncNow(). "Offline" means the
/// last request failed for a network reason; nothing is blocked by it. The token is kept in memory
/// (and, when the user asked to remember the password, in the SecretStore together with it).
/// The 接種計画 is not queued like an application: registering it needs the server's verdict at the
/// server's time, so it is sent at once and only the user's input (the plan draft) waits offline.
class SyncService : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultSyncInterval{60'000};

    SyncService(db::Database& database, SecretStore& secrets, ApiAccessManager& manager, QObject* parent = nullptr);
    ~SyncService() override;

    /// Signs in with POST /session; signedInChanged(true) or loginFailed() follows. With `remember`
    /// the password and token go to the SecretStore; without, any remembered ones are removed.
    void login(const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember);
    /// Opens an account that signed in on this computer before, without the network: the outbox is
    /// ready for edits at once. Then signs in with the remembered token or password in the
    /// background, or asks for a password with authenticationRequired().
    core::Result<void> resume(const QUrl& serverUrl, const QString& vsysId);
    /// Opens an account that signed in on this computer before, without the network and without signing in:
    /// for a login already sent for the same ID (vsysdesk --demo), whose answer then signs it in.
    core::Result<void> openLocalData(const QUrl& serverUrl, const QString& vsysId);
    /// Ends the session here and on the server (best effort) and closes the account, so that another
    /// one can log in or resume. Its queued changes stay in the outbox for its next login.
    void logout();

    bool isSignedIn() const { return m_signedIn; }
    bool isOnline() const { return m_online; }
    QDateTime lastSync() const { return m_lastSync; }
    /// Changes not on the server yet.
    int pendingCount() const;
    std::optional<db::Account> account() const { return m_account; }
    /// Where the UI saves applications and queues actions; null until an account is open.
    Outbox* outbox() const { return m_outbox; }

    /// Sends what waits (without waiting for retry times) and fetches the server's changes.
    void syncNow();
    void setSyncInterval(std::chrono::milliseconds interval);

    /// The venue's 接種計画 as last received (GET /plan at sign-in, then /changes); nullopt before
    /// the first one arrived or while no account is open.
    std::optional<core::VenuePlan> plan() const;
    /// The cached クール calendar, by id.
    QList<core::CoolPeriod> cools() const;
    /// The server's clock now, as well as this PC can tell: its own clock plus the difference the
    /// last GET or PUT /plan measured (the PC's clock alone before any). The クール locks are judged
    /// with it, as the server judges them.
    QDateTime serverNow() const;
    /// 登録/変更する: PUT /plan with `rows` on the cached plan's version. The rows are kept as the
    /// plan draft until the server accepts them. planRegistered() or planRefused() follows.
    void registerPlan(const QList<core::PlanRow>& rows, bool requestApproval);

    /// The 予約受付状態 of the open account's venue; nothing while no account is open.
    std::optional<ReservationStatusView> reservationStatus() const;
    /// Queues the venue's new status for the server (送信待ち until it has it); reservationStatusChanged()
    /// follows each step.
    core::Result<void> setReservationStatus(core::ReservationStatus status);

    /// The open account's 委任状 and their downloads; follows the account, never null.
    DelegationDownloads* delegations() const { return m_delegations; }
    /// The open account's 実績・廃棄の報告, sent and waiting, newest first (ReportHistory); an error while no
    /// account is open.
    core::Result<QList<ReportEntry>> reports() const;
    /// Queues `report` as reported by the open account's V-SYS ID, after core::ReportRules against the
    /// latest report of its vaccine here and the server's today; channelRecordChanged("report", id)
    /// follows each step of its sending.
    core::Result<void> queueReport(core::PerformanceReport report);
    /// Forgets a report the server refused.
    core::Result<void> discardRefusedReport(const QString& reportId);

    /// The open account's 問い合わせ, waiting and sent, newest first (InquiryHistory); an error while no account
    /// is open.
    core::Result<QList<InquiryEntry>> inquiries() const;
    /// Queues `inquiry` (送信待ち) after core::InquiryValidator; it goes to the server whenever it is reachable.
    /// inquiriesChanged() follows each step of its sending.
    core::Result<void> sendInquiry(core::Inquiry inquiry);

    /// Records one row of the 接種台帳 (a first entry, or a correction superseding an earlier record): stored
    /// here and queued for the server in one transaction, after LocalDoseLedger's checks. Fills the id (when
    /// empty), the desk (this computer), enteredBy (the V-SYS ID) and enteredAt (now). doseLedgerChanged()
    /// follows.
    core::Result<void> recordDose(core::DoseEntry entry);
    /// Every record of the open account's venue on this computer (empty while no account is open).
    core::DoseLedger doseLedger() const;
    /// Ids of the records still waiting in the outbox (or refused by the server).
    QSet<QString> unsentDoseIds() const;
    /// The venue's 診療時間 as set on this computer; core::ClinicHours::standard() until set.
    core::ClinicHours clinicHours() const;
    core::Result<void> setClinicHours(const core::ClinicHours& hours);

signals:
    void signedInChanged(bool signedIn);
    void loginFailed(const QString& message);
    void onlineChanged(bool online);
    void lastSyncChanged(const QDateTime& at);
    void pendingCountChanged(int count);
    /// The local copy or sync state of an application changed.
    void recordChanged(const QString& applicationId);
    /// The session ended and no remembered password could renew it: the UI asks for the password.
    void authenticationRequired();
    void syncError(const QString& message);
    /// A sync cycle (send, then fetch) ended, successfully or not.
    void syncFinished();
    /// The cached plan or クール calendar changed, or an account opened or closed: the plan page
    /// reloads both.
    void planChanged();
    /// The server accepted registerPlan(): `plan` is the plan now (with a pending approval when the
    /// 国's confirmation was asked for). The draft is gone, unless the user typed on while the plan
    /// was on its way.
    void planRegistered(const core::VenuePlan& plan);
    /// registerPlan() did not register the plan; the draft is kept. `code` is the server's error
    /// (invalid_field, cool_locked, plan_locked, approval_required, version_conflict, ...), or
    /// "network" / "unauthorized" / "busy" when the request did not get that far; `message` is for the
    /// user, `field` names the row when the server named one. After version_conflict the cached plan
    /// is the server's.
    void planRefused(const QString& code, const QString& message, const QString& field);
    /// The venue's 予約受付状態 changed: queued, sent, refused, or changed on the server.
    void reservationStatusChanged();
    /// A change of a record sent through an OutboxChannel (実績, 医療機関情報, 医師) was queued, sent,
    /// accepted or refused.
    void channelRecordChanged(const QString& recordKind, const QString& recordId);
    /// The 医療機関情報 or a 接種担当医師 changed here (queued, sent, refused) or came from the server.
    void institutionChanged();
    /// The 接種台帳 changed: a record made here, sent or refused, or records received from the venue's other
    /// desks; also when an account opens or closes.
    void doseLedgerChanged();
    /// The venue's 問い合わせ changed: one queued, sent or refused here, or an answer came from the server;
    /// also when an account opens.
    void inquiriesChanged();

private:
    void openAccount(const db::Account& account);
    void becomeSignedIn();
    void onAuthenticationFailed();
    void onChangesApplied(const AppliedChanges& changes);
    /// Forgets the account here: every job is aborted (never deleted while it may be emitting), and
    /// the outbox goes later.
    void closeAccount();
    void setSignedIn(bool signedIn);
    void setOnline(bool online);

    db::Database& m_database;
    ApiAccessManager& m_manager;
    db::AccountRepository m_accounts;
    db::SyncStateRepository m_syncState;
    SignIn* m_signIn;
    PlanCache* m_plans;
    SyncCycle* m_cycle;
    DelegationDownloads* m_delegations;
    std::optional<db::Account> m_account;
    QPointer<Outbox> m_outbox;
    QDateTime m_lastSync;
    bool m_signedIn = false;
    bool m_online = false;
};

} // namespace vsys::sync
