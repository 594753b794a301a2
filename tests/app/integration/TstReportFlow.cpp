// SPDX-License-Identifier: MIT
// 廃棄量等の報告 as a clerk meets it after README (a): the demo venue's earlier report (2022/02/28: 3回目 10,
// 2回目 10, 廃棄 1) on the right, the embedded server's 2022/03/01 as the day of the new totals, new totals
// typed (全角 too) and registered, the report on the server with who and when; a lower total that needs a
// reason and the V-SYS confirmation; and typing that survives a kill.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/common/MessageBanner.h"
#include "app/home/HomePage.h"
#include "app/reports/ReportPage.h"
#include "core/Translator.h"
#include "core/report/ReportRules.h"
#include "server/demo/DemoData.h"
#include "server/storage/ReportRepository.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using vsys::app::ReportPage;

class TstReportFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theBriefingsFiguresAreShownAndANewReportReachesTheServer();
    void aLowerTotalNeedsAReasonAndTheConfirmation();
    void typingSurvivesAKill();

private:
    ReportPage* page() const { return m_app->window->reportPage(); }
    template <typename T> T* child(const QString& name) const
    {
        T* found = page()->findChild<T*>(name);
        if (!found) {
            qFatal("no child %s", qPrintable(name));
        }
        return found;
    }
    QString text(const QString& label) const { return child<QLabel>(label)->text(); }
    void startApp();
    /// Logs in with the venue's 追加接種 ID 1310000025 and waits for its first sync.
    void login();
    void openReports();
    /// Replaces what the field holds with `keys`, typed as a user does.
    void type(const QString& field, const QString& keys);
    void clickRegister();
    /// The venue's reports on the server, newest first.
    QList<vsys::server::StoredReport> serverReports() const;
    void screenshot(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

void TstReportFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->path());
    startApp();
    login();
}

void TstReportFlow::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstReportFlow::startApp()
{
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
}

void TstReportFlow::login()
{
    const vsys::server::DemoAccount demo = vsys::server::DemoData::accounts().at(1);
    vsys::sync::SyncService& sync = m_app->session->sync();
    QSignalSpy synced(&sync, &vsys::sync::SyncService::syncFinished);
    m_app->window->login(demo.vsysId, demo.password);
    QVERIFY(synced.wait(15'000));
    QVERIFY(sync.isSignedIn());
    QCOMPARE(sync.account()->vsysId, demo.vsysId);
    QVERIFY(m_app->syncUntilIdle());
    QVERIFY(m_app->cancelDelegationNotice());
}

void TstReportFlow::openReports()
{
    QPushButton* job = m_app->window->homePage()->jobButton(vsys::app::HomePage::Job::WastageReport);
    QVERIFY(job->isEnabled());
    QTest::mouseClick(job, Qt::LeftButton);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), page());
}

void TstReportFlow::type(const QString& field, const QString& keys)
{
    auto* edit = child<QLineEdit>(field);
    QVERIFY(edit->isVisible());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    bool ascii = true;
    for (QChar c : keys) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        QTest::keyClicks(edit, keys);
        return;
    }
    // Japanese text comes from the IME as a committed string, not as key presses.
    QInputMethodEvent commit;
    commit.setCommitString(keys);
    QApplication::sendEvent(edit, &commit);
}

void TstReportFlow::clickRegister()
{
    QTest::mouseClick(child<QPushButton>(u"registerPushButton"_s), Qt::LeftButton);
}

QList<vsys::server::StoredReport> TstReportFlow::serverReports() const
{
    const auto storage = m_app->serverStorage();
    if (!storage) {
        return {};
    }
    const auto reports
        = vsys::server::ReportRepository(**storage).pageForVenue(m_app->session->sync().account()->venueId, {}, 0, 50);
    return reports ? *reports : QList<vsys::server::StoredReport>();
}

void TstReportFlow::screenshot(const QString& name) const
{
    // For a person to look at: VSYS_SCREENSHOT_DIR=/some/dir keeps the screen as a PNG.
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(m_app->window->grab().save(QDir(dir).filePath(name)));
    }
}

void TstReportFlow::theBriefingsFiguresAreShownAndANewReportReachesTheServer()
{
    openReports();
    // The screen of the briefing: the venue, the vaccine, the day of the totals, the registered figures.
    QCOMPARE(text(u"venueLabel"_s), vsys::server::DemoData::accounts().at(1).venueName);
    QCOMPARE(child<QComboBox>(u"vaccineComboBox"_s)->currentText(), u"武田/モデルナ(職域接種)"_s);
    QVERIFY(text(u"dosesAsOfLabel"_s).contains(u"2022/03/01"_s));
    QVERIFY(text(u"registeredHeaderLabel"_s).contains(u"2022/02/28"_s));
    QCOMPARE(text(u"thirdRegisteredLabel"_s), u"モデルナワクチン  10回"_s);
    QVERIFY(text(u"wastedRegisteredLabel"_s)
                .startsWith(u"モデルナワクチン  "_s
                            + vsys::core::ReportRules::amount(vsys::core::ReportFigure::WastedVials, 1)));
    QVERIFY(text(u"wastedRegisteredLabel"_s).contains(u"15"_s));
    QCOMPARE(text(u"thirdProductLabel"_s), u"モデルナワクチン"_s);
    // The new totals start from the registered ones; the 1・2回目 are behind the ＋.
    QCOMPARE(child<QLineEdit>(u"thirdLineEdit"_s)->text(), u"10"_s);
    QVERIFY(!child<QLineEdit>(u"secondLineEdit"_s)->isVisible());
    QVERIFY(!child<QWidget>(u"reasonWidget"_s)->isVisible());
    screenshot(u"reports-125.png"_s);

    // 全角 from the IME and a separator are fine; the wasted vials show the doses they held.
    type(u"thirdLineEdit"_s, u"４８"_s);
    type(u"wastedLineEdit"_s, u"2"_s);
    QVERIFY(text(u"wastedDosesLabel"_s).contains(u"30"_s));
    QTest::mouseClick(child<QToolButton>(u"expandToolButton"_s), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(u"secondLineEdit"_s)->isVisible());
    QCOMPARE(child<QLineEdit>(u"secondLineEdit"_s)->text(), u"10"_s);
    type(u"firstLineEdit"_s, u"1,200"_s);
    clickRegister();
    QVERIFY(!page()->confirmation());
    // Said as it is: on this PC, waiting to be sent; the history has it at the top.
    QCOMPARE(page()->saveState(), vsys::app::SaveState::Pending);
    QVERIFY(page()->messageBanner()->isVisible());
    QVERIFY(m_app->syncUntilIdle());
    QTRY_COMPARE(page()->historyModel()->item(0, ReportPage::State)->text(), ReportPage::tr("Sent"));
    QCOMPARE(page()->historyModel()->item(0, ReportPage::Third)->text(), u"48回"_s);
    QCOMPARE(page()->historyModel()->item(0, ReportPage::First)->text(), u"1,200回"_s);
    QCOMPARE(page()->historyModel()->item(0, ReportPage::ReportedBy)->text(), u"1310000025"_s);
    QCOMPARE(page()->historyModel()->rowCount(), 2);

    const QList<vsys::server::StoredReport> reports = serverReports();
    QCOMPARE(reports.size(), 2);
    const vsys::core::PerformanceReport& sent = reports.first().report;
    QCOMPARE(sent.thirdDoses, 48);
    QCOMPARE(sent.firstDoses, 1200);
    QCOMPARE(sent.secondDoses, 10);
    QCOMPARE(sent.wastedVials, 2);
    QCOMPARE(sent.asOf, QDate(2022, 3, 1));
    QCOMPARE(sent.reportedBy, u"1310000025"_s);
    // The right-hand side now shows the new totals.
    QTRY_COMPARE(text(u"thirdRegisteredLabel"_s), u"モデルナワクチン  48回"_s);
    QVERIFY(text(u"registeredHeaderLabel"_s).contains(u"2022/03/01"_s));
    screenshot(u"reports-sent-125.png"_s);
}

void TstReportFlow::aLowerTotalNeedsAReasonAndTheConfirmation()
{
    openReports();
    type(u"thirdLineEdit"_s, u"8"_s);
    // The reason's field appears with the lower figure.
    QVERIFY(child<QWidget>(u"reasonWidget"_s)->isVisible());
    clickRegister();
    // Without a reason: refused here, naming the figure, which gets the focus; nothing goes out.
    QVERIFY(!page()->confirmation());
    QVERIFY(page()->messageBanner()->text().startsWith(
        vsys::core::ReportRules::label(vsys::core::ReportFigure::ThirdDoses)));
    QTRY_VERIFY(child<QLineEdit>(u"thirdLineEdit"_s)->hasFocus());
    QCOMPARE(child<QLineEdit>(u"thirdLineEdit"_s)->text(), u"8"_s);

    type(u"reasonLineEdit"_s, u"2回目を3回目に数えていたため訂正"_s);
    clickRegister();
    // V-SYS asks when a total is equal or lower; going back sends nothing.
    QTRY_VERIFY(page()->confirmation() && page()->confirmation()->isVisible());
    QVERIFY(page()->confirmation()->text().contains(u"8回"_s));
    screenshot(u"reports-confirm-125.png"_s);
    const QList<QAbstractButton*> buttons = page()->confirmation()->buttons();
    QAbstractButton* back = nullptr;
    for (QAbstractButton* button : buttons) {
        if (page()->confirmation()->buttonRole(button) == QMessageBox::RejectRole) {
            back = button;
        }
    }
    QVERIFY(back);
    QCOMPARE(page()->confirmation()->defaultButton(), back);
    back->click();
    QTRY_VERIFY(!page()->confirmation());
    QCOMPARE(page()->historyModel()->rowCount(), 1);

    clickRegister();
    QTRY_VERIFY(page()->confirmation() && page()->confirmation()->isVisible());
    for (QAbstractButton* button : page()->confirmation()->buttons()) {
        if (page()->confirmation()->buttonRole(button) == QMessageBox::AcceptRole) {
            button->click();
        }
    }
    QTRY_COMPARE(page()->historyModel()->rowCount(), 2);
    QVERIFY(m_app->syncUntilIdle());
    const QList<vsys::server::StoredReport> reports = serverReports();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.first().report.thirdDoses, 8);
    QCOMPARE(reports.first().report.correctionReason, u"2回目を3回目に数えていたため訂正"_s);
    QTRY_COMPARE(page()->historyModel()->item(0, ReportPage::Reason)->text(), u"2回目を3回目に数えていたため訂正"_s);
}

void TstReportFlow::typingSurvivesAKill()
{
    openReports();
    type(u"thirdLineEdit"_s, u"77"_s);
    QTest::mouseClick(child<QToolButton>(u"expandToolButton"_s), Qt::LeftButton);
    type(u"secondLineEdit"_s, u"12"_s);
    // The autosave lands within a second, without any save by the user.
    QTRY_COMPARE_WITH_TIMEOUT(page()->saveState(), vsys::app::SaveState::Saved, 1'000);

    m_app->stop();
    startApp();
    // The ID opens again from this PC alone (its password was not remembered): typing needs no server.
    m_app->window->start();
    QTRY_VERIFY(m_app->session->sync().account().has_value());
    openReports();
    QCOMPARE(child<QLineEdit>(u"thirdLineEdit"_s)->text(), u"77"_s);
    QVERIFY(child<QLineEdit>(u"secondLineEdit"_s)->isVisible());
    QCOMPARE(child<QLineEdit>(u"secondLineEdit"_s)->text(), u"12"_s);
    QVERIFY(page()->messageBanner()->isVisible());
    // Nothing was sent: the server still has the demo report only.
    QCOMPARE(serverReports().size(), 1);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstReportFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstReportFlow.moc"
