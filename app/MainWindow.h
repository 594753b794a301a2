// SPDX-License-Identifier: MIT
// The main window: the home screen and one page per job, the V-SYS ID switcher, and the status line.
#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;
class QStackedWidget;
class QToolBar;

namespace vsys::core {
struct ApplicationRecord;
class DoseLedger;
} // namespace vsys::core

namespace vsys::db {
class ApplicationRepository;
class Database;
class VenueRepository;
} // namespace vsys::db

namespace vsys::app {

class AccountSwitcher;
class AllocationPage;
class ApplicationEditorPage;
class ApplicationsPage;
class ClaimPage;
class ClientSession;
class DelegationPage;
class DelegationPrompt;
class DesktopEntries;
class FileHandoff;
class HelpPage;
class HomePage;
class InstitutionPage;
class LedgerPage;
class MessageBanner;
class LoginDialog;
class PlanPage;
class InquiryPage;
class ReportPage;
class LoginFlow;
class StartupWork;
class SyncStatusWidget;
struct ApplicationRow;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The frame of the window's first frame: the home screen (its jobs waiting for the local data), the menu, the
    /// toolbar and the status line saying that the data on this computer is opening. Nothing is read: the
    /// databases open after this frame is on screen, and attach() brings the rest.
    explicit MainWindow(QWidget* parent = nullptr);
    /// The frame, then attach() (the tests' window).
    MainWindow(db::Database& database, ClientSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the window on the local store and the session: the pages that need them, the V-SYS ID switcher,
    /// the toolbar's actions. Once, before start() or awaitLogin().
    void attach(db::Database& database, ClientSession& session);

    /// Opens the most recently used V-SYS ID (signing in in the background), or asks for one.
    void start();
    /// Signs in directly, e.g. with the demo account; failures show in the login dialog.
    void login(const QString& vsysId, const QString& password);
    /// A login for `vsysId` follows the first frame (vsysdesk --demo): if it is the ID used last, its local data
    /// shows at once, as with start(), while the login runs; its answer signs it in.
    void awaitLogin(const QString& vsysId);

    /// Shows "plan" (接種計画), "claims" (請求総括書・市区町村別請求書), "reports" (廃棄量等の報告), "institution"
    /// (医療機関情報), "ledger" (接種台帳), "allocation" (分配量の確認), "delivery" (配送予定日の確認), "delegation"
    /// (委任状), "help" (ヘルプ), "about" (バージョン情報, a dialog over the home screen), "applications" (申込状況),
    /// "new-application" (an empty 申込 form) or the application with that 申込番号; false when there is no such page.
    bool openPage(const QString& page);

    HomePage* homePage() const { return m_home; }
    /// ファイル: its 終了 entry stays last; the jobs of the whole program (バックアップ, 設定) go before it.
    QMenu* fileMenu() const { return m_fileMenu; }
    ApplicationsPage* applicationsPage() const { return m_applications; }
    /// The 申込 form, made when first opened: it is the largest page (~190 ms to build), and the home screen does
    /// not show it.
    ApplicationEditorPage* editorPage();
    /// Made when first opened, as the pages below.
    PlanPage* planPage();
    /// 請求: made when first opened, as the editor.
    ClaimPage* claimPage();
    InstitutionPage* institutionPage() const { return m_institution; }
    /// The standing notice above the jobs (a doctor to register); hidden when there is none.
    MessageBanner* homeNotice() const { return m_homeNotice; }
    AllocationPage* allocationPage();
    DelegationPage* delegationPage() const { return m_delegation; }
    DelegationPrompt* delegationPrompt() const { return m_delegationPrompt; }
    /// How kept files reach the system's PDF viewer and the save dialog; tests replace both.
    FileHandoff& fileHandoff() const { return *m_fileHandoff; }
    ReportPage* reportPage();
    /// The 問い合わせフォーム, made when first asked for.
    InquiryPage* inquiryPage();
    LedgerPage* ledgerPage();
    /// ヘルプ: the manual, the concierge, the FAQ answerer; its inquiryRequested leads to the inquiry form.
    HelpPage* helpPage() const { return m_help; }
    SyncStatusWidget* syncStatus() const { return m_status; }
    /// The login and first sync that follow the window's showing; says when they are over.
    StartupWork* startupWork() const { return m_startup; }
    LoginDialog* loginDialog();
    /// 設定… and バージョン情報 (set by attach()).
    DesktopEntries* desktopEntries() const { return m_desktop; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// Shows the open V-SYS ID (or none) on the home screen, the status line and the pages.
    void showOpenAccount();
    /// Another V-SYS ID (or none) is open: nothing the previous one did may stay on screen, so every page is
    /// saved and reset and the home screen shows.
    void resetPages();
    void showApplications();
    void refreshApplications();
    void openApplication(const ApplicationRow& row);
    void newApplication();
    void openEditor(const core::ApplicationRecord& record);
    /// After a crash or kill, the form that was being edited opens again with its autosaved input.
    void restoreWorkingCopy();
    /// `vsysId` by value: 申込状況 sends its own member, which the offer's end clears.
    void addIssuedVsysId(QString vsysId);
    void connectPlan();
    void showPlan();
    /// The plan page follows the cached plan and calendar; the user's typing stays.
    void refreshPlan();
    /// 分配量の確認 and 配送予定日の確認: one page, opened by both home jobs, that follows the cached calendar.
    void connectAllocation();
    void showAllocation();
    void showDeliveryDates();
    void refreshAllocation();
    /// The claim of the server's current month, its header defaulting to the venue's registration.
    void showClaims();
    void connectInstitution();
    void showInstitution();
    /// The 医療機関情報 page and the home notice follow the open account, its doctors and applications.
    void refreshInstitution();
    /// 委任状: the page of the home job and the popup of a new one.
    void connectDelegation();
    void connectReports();
    void showReports();
    /// The report page follows the open account, the server's today and the reports sent and waiting.
    void refreshReports();
    /// What follows from the dose ledger (接種台帳): the plan's forecast, the claim's ledger counts and the home
    /// screen's obligations, refreshed when the ledger, the calendar, the reports or the 委任状 change.
    void connectLedgerViews();
    void refreshLedgerViews();
    /// 接種台帳: the home job, opened on today's rows.
    void connectLedger();
    void showLedger();
    /// The plan page's 接種見込み from `ledger`, when the page is made.
    void refreshForecast(const core::DoseLedger& ledger);
    /// Writes what the editing pages made so far have not saved yet.
    void flushAutosaves();

    db::Database* m_database = nullptr; ///< set by attach(), as the members down to m_login
    ClientSession* m_session = nullptr;
    std::unique_ptr<db::ApplicationRepository> m_applicationStore;
    std::unique_ptr<db::VenueRepository> m_venues;
    QStackedWidget* m_pages;
    HomePage* m_home;
    QWidget* m_homeScroll;
    ApplicationsPage* m_applications = nullptr;
    ApplicationEditorPage* m_editor = nullptr;
    PlanPage* m_plan = nullptr;
    ClaimPage* m_claims = nullptr;
    InstitutionPage* m_institution = nullptr;
    MessageBanner* m_homeNotice;
    AllocationPage* m_allocation = nullptr;
    std::unique_ptr<FileHandoff> m_fileHandoff;
    DelegationPage* m_delegation = nullptr;
    DelegationPrompt* m_delegationPrompt = nullptr;
    ReportPage* m_reports = nullptr;
    LedgerPage* m_ledger = nullptr;
    HelpPage* m_help = nullptr;
    DesktopEntries* m_desktop = nullptr;
    InquiryPage* m_inquiry = nullptr;
    SyncStatusWidget* m_status;
    AccountSwitcher* m_switcher = nullptr;
    LoginFlow* m_login = nullptr;
    QMenu* m_fileMenu;
    QMenu* m_helpMenu;
    QToolBar* m_toolbar;
    StartupWork* m_startup;
    qint64 m_openAccountId = 0; ///< the account the pages show, 0 for none
};

} // namespace vsys::app
