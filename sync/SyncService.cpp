// SPDX-License-Identifier: MIT
// SyncService: the account's state (open, signed in, online, last sync) lives here; the work is done by
// SignIn, SyncCycle, PlanCache and the Outbox, whose signals are passed on.
#include "sync/SyncService.h"

#include "core/JapaneseFormat.h"
#include "db/Database.h"
#include "sync/ApiAccessManager.h"
#include "sync/ChangeApplier.h"
#include "sync/DelegationDownloads.h"
#include "sync/DoseOutbox.h"
#include "sync/InquiryOutbox.h"
#include "sync/InstitutionOutbox.h"
#include "sync/LocalDoseLedger.h"
#include "sync/Logging.h"
#include "sync/LogoutJob.h"
#include "sync/Outbox.h"
#include "sync/PlanCache.h"
#include "sync/ReportOutbox.h"
#include "sync/SecretStore.h"
#include "sync/SignIn.h"
#include "sync/SyncCycle.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::sync {

SyncService::SyncService(db::Database& database, SecretStore& secrets, ApiAccessManager& manager, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_manager(manager)
    , m_accounts(database)
    , m_syncState(database)
    , m_signIn(new SignIn(database, secrets, manager, this))
    , m_plans(new PlanCache(database, manager, this))
    , m_cycle(new SyncCycle(database, manager, *m_plans, this))
    // The kept 委任状 PDFs live beside the database they are recorded in (the app's data folder).
    , m_delegations(new DelegationDownloads(
          database,
          manager,
          QDir(QFileInfo(database.connection().databaseName()).absolutePath()).filePath(u"documents"_s),
          this))
{
    setSyncInterval(kDefaultSyncInterval);

    connect(m_signIn, &SignIn::signedIn, this, [this](const db::Account& account) {
        openAccount(account);
        becomeSignedIn();
    });
    connect(m_signIn, &SignIn::loginFailed, this, &SyncService::loginFailed);
    connect(m_signIn, &SignIn::authenticationRequired, this, &SyncService::authenticationRequired);
    connect(m_signIn, &SignIn::serverReached, this, &SyncService::setOnline);
    connect(m_signIn, &SignIn::error, this, &SyncService::syncError);

    connect(m_plans, &PlanCache::changed, this, &SyncService::planChanged);
    connect(m_plans, &PlanCache::registered, this, &SyncService::planRegistered);
    connect(m_plans, &PlanCache::refused, this, &SyncService::planRefused);
    connect(m_plans, &PlanCache::serverReached, this, &SyncService::setOnline);
    connect(m_plans, &PlanCache::authenticationFailed, this, &SyncService::onAuthenticationFailed);
    connect(m_plans, &PlanCache::fetchRequested, this, [this] {
        m_cycle->fetchPlan();
        m_cycle->start(true);
    });
    connect(m_plans, &PlanCache::error, this, &SyncService::syncError);

    connect(m_cycle, &SyncCycle::finished, this, &SyncService::syncFinished);
    connect(m_cycle, &SyncCycle::synced, this, [this](const QDateTime& at) {
        m_lastSync = at;
        emit lastSyncChanged(at);
    });
    connect(m_cycle, &SyncCycle::applied, this, &SyncService::onChangesApplied);
    connect(m_cycle, &SyncCycle::serverReached, this, &SyncService::setOnline);
    connect(m_cycle, &SyncCycle::authenticationFailed, this, &SyncService::onAuthenticationFailed);
    connect(m_cycle, &SyncCycle::error, this, &SyncService::syncError);

    connect(m_delegations, &DelegationDownloads::serverReached, this, &SyncService::setOnline);
    connect(m_delegations, &DelegationDownloads::authenticationFailed, this, &SyncService::onAuthenticationFailed);
    // The server counted the download: a sync brings its count, with those of the venue's other computers.
    connect(m_delegations, &DelegationDownloads::downloaded, this, &SyncService::syncNow);
}

SyncService::~SyncService() = default;

void SyncService::login(const QUrl& serverUrl, const QString& vsysId, const QString& password, bool remember)
{
    if (m_account
        && (db::AccountRepository::canonicalServerUrl(serverUrl)
                != db::AccountRepository::canonicalServerUrl(m_account->serverUrl)
            || vsysId != m_account->vsysId)) {
        emit loginFailed(tr("V-SYS ID %1 is in use in this window. Please log out first.").arg(m_account->vsysId));
        return;
    }
    if (vsysId.isEmpty() || password.isEmpty()) {
        emit loginFailed(tr("Please enter your V-SYS ID and password."));
        return;
    }
    if (auto set = m_manager.setServerUrl(serverUrl); !set) {
        emit loginFailed(set.error().message);
        return;
    }
    m_signIn->login(serverUrl, vsysId, password, remember);
}

core::Result<void> SyncService::resume(const QUrl& serverUrl, const QString& vsysId)
{
    if (auto opened = openLocalData(serverUrl, vsysId); !opened) {
        return opened;
    }
    m_signIn->resume(*m_account);
    return {};
}

core::Result<void> SyncService::openLocalData(const QUrl& serverUrl, const QString& vsysId)
{
    const auto found = m_accounts.find(serverUrl, vsysId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return core::Error{
            u"vsysId"_s,
            tr("V-SYS ID %1 has not logged in to this server from this computer yet. Please log in.").arg(vsysId)};
    }
    if (m_account && m_account->id != (*found)->id) {
        return core::Error{u"vsysId"_s,
                           tr("V-SYS ID %1 is in use in this window. Please log out first.").arg(m_account->vsysId)};
    }
    if (auto set = m_manager.setServerUrl(serverUrl); !set) {
        return set;
    }
    openAccount(**found);
    return {};
}

void SyncService::logout()
{
    if (!m_account) {
        return;
    }
    if (m_manager.hasToken()) {
        // The request is stamped with the token right here, so the token can be dropped at once.
        auto* job = new LogoutJob(m_manager, this);
        job->start();
    }
    m_signIn->forgetToken(*m_account);
    closeAccount();
    setSignedIn(false);
}

int SyncService::pendingCount() const
{
    if (!m_outbox) {
        return 0;
    }
    const auto count = m_outbox->pendingCount();
    return count ? *count : 0;
}

void SyncService::syncNow()
{
    if (m_signedIn) {
        m_cycle->start(true);
    }
}

void SyncService::setSyncInterval(std::chrono::milliseconds interval)
{
    m_cycle->setInterval(interval);
    m_signIn->setRetryInterval(interval);
}

std::optional<core::VenuePlan> SyncService::plan() const
{
    return m_plans->plan();
}

QList<core::CoolPeriod> SyncService::cools() const
{
    return m_plans->cools();
}

QDateTime SyncService::serverNow() const
{
    return m_plans->serverNow();
}

void SyncService::registerPlan(const QList<core::PlanRow>& rows, bool requestApproval)
{
    PlanCache::Blocker blocker = PlanCache::Blocker::None;
    if (!m_account) {
        blocker = PlanCache::Blocker::NoAccount;
    } else if (!m_signedIn) {
        blocker = m_online ? PlanCache::Blocker::SignedOut : PlanCache::Blocker::Offline;
    }
    m_plans->registerPlan(rows, requestApproval, blocker);
}

std::optional<ReservationStatusView> SyncService::reservationStatus() const
{
    if (!m_account || !m_outbox) {
        return std::nullopt;
    }
    const auto view = m_outbox->reservationStatus(m_account->venueId);
    if (!view) {
        qCWarning(lcOutbox).noquote() << "Cannot read the reservation status:" << view.error().message;
        return std::nullopt;
    }
    return *view;
}

core::Result<void> SyncService::setReservationStatus(core::ReservationStatus status)
{
    if (!m_account || !m_outbox) {
        return core::Error{u"venue"_s, tr("Please log in to change the booking reception status.")};
    }
    return m_outbox->queueReservationStatus(m_account->venueId, status);
}

core::Result<QList<ReportEntry>> SyncService::reports() const
{
    if (!m_account) {
        return core::Error{{}, tr("Please log in to see the reports.")};
    }
    return ReportHistory(m_database, m_account->id).entries();
}

core::Result<void> SyncService::queueReport(core::PerformanceReport report)
{
    if (!m_account || !m_outbox) {
        return core::Error{{}, tr("Please log in to register the report.")};
    }
    report.reportedBy = m_account->vsysId;
    report.reportedAt = QDateTime();
    const QDate today = core::JapaneseFormat::inJapan(serverNow()).date();
    if (auto queued = ReportHistory(m_database, m_account->id).queue(report, today, QDateTime::currentDateTimeUtc());
        !queued) {
        return queued;
    }
    m_outbox->enqueued(QString::fromLatin1(ReportOutbox::kRecordKind), report.id);
    return {};
}

core::Result<QList<InquiryEntry>> SyncService::inquiries() const
{
    if (!m_account) {
        return core::Error{{}, tr("Please log in to see the inquiries.")};
    }
    return InquiryHistory(m_database, m_account->id).entries();
}

core::Result<void> SyncService::sendInquiry(core::Inquiry inquiry)
{
    if (!m_account) {
        return core::Error{{}, tr("Please log in to send the inquiry.")};
    }
    if (auto queued = InquiryHistory(m_database, m_account->id).queue(inquiry, QDateTime::currentDateTimeUtc());
        !queued) {
        return queued;
    }
    m_outbox->enqueued(QString::fromLatin1(InquiryOutbox::kRecordKind), inquiry.id);
    return {};
}

core::Result<void> SyncService::discardRefusedReport(const QString& reportId)
{
    if (!m_account || !m_outbox) {
        return core::Error{{}, tr("Please log in to change the reports.")};
    }
    if (auto discarded = ReportHistory(m_database, m_account->id).discardRefused(reportId); !discarded) {
        return discarded;
    }
    // The pending count and the page follow as after any change of the report's rows.
    m_outbox->enqueued(QString::fromLatin1(ReportOutbox::kRecordKind), reportId);
    return {};
}

core::Result<void> SyncService::recordDose(core::DoseEntry entry)
{
    if (!m_account || !m_outbox) {
        return core::Error{{}, tr("Please log in to record doses.")};
    }
    if (entry.id.isEmpty()) {
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    }
    entry.desk = QSysInfo::machineHostName().left(core::kMaxDoseDeskLength);
    entry.enteredBy = m_account->vsysId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The wire form keeps seconds: the record stays equal to itself after a round trip.
    entry.enteredAt = now.addMSecs(-now.time().msec());
    if (auto recorded = LocalDoseLedger(m_database, m_account->id).record(entry, now); !recorded) {
        return recorded;
    }
    m_outbox->enqueued(QString::fromLatin1(DoseOutbox::kRecordKind), entry.id);
    emit doseLedgerChanged();
    return {};
}

core::DoseLedger SyncService::doseLedger() const
{
    if (!m_account) {
        return core::DoseLedger();
    }
    auto ledger = LocalDoseLedger(m_database, m_account->id).ledger();
    if (!ledger) {
        qCWarning(lcOutbox).noquote() << "Cannot read the dose ledger:" << ledger.error().message;
        return core::DoseLedger();
    }
    return std::move(ledger).value();
}

QSet<QString> SyncService::unsentDoseIds() const
{
    if (!m_account) {
        return {};
    }
    auto ids = LocalDoseLedger(m_database, m_account->id).unsentIds();
    if (!ids) {
        qCWarning(lcOutbox).noquote() << "Cannot read the unsent doses:" << ids.error().message;
        return {};
    }
    return std::move(ids).value();
}

core::ClinicHours SyncService::clinicHours() const
{
    if (!m_account) {
        return core::ClinicHours::standard();
    }
    const auto hours = db::DoseLedgerStore(m_database).clinicHours(m_account->venueId);
    if (!hours) {
        qCWarning(lcOutbox).noquote() << "Cannot read the consultation hours:" << hours.error().message;
        return core::ClinicHours::standard();
    }
    return hours->value_or(core::ClinicHours::standard());
}

core::Result<void> SyncService::setClinicHours(const core::ClinicHours& hours)
{
    if (!m_account) {
        return core::Error{{}, tr("Please log in to set the consultation hours.")};
    }
    if (auto saved
        = db::DoseLedgerStore(m_database).saveClinicHours(m_account->venueId, hours, QDateTime::currentDateTimeUtc());
        !saved) {
        return saved;
    }
    // Every row's 時間帯 follows from the hours.
    emit doseLedgerChanged();
    return {};
}

void SyncService::openAccount(const db::Account& account)
{
    m_account = account;
    if (!m_outbox) {
        m_outbox = new Outbox(m_database, m_manager, account.id, this);
        m_outbox->addChannel(std::make_unique<ReportOutbox>(m_database, account.id));
        m_outbox->addChannel(std::make_unique<DoseOutbox>(m_database, account.id));
        m_outbox->addChannel(std::make_unique<InquiryOutbox>(m_database, account.id));
        connect(m_outbox, &Outbox::recordChanged, this, &SyncService::recordChanged);
        connect(m_outbox, &Outbox::reservationStatusChanged, this, &SyncService::reservationStatusChanged);
        connect(m_outbox, &Outbox::channelRecordChanged, this, &SyncService::channelRecordChanged);
        connect(m_outbox, &Outbox::pendingCountChanged, this, &SyncService::pendingCountChanged);
        connect(m_outbox, &Outbox::syncError, this, &SyncService::syncError);
        connect(m_outbox, &Outbox::serverReached, this, [this] { setOnline(true); });
        connect(m_outbox, &Outbox::networkFailed, this, [this] { setOnline(false); });
        connect(m_outbox, &Outbox::authenticationRequired, this, &SyncService::onAuthenticationFailed);
        InstitutionOutbox::addChannels(m_database, account.id, *m_outbox);
        connect(m_outbox, &Outbox::channelRecordChanged, this, [this](const QString& kind) {
            if (kind == QLatin1StringView(InstitutionOutbox::kInstitutionKind)
                || kind == QLatin1StringView(InstitutionOutbox::kDoctorKind)) {
                emit institutionChanged();
            } else if (kind == QLatin1StringView(DoseOutbox::kRecordKind)) {
                emit doseLedgerChanged();
            } else if (kind == QLatin1StringView(InquiryOutbox::kRecordKind)) {
                emit inquiriesChanged();
            }
        });
    }
    m_plans->setAccount(account.id);
    m_cycle->open(account, *m_outbox);
    m_delegations->setAccount(account.id);
    const auto lastSync = m_syncState.lastSyncAt(account.id);
    if (!lastSync) {
        emit syncError(lastSync.error().message);
    } else if (*lastSync != m_lastSync) {
        m_lastSync = *lastSync;
        emit lastSyncChanged(m_lastSync);
    }
    emit pendingCountChanged(pendingCount());
    emit planChanged();
    emit reservationStatusChanged();
    emit institutionChanged();
    emit doseLedgerChanged();
    emit inquiriesChanged();
}

void SyncService::becomeSignedIn()
{
    setSignedIn(true);
    // The UI may have logged out in answer to signedInChanged().
    if (!m_account) {
        return;
    }
    m_outbox->start();
    m_cycle->resume();
}

void SyncService::onAuthenticationFailed()
{
    m_manager.clearToken();
    if (m_outbox) {
        m_outbox->stop();
    }
    setSignedIn(false);
    m_cycle->pause();
    if (m_account) {
        m_signIn->renew(*m_account);
    }
}

void SyncService::onChangesApplied(const AppliedChanges& changes)
{
    m_signIn->renewalSucceeded();
    if (const auto refreshed = m_accounts.find(m_account->id); refreshed && *refreshed) {
        m_account = **refreshed;
    }
    for (const QString& id : changes.applications) {
        emit recordChanged(id);
        // Each signal may be answered by closing the account.
        if (!m_account) {
            return;
        }
    }
    if (changes.plan || changes.calendar) {
        emit planChanged();
        if (!m_account) {
            return;
        }
    }
    if (changes.institution) {
        emit institutionChanged();
        if (!m_account) {
            return;
        }
    }
    if (changes.venue) {
        emit reservationStatusChanged();
        if (!m_account) {
            return;
        }
    }
    if (changes.doses) {
        emit doseLedgerChanged();
        if (!m_account) {
            return;
        }
    }
    if (changes.inquiries) {
        emit inquiriesChanged();
        if (!m_account) {
            return;
        }
    }
    if (changes.documents) {
        m_delegations->notifyChanged();
    }
}

void SyncService::closeAccount()
{
    m_signIn->cancel();
    m_cycle->close();
    m_plans->setAccount(0);
    m_delegations->setAccount(0);
    if (m_outbox) {
        // Possibly inside one of its own signals (the UI logs out on authenticationRequired): it goes
        // later, and says nothing more meanwhile.
        m_outbox->disconnect(this);
        m_outbox->stop();
        m_outbox->deleteLater();
        m_outbox = nullptr;
    }
    m_account.reset();
    m_lastSync = QDateTime();
    emit lastSyncChanged(m_lastSync);
    emit pendingCountChanged(0);
    emit planChanged();
    emit reservationStatusChanged();
    emit doseLedgerChanged();
}

void SyncService::setSignedIn(bool signedIn)
{
    if (m_signedIn != signedIn) {
        m_signedIn = signedIn;
        emit signedInChanged(signedIn);
    }
}

void SyncService::setOnline(bool online)
{
    if (m_online != online) {
        m_online = online;
        emit onlineChanged(online);
    }
}

} // namespace vsys::sync
