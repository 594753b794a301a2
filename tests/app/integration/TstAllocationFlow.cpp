// SPDX-License-Identifier: MIT
// 分配量の確認 and 配送予定日の確認 as a clerk meets them after README (a): the demo venue's allocation on the
// embedded server (its clock at 2022-03-01) beside its plan, an allocation and a 配送予定日 the ministry sets with
// vsysdesk-admin reaching the page with the next sync, the same figures offline after a restart, both home
// jobs, the plan page's 配送予定日, and the page at a laptop's size.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/allocation/AllocationPage.h"
#include "app/allocation/AllocationTableModel.h"
#include "app/common/MessageBanner.h"
#include "app/home/HomePage.h"
#include "app/plan/PlanPage.h"
#include "app/plan/PlanTableModel.h"
#include "core/Translator.h"
#include "server/admin/AdminTool.h"
#include "server/demo/DemoData.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using vsys::app::AllocationPage;
using vsys::app::AllocationTableModel;

class TstAllocationFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theDemoAllocationStandsBesideThePlan();
    void anAllocationSetByTheMinistryArrivesWithTheSyncAndStaysOffline();
    void deliveryDatesOpenOnTheNextDelivery();
    void thePlanShowsTheDeliveryDateBesideTheAllocation();
    void everythingFitsALaptopScreen();

private:
    AllocationPage* page() const { return m_app->window->allocationPage(); }
    AllocationTableModel* model() const { return page()->model(); }
    QTableView* view() const { return page()->findChild<QTableView*>(u"allocationTableView"_s); }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }
    QString labelText(const char* name) const { return page()->findChild<QLabel*>(QString::fromLatin1(name))->text(); }
    QStringList row(int row) const
    {
        QStringList texts;
        for (int column = 0; column < AllocationTableModel::ColumnCount; ++column) {
            texts << cell(row, column);
        }
        return texts;
    }
    void showWindow();
    /// Logs in with the demo venue's 追加接種 ID 1310000025 and waits for its first sync.
    void login();
    void openJob(vsys::app::HomePage::Job job);
    /// vsysdesk-admin with `arguments` on the embedded server's database, as the ministry runs it.
    QString admin(const QStringList& arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

void TstAllocationFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->path());
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    showWindow();
    login();
}

void TstAllocationFlow::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstAllocationFlow::showWindow()
{
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
}

void TstAllocationFlow::login()
{
    const vsys::server::DemoAccount demo = vsys::server::DemoData::accounts().at(1);
    vsys::sync::SyncService& sync = m_app->session->sync();
    QSignalSpy synced(&sync, &vsys::sync::SyncService::syncFinished);
    m_app->window->login(demo.vsysId, demo.password);
    QVERIFY(synced.wait(15'000));
    QVERIFY(sync.isSignedIn());
    QVERIFY(m_app->syncUntilIdle());
    QVERIFY(m_app->cancelDelegationNotice());
}

void TstAllocationFlow::openJob(vsys::app::HomePage::Job job)
{
    QPushButton* button = m_app->window->homePage()->jobButton(job);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), page());
    QTRY_COMPARE(model()->rowCount(), 5);
}

QString TstAllocationFlow::admin(const QStringList& arguments) const
{
    const QString database = u"sqlite:"_s + QDir(m_dir->path()).filePath(u"embedded-server/vsysdesk-server.sqlite"_s);
    QString input;
    QString out;
    QString err;
    QTextStream in(&input);
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = vsys::server::AdminTool::run(
        QStringList{u"vsysdesk-admin"_s, u"--database"_s, database} + arguments, in, outStream, errStream);
    return code == vsys::server::AdminTool::Done ? QString() : err;
}

void TstAllocationFlow::theDemoAllocationStandsBesideThePlan()
{
    openJob(vsys::app::HomePage::Job::Allocation);
    QCOMPARE(page()->findChild<QLabel*>(u"pageTitle"_s)->text(), u"分配量の確認"_s);
    QCOMPARE(row(0),
             (QStringList{u"2/28～3/13接種（2/21週配送）"_s, u"600回接種分（4箱）"_s, u"7箱（700本）"_s,
                          u"600回接種分（4箱）"_s, u"7箱（700本）"_s, u"2022/02/22"_s, u"分配量確定済"_s}));
    QCOMPARE(row(1),
             (QStringList{u"3/14～3/27接種（3/7週配送）"_s, u"450回接種分（3箱）"_s, u"5箱（500本）"_s,
                          u"450回接種分（3箱）"_s, u"5箱（500本）"_s, u"2022/03/08"_s, u"分配量確定済"_s}));
    QCOMPARE(row(2),
             (QStringList{u"3/28～4/10接種（3/21週配送）"_s, u"0回接種分（0箱）"_s, u"0箱（0本）"_s, u"未定"_s,
                          u"未定"_s, u"未定"_s, u"計画変更可（2022/03/08 15:00まで）"_s}));
    QVERIFY(labelText("lastSyncLabel").startsWith(u"サーバーとの最終同期："_s));
    QCOMPARE(labelText("nextDeliveryLabel"), u"次回の配送予定日：2022/03/08（3/14～3/27接種の450回接種分（3箱））"_s);
    // Read-only: no cell opens an editor.
    QCOMPARE(view()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!(model()->flags(model()->index(2, AllocationTableModel::Allocated)) & Qt::ItemIsEditable));
    page()->findChild<QPushButton*>(u"backPushButton"_s)->click();
    QVERIFY(m_app->window->findChild<QStackedWidget*>()->currentWidget()->isAncestorOf(m_app->window->homePage()));
}

void TstAllocationFlow::anAllocationSetByTheMinistryArrivesWithTheSyncAndStaysOffline()
{
    openJob(vsys::app::HomePage::Job::Allocation);
    QCOMPARE(cell(2, AllocationTableModel::Allocated), u"未定"_s);
    const QString venue = m_app->session->sync().account()->venueId;
    QCOMPARE(admin({u"set-allocation"_s, u"--venue"_s, venue, u"--cool"_s, u"3"_s, u"--boxes"_s, u"2"_s,
                    u"--needle-boxes"_s, u"4"_s, u"--delivery-date"_s, u"2022-03-22"_s}),
             QString());
    // A date outside the クール's delivery window is refused and never reaches the venue.
    QCOMPARE(admin({u"set-allocation"_s, u"--venue"_s, venue, u"--cool"_s, u"4"_s, u"--boxes"_s, u"3"_s,
                    u"--delivery-date"_s, u"2022-03-22"_s}),
             u"vsysdesk-admin: 配送予定日：4/11～4/24接種（4/4週配送）は2022/04/04から2022/04/10までの日付を入力して"
             "ください。\n"_s);
    QVERIFY(m_app->syncUntilIdle());
    QTRY_COMPARE(cell(2, AllocationTableModel::Allocated), u"300回接種分（2箱）"_s);
    QCOMPARE(cell(2, AllocationTableModel::AllocatedNeedles), u"4箱（400本）"_s);
    QCOMPARE(cell(2, AllocationTableModel::DeliveryDate), u"2022/03/22"_s);
    QCOMPARE(cell(3, AllocationTableModel::Allocated), u"未定"_s);
    QCOMPARE(cell(3, AllocationTableModel::DeliveryDate), u"未定"_s);
    const QString synced = labelText("lastSyncLabel");

    // The next start finds no server (the PC is offline): the page shows the copy of the last sync, and says
    // how old it is.
    m_app->stop();
    const QString failure = m_app->start(QUrl(u"https://127.0.0.1:9"_s));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    showWindow();
    m_app->window->start();
    QTRY_VERIFY(m_app->session->sync().account().has_value());
    QSignalSpy finished(&m_app->session->sync(), &vsys::sync::SyncService::syncFinished);
    m_app->session->sync().syncNow();
    QTRY_VERIFY(!m_app->session->sync().isOnline());
    openJob(vsys::app::HomePage::Job::Allocation);
    QCOMPARE(
        row(2),
        (QStringList{u"3/28～4/10接種（3/21週配送）"_s, u"0回接種分（0箱）"_s, u"0箱（0本）"_s, u"300回接種分（2箱）"_s,
                     u"4箱（400本）"_s, u"2022/03/22"_s, u"計画変更可（2022/03/08 15:00まで）"_s}));
    QCOMPARE(cell(0, AllocationTableModel::DeliveryDate), u"2022/02/22"_s);
    QCOMPARE(labelText("lastSyncLabel"), synced);
    openJob(vsys::app::HomePage::Job::Delivery);
    QCOMPARE(view()->currentIndex(), model()->index(1, AllocationTableModel::DeliveryDate));
}

void TstAllocationFlow::deliveryDatesOpenOnTheNextDelivery()
{
    openJob(vsys::app::HomePage::Job::Delivery);
    QCOMPARE(page()->view(), AllocationPage::View::Delivery);
    auto* title = page()->findChild<QLabel*>(u"pageTitle"_s);
    QCOMPARE(title->text(), u"配送予定日の確認"_s);
    // At the server's 2022-03-01 the next delivery is the second クール's on 3/8: the keyboard is on it.
    QCOMPARE(view()->currentIndex(), model()->index(1, AllocationTableModel::DeliveryDate));
    QTRY_VERIFY(view()->hasFocus());
    QCOMPARE(view()->currentIndex().data().toString(), u"2022/03/08"_s);
    QTest::keyClick(view(), Qt::Key_Down);
    QCOMPARE(view()->currentIndex().data().toString(), u"未定"_s);

    // 分配量の確認 titles the same page its own way.
    page()->findChild<QPushButton*>(u"backPushButton"_s)->click();
    openJob(vsys::app::HomePage::Job::Allocation);
    QCOMPARE(page()->view(), AllocationPage::View::Allocation);
    QCOMPARE(title->text(), u"分配量の確認"_s);
    // And back to the longer title: shown whole, not cut to the shorter one's width.
    page()->findChild<QPushButton*>(u"backPushButton"_s)->click();
    openJob(vsys::app::HomePage::Job::Delivery);
    QTRY_VERIFY(title->width() >= title->sizeHint().width());
}

void TstAllocationFlow::thePlanShowsTheDeliveryDateBesideTheAllocation()
{
    QTest::mouseClick(m_app->window->homePage()->jobButton(vsys::app::HomePage::Job::Plan), Qt::LeftButton);
    vsys::app::PlanTableModel* plan = m_app->window->planPage()->model();
    QTRY_COMPARE(plan->rowCount(), 5);
    QCOMPARE(plan->index(0, vsys::app::PlanTableModel::Allocation).data().toString(),
             u"600回接種分（4箱）2/22配送予定"_s);
    QCOMPARE(plan->index(1, vsys::app::PlanTableModel::Allocation).data().toString(),
             u"450回接種分（3箱）3/8配送予定"_s);
    QCOMPARE(plan->index(2, vsys::app::PlanTableModel::Allocation).data().toString(), u"（未定）"_s);
}

void TstAllocationFlow::everythingFitsALaptopScreen()
{
    const qreal scale = m_app->window->devicePixelRatioF();
    openJob(vsys::app::HomePage::Job::Allocation);
    QTRY_VERIFY(!view()->horizontalScrollBar()->isVisible());
    QVERIFY(!view()->verticalScrollBar()->isVisible());
    const int lastColumn = AllocationTableModel::ColumnCount - 1;
    QVERIFY(view()->columnViewportPosition(lastColumn) + view()->columnWidth(lastColumn)
            <= view()->viewport()->width());
    const QRect window = m_app->window->rect();
    for (const char* name : {"pdfPushButton", "printPushButton", "lastSyncLabel", "nextDeliveryLabel"}) {
        auto* widget = page()->findChild<QWidget*>(QString::fromLatin1(name));
        QVERIFY2(widget->isVisible(), name);
        const QRect shown(widget->mapTo(m_app->window.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(window.contains(shown), name);
    }
    if (const QString shots = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(m_app->window->grab().save(QDir(shots).filePath(u"allocation-%1.png"_s.arg(qRound(scale * 100)))));
        openJob(vsys::app::HomePage::Job::Delivery);
        auto* title = page()->findChild<QLabel*>(u"pageTitle"_s);
        QTRY_VERIFY(title->width() >= title->sizeHint().width());
        QVERIFY(m_app->window->grab().save(QDir(shots).filePath(u"delivery-%1.png"_s.arg(qRound(scale * 100)))));
    }
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstAllocationFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstAllocationFlow.moc"
