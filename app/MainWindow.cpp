// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"

#include "app/allocation/AllocationPage.h"
#include "app/applications/ApplicationEditorPage.h"
#include "app/applications/ApplicationsPage.h"
#include "app/backup/BackupEntry.h"
#include "app/claims/ClaimPage.h"
#include "app/common/MessageBanner.h"
#include "app/common/SyncStatusWidget.h"
#include "app/conflict/ConflictDialog.h"
#include "app/documents/DelegationFilesWidget.h"
#include "app/documents/DelegationPage.h"
#include "app/documents/DelegationPrompt.h"
#include "app/documents/FileHandoff.h"
#include "app/help/HelpEntry.h"
#include "app/help/HelpPage.h"
#include "app/home/HomePage.h"
#include "app/inquiry/InquiryPage.h"
#include "app/institution/InstitutionPage.h"
#include "app/ledger/LedgerPage.h"
#include "app/plan/ForecastPanel.h"
#include "app/plan/PlanPage.h"
#include "app/reports/ReportPage.h"
#include "app/session/AccountSwitcher.h"
#include "app/session/ClientSession.h"
#include "app/session/LoginFlow.h"
#include "app/window/DesktopEntries.h"
#include "app/window/EnterPressesButton.h"
#include "app/window/StartupWork.h"
#include "core/JapaneseFormat.h"
#include "core/billing/ClaimHeaderRules.h"
#include "core/institution/Doctor.h"
#include "core/report/ReportRules.h"
#include "core/sync/SyncState.h"
#include "db/ApplicationRepository.h"
#include "db/ServerRecordRepository.h"
#include "db/VenueRepository.h"
#include "db/WorkingCopyRepository.h"
#include "sync/DelegationDownloads.h"
#include "sync/Outbox.h"
#include "sync/ReportOutbox.h"
#include "sync/SyncService.h"

#include <QCloseEvent>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace vsys::app {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_home(new HomePage(this))
    , m_homeNotice(new MessageBanner(this))
    , m_fileHandoff(std::make_unique<FileHandoff>())
    , m_status(new SyncStatusWidget(this))
    , m_startup(new StartupWork(*statusBar(), this))
{
    setWindowTitle(tr("VSYS Desk"));
    EnterPressesButton::install(this);
    // A scroll area keeps every page usable at 1366×768 and at 150 % scaling.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* homeContents = new QWidget(scroll);
    auto* homeLayout = new QVBoxLayout(homeContents);
    homeLayout->setContentsMargins(0, 0, 0, 0);
    m_homeNotice->setObjectName(u"homeNoticeBanner"_s);
    m_homeNotice->hide();
    homeLayout->addWidget(m_homeNotice);
    homeLayout->addWidget(m_home);
    scroll->setWidget(homeContents);
    m_homeScroll = scroll;
    m_pages->addWidget(scroll);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_status);

    // The menu and the toolbar have their height from the first frame, so that nothing moves when attach() fills
    // them.
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(u"fileMenu"_s);
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(HelpPage::tr("&Help"));
    m_toolbar = addToolBar(tr("V-SYS ID"));
    m_toolbar->setObjectName(u"accountToolBar"_s);
    m_toolbar->setMovable(false);
    m_toolbar->addWidget(new QLabel(tr("V-SYS ID in use: "), m_toolbar));

    QSize size(1240, 700);
    if (const QScreen* shown = screen()) {
        size = size.boundedTo(shown->availableGeometry().size());
    }
    resize(size);
    restoreGeometry(QSettings().value(u"window/geometry"_s).toByteArray());
}

MainWindow::MainWindow(db::Database& database, ClientSession& session, QWidget* parent)
    : MainWindow(parent)
{
    attach(database, session);
}

void MainWindow::attach(db::Database& database, ClientSession& session)
{
    m_database = &database;
    m_session = &session;
    m_applicationStore = std::make_unique<db::ApplicationRepository>(database);
    m_venues = std::make_unique<db::VenueRepository>(database);
    m_applications = new ApplicationsPage(this);
    m_institution = new InstitutionPage(database, session.sync(), this);
    m_switcher = new AccountSwitcher(database, session, this);
    m_login = new LoginFlow(session, this);
    m_pages->addWidget(m_applications);
    m_pages->addWidget(m_institution);
    m_home->setVenues(*m_venues);
    m_startup->attach(session.sync());

    m_toolbar->addWidget(m_switcher);
    m_toolbar->addAction(tr("Log in with another ID..."), this, [this] { m_login->ask(); });
    m_toolbar->addAction(tr("Sync now"), this, [this] { m_session->sync().syncNow(); });
    m_toolbar->addAction(tr("Log out"), this, [this] { m_session->sync().logout(); });
    connect(m_switcher, &AccountSwitcher::switchRequested, m_login, &LoginFlow::open);

    sync::SyncService& service = m_session->sync();
    connect(&service, &sync::SyncService::signedInChanged, this, &MainWindow::showOpenAccount);
    connect(m_login, &LoginFlow::accountResumed, this, &MainWindow::showOpenAccount);
    connect(&service, &sync::SyncService::onlineChanged, m_status, &SyncStatusWidget::setOnline);
    connect(&service, &sync::SyncService::lastSyncChanged, m_status, &SyncStatusWidget::setLastSync);
    connect(&service, &sync::SyncService::pendingCountChanged, m_status, &SyncStatusWidget::setPendingCount);
    connect(&service, &sync::SyncService::recordChanged, this, &MainWindow::refreshApplications);
    connect(&service, &sync::SyncService::syncFinished, this, &MainWindow::refreshApplications);
    connect(&service, &sync::SyncService::syncError, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15'000); });

    m_home->setSyncService(&service);
    m_home->setJobAvailable(HomePage::Job::Application, true);
    m_home->setJobAvailable(HomePage::Job::Plan, true);
    m_home->setJobAvailable(HomePage::Job::Billing, true);
    m_home->setJobAvailable(HomePage::Job::Institution, true);
    connect(m_home, &HomePage::jobRequested, this, [this](HomePage::Job job) {
        if (job == HomePage::Job::Application) {
            showApplications();
        } else if (job == HomePage::Job::Plan) {
            showPlan();
        } else if (job == HomePage::Job::Billing) {
            showClaims();
        } else if (job == HomePage::Job::Institution) {
            showInstitution();
        }
    });
    connectPlan();
    connectInstitution();
    connectAllocation();
    connectDelegation();
    connectReports();
    connectLedgerViews();
    connectLedger();
    m_help = installHelp(*this, *m_helpMenu, *m_pages, *m_home, *m_homeScroll);
    installBackup(*this, database);
    m_desktop = new DesktopEntries(*this, *m_fileMenu, *m_helpMenu);
    // 「この中にはない」 and the help page's 問い合わせフォーム: a new inquiry, with the question the FAQ did not
    // answer.
    connect(m_help, &HelpPage::inquiryRequested, this, [this](const QString& question) {
        m_pages->setCurrentWidget(inquiryPage());
        inquiryPage()->startWith(question);
    });
    connect(m_home, &HomePage::venueChanged, this,
            [this](const core::Venue& venue) { setWindowTitle(tr("%1 - VSYS Desk").arg(venue.name)); });
    connect(m_applications, &ApplicationsPage::backRequested, this,
            [this] { m_pages->setCurrentWidget(m_homeScroll); });
    connect(m_applications, &ApplicationsPage::openRequested, this, &MainWindow::openApplication);
    connect(m_applications, &ApplicationsPage::newApplicationRequested, this, &MainWindow::newApplication);
    connect(m_applications, &ApplicationsPage::addVsysIdRequested, this, &MainWindow::addIssuedVsysId);
    connect(m_applications, &ApplicationsPage::newVsysIdDismissed, this, &AccountSwitcher::declineIssuedId);

    // The editor, the claim, plan, allocation, report and ledger pages are made when first opened (editorPage(), ...):
    // the home screen shows first. Until then their refreshes have nothing to do.

    m_switcher->reload();
}

MainWindow::~MainWindow() = default;

ApplicationEditorPage* MainWindow::editorPage()
{
    if (!m_editor) {
        m_editor = new ApplicationEditorPage(*m_database, this);
        m_pages->addWidget(m_editor);
        connect(m_editor, &ApplicationEditorPage::finished, this, [this](const QString& message) {
            showApplications();
            if (!message.isEmpty()) {
                m_applications->messageBanner()->showMessage(message, MessageBanner::Kind::Success);
            }
            m_session->sync().syncNow();
        });
    }
    return m_editor;
}

ClaimPage* MainWindow::claimPage()
{
    if (!m_claims) {
        m_claims = new ClaimPage(*m_database, this);
        m_pages->addWidget(m_claims);
        connect(m_claims, &ClaimPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_homeScroll); });
    }
    return m_claims;
}

void MainWindow::flushAutosaves()
{
    // Pages not made yet (none before attach()) have nothing to write.
    if (m_institution) {
        m_institution->flushAutosave();
    }
    if (m_editor) {
        m_editor->flushAutosave();
    }
    if (m_claims) {
        m_claims->flushAutosave();
    }
    if (m_reports) {
        m_reports->flushAutosave();
    }
}

void MainWindow::start()
{
    // The ID used last opens from its local data at once and signs in in the background; nothing to wait for.
    m_login->start(m_switcher->lastUsed());
    m_startup->nothingToWaitFor();
}

void MainWindow::awaitLogin(const QString& vsysId)
{
    m_startup->loginStarted();
    const auto last = m_switcher->lastUsed();
    if (last && last->vsysId == vsysId
        && m_session->sync().openLocalData(m_session->accountServerUrl(last->serverUrl), vsysId)) {
        showOpenAccount();
    }
}

void MainWindow::login(const QString& vsysId, const QString& password)
{
    m_startup->loginStarted();
    m_login->login(vsysId, password);
}

LoginDialog* MainWindow::loginDialog()
{
    return m_login->dialog();
}

void MainWindow::showOpenAccount()
{
    const auto account = m_session->sync().account();
    m_home->setAccountOpen(account.has_value());
    if (const qint64 open = account ? account->id : 0; open != m_openAccountId) {
        m_openAccountId = open;
        resetPages();
    }
    // The plan page shows the account now open: its plan and draft, nothing of the previous one.
    if (m_plan) {
        refreshPlan();
        m_plan->loadDraft();
    }
    refreshInstitution();
    if (m_reports) {
        refreshReports();
        m_reports->loadDraft();
    }
    if (!account) {
        m_status->setAccount({}, {});
        m_home->showVenue({});
        refreshApplications();
        return;
    }
    // The home screen's venue name is kept locally per V-SYS ID; its 予約受付状態 is the server's.
    if (const auto known = m_venues->find(account->vsysId); known && !*known) {
        core::Venue venue;
        venue.vsysId = account->vsysId;
        venue.name = account->venueName;
        if (const auto saved = m_venues->save(venue); !saved) {
            statusBar()->showMessage(saved.error().message, 15'000);
        }
    }
    m_home->showVenue(account->vsysId);
    m_status->setAccount(account->vsysId, account->venueName);
    m_status->setPendingCount(m_session->sync().pendingCount());
    m_status->setOnline(m_session->sync().isOnline());
    m_status->setLastSync(m_session->sync().lastSync());
    m_switcher->reload();
    refreshApplications();
    restoreWorkingCopy();
}

void MainWindow::resetPages()
{
    // Each page wrote its input under the account it was opened for; write what is pending before it goes.
    flushAutosaves();
    m_pages->setCurrentWidget(m_homeScroll);
    // The editor and the claim start afresh in their open(), the plan in setAccount(); 申込状況 is only
    // refreshed when shown, so what it says of the previous ID's work goes now.
    m_applications->messageBanner()->hide();
}

void MainWindow::restoreWorkingCopy()
{
    const auto account = m_session->sync().account();
    if (!account || m_pages->currentWidget() == m_editor) {
        return;
    }
    db::WorkingCopyRepository workingCopies(*m_database);
    const auto copies = workingCopies.all(account->id);
    if (!copies) {
        statusBar()->showMessage(copies.error().message, 15'000);
        return;
    }
    for (const db::WorkingCopy& copy : *copies) {
        const auto local = m_applicationStore->find(copy.applicationId);
        if (local && *local) {
            // A crash between saving an edit and dropping its copy leaves nothing unsaved behind.
            if ((*local)->record.content == copy.content) {
                (void)workingCopies.remove(copy.applicationId);
                continue;
            }
            openEditor((*local)->record);
            return;
        }
        core::ApplicationRecord record;
        record.id = copy.applicationId;
        openEditor(record);
        return;
    }
}

void MainWindow::showApplications()
{
    refreshApplications();
    m_pages->setCurrentWidget(m_applications);
}

void MainWindow::refreshApplications()
{
    QList<ApplicationRow> rows;
    const auto account = m_session->sync().account();
    if (account) {
        const auto stored = m_applicationStore->all(account->id);
        if (!stored) {
            m_applications->setRows({});
            statusBar()->showMessage(stored.error().message, 15'000);
            return;
        }
        for (const db::LocalApplication& local : *stored) {
            rows.append(
                {local.record, core::SyncStateText::label(local.syncState), local.syncError, local.localUpdatedAt});
        }
        // 接種計画の登録: 職域追加接種のIDでV-SYSにログインします (briefing). An ID that kept serving both
        // keeps the job.
        const bool registersPlan = m_switcher->useOf(*account) != core::VsysIdUse::FirstAndSecondDoses;
        m_home->setJobRefused(HomePage::Job::Plan,
                              registersPlan ? QString()
                                            : tr("The vaccination plan is registered with the venue's V-SYS ID for "
                                                 "additional doses. Switch to it in the toolbar."));
        const auto issued = m_switcher->issuedIdToOffer(*stored);
        m_applications->offerNewVsysId(issued ? issued->vsysId : QString(),
                                       issued ? issued->applicationNumber : QString());
    }
    m_applications->setRows(std::move(rows));
}

void MainWindow::openApplication(const ApplicationRow& row)
{
    const auto local = m_applicationStore->find(row.record.id);
    if (local && *local && (*local)->syncState == core::SyncState::Conflict && (*local)->serverCopy) {
        const QString id = row.record.id;
        auto* dialog = new ConflictDialog(row.record.number.isEmpty() ? tr("Application") : row.record.number,
                                          (*local)->record.content, (*local)->serverCopy->content, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
            if (sync::Outbox* outbox = m_session->sync().outbox()) {
                if (const auto resolved = outbox->resolveConflict(id, dialog->merged()); !resolved) {
                    statusBar()->showMessage(resolved.error().message, 15'000);
                }
            }
            refreshApplications();
        });
        dialog->open();
        return;
    }
    openEditor(local && *local ? (*local)->record : row.record);
}

void MainWindow::connectPlan()
{
    sync::SyncService& service = m_session->sync();
    connect(&service, &sync::SyncService::planChanged, this, &MainWindow::refreshPlan);
    // Only the plan page registers a plan, so its answers find the page made.
    connect(&service, &sync::SyncService::planRegistered, this, [this](const core::VenuePlan& plan) {
        planPage()->setPlan(plan);
        planPage()->showRegistered();
    });
    connect(&service, &sync::SyncService::planRefused, this,
            [this](const QString&, const QString& message, const QString& field) {
                planPage()->showRefused(message, field);
            });
}

PlanPage* MainWindow::planPage()
{
    if (!m_plan) {
        m_plan = new PlanPage(*m_database, this);
        m_pages->addWidget(m_plan);
        connect(m_plan, &PlanPage::registerRequested, &m_session->sync(), &sync::SyncService::registerPlan);
        connect(m_plan, &PlanPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_homeScroll); });
        // What the page would have followed since the start: the open account's plan, draft and forecast.
        refreshPlan();
        m_plan->loadDraft();
        refreshForecast(m_session->sync().doseLedger());
    }
    return m_plan;
}

void MainWindow::showPlan()
{
    planPage();
    refreshPlan();
    m_plan->loadDraft();
    m_pages->setCurrentWidget(m_plan);
}

void MainWindow::refreshPlan()
{
    if (!m_plan) {
        return;
    }
    const sync::SyncService& service = m_session->sync();
    const auto account = service.account();
    m_plan->setAccount(account.value_or(db::Account()));
    m_plan->setCalendar(service.cools(), service.serverNow());
    m_plan->setPlan(service.plan().value_or(core::VenuePlan()));
}

void MainWindow::connectAllocation()
{
    sync::SyncService& service = m_session->sync();
    // The calendar with the venue's allocation comes with /changes, which signals planChanged.
    connect(&service, &sync::SyncService::planChanged, this, &MainWindow::refreshAllocation);
    connect(&service, &sync::SyncService::lastSyncChanged, this, &MainWindow::refreshAllocation);
    m_home->setJobAvailable(HomePage::Job::Allocation, true);
    m_home->setJobAvailable(HomePage::Job::Delivery, true);
    connect(m_home, &HomePage::jobRequested, this, [this](HomePage::Job job) {
        if (job == HomePage::Job::Allocation) {
            showAllocation();
        } else if (job == HomePage::Job::Delivery) {
            showDeliveryDates();
        }
    });
}

AllocationPage* MainWindow::allocationPage()
{
    if (!m_allocation) {
        m_allocation = new AllocationPage(this);
        m_pages->addWidget(m_allocation);
        connect(m_allocation, &AllocationPage::backRequested, this,
                [this] { m_pages->setCurrentWidget(m_homeScroll); });
        refreshAllocation();
    }
    return m_allocation;
}

void MainWindow::showAllocation()
{
    allocationPage();
    refreshAllocation();
    m_pages->setCurrentWidget(m_allocation);
    m_allocation->setView(AllocationPage::View::Allocation);
}

void MainWindow::showDeliveryDates()
{
    allocationPage();
    refreshAllocation();
    m_pages->setCurrentWidget(m_allocation);
    m_allocation->setView(AllocationPage::View::Delivery);
}

void MainWindow::refreshAllocation()
{
    if (!m_allocation) {
        return;
    }
    const sync::SyncService& service = m_session->sync();
    m_allocation->setAccount(service.account().value_or(db::Account()));
    m_allocation->setData(service.cools(), service.plan().value_or(core::VenuePlan()), service.serverNow(),
                          service.lastSync());
}

void MainWindow::showClaims()
{
    const auto account = m_session->sync().account();
    if (!account) {
        return;
    }
    QJsonObject registration;
    if (const auto venue
        = db::ServerRecordRepository(*m_database).find(account->id, db::ServerRecordKind::Venue, account->venueId);
        venue && *venue) {
        registration = (*venue)->value(u"existing_registration"_s).toObject();
    }
    // The 請求月 and the deadline follow the server's clock, as the plan's locks do: the demo runs in 2022.
    const QDate today = core::JapaneseFormat::inJapan(m_session->sync().serverNow()).date();
    // The 代表者氏名, 所在地, 電話番号 and 請求用保険医療機関コード the municipality approved take the registration's
    // place.
    const auto institution = db::ServerRecordRepository(*m_database)
                                 .find(account->id, db::ServerRecordKind::Institution, u"institution"_s);
    const auto approved = institution && *institution
        ? core::InstitutionRecordJson::fromJson(**institution)
        : core::Result<core::InstitutionRecord>(core::InstitutionRecord());
    ClaimPage* claims = claimPage();
    claims->open(account->id,
                 core::ClaimHeaderRules::fromRegistration(registration,
                                                          approved ? approved->approved : core::InstitutionDetails()),
                 today);
    claims->setLedger(m_session->sync().doseLedger(), m_session->sync().clinicHours());
    m_pages->setCurrentWidget(claims);
}

void MainWindow::connectInstitution()
{
    sync::SyncService& service = m_session->sync();
    connect(&service, &sync::SyncService::institutionChanged, this, &MainWindow::refreshInstitution);
    connect(&service, &sync::SyncService::syncFinished, this, &MainWindow::refreshInstitution);
    connect(m_institution, &InstitutionPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_homeScroll); });
}

void MainWindow::showInstitution()
{
    refreshInstitution();
    m_pages->setCurrentWidget(m_institution);
}

void MainWindow::refreshInstitution()
{
    const auto account = m_session->sync().account();
    bool required = false;
    if (account) {
        QList<core::ApplicationRecord> venueApplications;
        if (const auto stored = m_applicationStore->all(account->id)) {
            for (const db::LocalApplication& local : *stored) {
                venueApplications.append(local.record);
            }
        }
        required = core::DoctorRequirement::required(venueApplications);
    }
    m_institution->setAccount(account.value_or(db::Account()));
    m_institution->setDoctorRequired(required);
    const QString notice = m_institution->doctorNotice();
    if (notice.isEmpty()) {
        m_homeNotice->hide();
    } else {
        m_homeNotice->showMessage(notice, MessageBanner::Kind::Warning);
    }
}

void MainWindow::connectDelegation()
{
    sync::DelegationDownloads& downloads = *m_session->sync().delegations();
    m_delegation = new DelegationPage(downloads, *m_fileHandoff, this);
    m_pages->addWidget(m_delegation);
    m_home->setJobAvailable(HomePage::Job::Delegation, true);
    connect(m_home, &HomePage::jobRequested, this, [this](HomePage::Job job) {
        if (job == HomePage::Job::Delegation) {
            m_pages->setCurrentWidget(m_delegation);
        }
    });
    connect(m_delegation, &DelegationPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_homeScroll); });
    // As in V-SYS, the 委任状 can be downloaded again from the ファイルダウンロード list of the 医療機関情報 page.
    m_institution->setFilesSection(new DelegationFilesWidget(downloads, *m_fileHandoff, m_institution));
    m_delegationPrompt = new DelegationPrompt(m_session->sync(), *m_fileHandoff, this);
    // 委任状が作成されると、追加接種のV-SYS IDでV-SYSにログインした際、ポップアップが表示されます (briefing): not to an
    // ID kept for the 1・2回目 only, as with the plan.
    m_delegationPrompt->setAsksAccount([this](const db::Account& account) {
        return m_switcher->useOf(account) != core::VsysIdUse::FirstAndSecondDoses;
    });
    connect(m_delegationPrompt, &DelegationPrompt::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15'000); });
}

void MainWindow::connectReports()
{
    sync::SyncService& service = m_session->sync();
    m_home->setJobAvailable(HomePage::Job::WastageReport, true);
    connect(m_home, &HomePage::jobRequested, this, [this](HomePage::Job job) {
        if (job == HomePage::Job::WastageReport) {
            showReports();
        }
    });
    connect(&service, &sync::SyncService::channelRecordChanged, this, [this](const QString& kind) {
        if (kind == QLatin1StringView(sync::ReportOutbox::kRecordKind)) {
            refreshReports();
        }
    });
    // Reports of the venue's other V-SYS IDs and PCs arrive with the changes feed.
    connect(&service, &sync::SyncService::syncFinished, this, &MainWindow::refreshReports);
    connect(&service, &sync::SyncService::doseLedgerChanged, this, &MainWindow::refreshReports);
}

ReportPage* MainWindow::reportPage()
{
    if (!m_reports) {
        m_reports = new ReportPage(*m_database, this);
        m_pages->addWidget(m_reports);
        connect(m_reports, &ReportPage::registerRequested, this, [this](const core::PerformanceReport& report) {
            if (const auto queued = m_session->sync().queueReport(report); !queued) {
                m_reports->showRefused(queued.error());
                return;
            }
            refreshReports();
            m_reports->showRegistered();
        });
        connect(m_reports, &ReportPage::discardRequested, this, [this](const QString& id) {
            if (const auto discarded = m_session->sync().discardRefusedReport(id); !discarded) {
                m_reports->showRefused(discarded.error());
            }
            refreshReports();
        });
        connect(m_reports, &ReportPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_homeScroll); });
        refreshReports();
        m_reports->loadDraft();
    }
    return m_reports;
}

void MainWindow::showReports()
{
    reportPage();
    refreshReports();
    m_reports->loadDraft();
    m_pages->setCurrentWidget(m_reports);
}

void MainWindow::refreshReports()
{
    if (!m_reports) {
        return;
    }
    const sync::SyncService& service = m_session->sync();
    const auto account = service.account();
    m_reports->setAccount(account.value_or(db::Account()));
    m_reports->setToday(core::JapaneseFormat::inJapan(service.serverNow()).date());
    if (!account) {
        m_reports->setHistory({});
        return;
    }
    const auto reports = service.reports();
    if (!reports) {
        statusBar()->showMessage(reports.error().message, 15'000);
        return;
    }
    m_reports->setHistory(*reports);
    m_reports->setLedger(service.doseLedger());
}

void MainWindow::connectLedgerViews()
{
    sync::SyncService& service = m_session->sync();
    for (const auto signal :
         {&sync::SyncService::doseLedgerChanged, &sync::SyncService::syncFinished, &sync::SyncService::planChanged}) {
        connect(&service, signal, this, &MainWindow::refreshLedgerViews);
    }
    connect(&service, &sync::SyncService::signedInChanged, this, &MainWindow::refreshLedgerViews);
    connect(m_login, &LoginFlow::accountResumed, this, &MainWindow::refreshLedgerViews);
    connect(&service, &sync::SyncService::channelRecordChanged, this, &MainWindow::refreshLedgerViews);
    connect(service.delegations(), &sync::DelegationDownloads::changed, this, &MainWindow::refreshLedgerViews);
}

void MainWindow::refreshLedgerViews()
{
    const sync::SyncService& service = m_session->sync();
    const auto account = service.account();
    if (!account) {
        m_home->setObligations({});
        return;
    }
    const core::DoseLedger ledger = service.doseLedger();
    refreshForecast(ledger);
    if (m_claims && m_pages->currentWidget() == m_claims) {
        m_claims->setLedger(ledger, service.clinicHours());
    }

    core::ObligationInput obligations;
    obligations.now = service.serverNow();
    obligations.cools = service.cools();
    if (const auto files = service.delegations()->files()) {
        for (const sync::DelegationFile& file : *files) {
            if (!file.downloadedOnce()) {
                obligations.undownloadedDelegations.append(file.issuedAt);
            }
        }
    }
    if (const auto reports = service.reports()) {
        for (const sync::ReportEntry& entry : *reports) {
            if (entry.state != core::SyncState::Error
                && (!obligations.lastReportAsOf || entry.report.asOf > *obligations.lastReportAsOf)) {
                obligations.lastReportAsOf = entry.report.asOf;
            }
        }
    }
    const QDate today = core::JapaneseFormat::inJapan(obligations.now).date();
    obligations.vaccinationDays = ledger.dailyVaccinations(core::ReportRules::firstDay(), today).keys();
    m_home->setObligations(core::Obligations::list(obligations));
}

void MainWindow::refreshForecast(const core::DoseLedger& ledger)
{
    if (m_plan && m_session->sync().account()) {
        m_plan->forecastPanel()->setForecast(
            core::DoseForecast::make(ForecastPanel::gather(m_session->sync(), ledger)));
    }
}

void MainWindow::connectLedger()
{
    m_home->setJobAvailable(HomePage::Job::Ledger, true);
    connect(m_home, &HomePage::jobRequested, this, [this](HomePage::Job job) {
        if (job == HomePage::Job::Ledger) {
            showLedger();
        }
    });
}

LedgerPage* MainWindow::ledgerPage()
{
    if (!m_ledger) {
        // It follows the ledger by itself from here on.
        m_ledger = new LedgerPage(m_session->sync(), this);
        m_pages->addWidget(m_ledger);
        connect(m_ledger, &LedgerPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_homeScroll); });
    }
    return m_ledger;
}

void MainWindow::showLedger()
{
    ledgerPage()->showToday();
    m_pages->setCurrentWidget(m_ledger);
}

bool MainWindow::openPage(const QString& page)
{
    if (page == u"ledger"_s) {
        showLedger();
        return true;
    }
    if (page == u"institution"_s) {
        showInstitution();
        return true;
    }
    if (page == u"plan"_s) {
        showPlan();
        return true;
    }
    if (page == u"claims"_s) {
        showClaims();
        return true;
    }
    if (page == u"reports"_s) {
        showReports();
        return true;
    }
    if (page == u"inquiry"_s) {
        m_pages->setCurrentWidget(inquiryPage());
        return true;
    }
    if (page == u"applications"_s) {
        showApplications();
        return true;
    }
    if (page == u"allocation"_s) {
        showAllocation();
        return true;
    }
    if (page == u"delivery"_s) {
        showDeliveryDates();
        return true;
    }
    if (page == u"delegation"_s) {
        m_pages->setCurrentWidget(m_delegation);
        return true;
    }
    if (page == u"help"_s) {
        m_pages->setCurrentWidget(m_help);
        return true;
    }
    if (page == u"about"_s) {
        m_desktop->showAbout();
        return true;
    }
    if (page == u"new-application"_s) {
        showApplications();
        newApplication();
        return true;
    }
    showApplications();
    const ApplicationListModel* model = m_applications->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->row(row).record.number == page) {
            openApplication(model->row(row));
            return true;
        }
    }
    return false;
}

InquiryPage* MainWindow::inquiryPage()
{
    if (!m_inquiry) {
        m_inquiry = new InquiryPage(*m_database, m_session->sync(), this);
        m_pages->addWidget(m_inquiry);
        connect(m_inquiry, &InquiryPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_homeScroll); });
    }
    return m_inquiry;
}

void MainWindow::newApplication()
{
    core::ApplicationRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    openEditor(record);
}

void MainWindow::openEditor(const core::ApplicationRecord& record)
{
    const auto account = m_session->sync().account();
    if (!account) {
        return;
    }
    // The venue record (with its 既存登録情報) comes with the first sync; until then the form simply
    // has no existing values to offer.
    QJsonObject existing;
    if (const auto venue
        = db::ServerRecordRepository(*m_database).find(account->id, db::ServerRecordKind::Venue, account->venueId);
        venue && *venue) {
        existing = (*venue)->value(u"existing_registration"_s).toObject();
    }
    editorPage()->open(account->id, record, existing, m_session->sync().outbox());
    m_pages->setCurrentWidget(m_editor);
}

void MainWindow::addIssuedVsysId(QString vsysId)
{
    if (const auto added = m_switcher->addIssuedId(vsysId); !added) {
        m_applications->messageBanner()->showMessage(added.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_applications->offerNewVsysId({}, {});
    m_applications->messageBanner()->showMessage(
        tr("%1 was added to the V-SYS ID switcher in the toolbar. Choose it there and log in with the password "
           "sent to you by e-mail.")
            .arg(vsysId),
        MessageBanner::Kind::Success);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    flushAutosaves();
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace vsys::app
