// SPDX-License-Identifier: MIT
// The whole loop as a new user sees it: the app starts its embedded server over real HTTPS, logs in
// with the demo ID, lists the demo applications with their statuses, and shows the reviewer's
// 要再申込 and comment after the reviewer acts on the server.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/applications/ApplicationListModel.h"
#include "app/applications/ApplicationsPage.h"
#include "app/common/SyncStatusWidget.h"
#include "app/home/HomePage.h"
#include "app/session/ClientSession.h"
#include "core/Translator.h"
#include "server/demo/DemoData.h"
#include "server/service/ReviewService.h"
#include "server/storage/Storage.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::app::ApplicationListModel;

class TstClientServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void demoLoginListsTheApplications();
    void reviewerReturnShowsInTheApp();
    void restartResumesTheSameIdWithItsLocalData();

private:
    void loginAndSync();
    QString cell(int row, int column) const
    {
        return m_app->window->applicationsPage()->model()->index(row, column).data().toString();
    }
    int rowOf(const QString& number) const
    {
        const ApplicationListModel* model = m_app->window->applicationsPage()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->row(r).record.number == number) {
                return r;
            }
        }
        return -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

void TstClientServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->path());
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(m_app->session->isEmbedded());
    QCOMPARE(m_app->session->serverUrl().scheme(), u"https"_s);
}

void TstClientServer::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstClientServer::loginAndSync()
{
    QCOMPARE(vsys::server::DemoData::accounts().constFirst().vsysId, u"1310000017"_s);
    QVERIFY(m_app->loginDemo());
}

void TstClientServer::demoLoginListsTheApplications()
{
    loginAndSync();
    QCOMPARE(m_app->window->homePage()->findChild<QLabel*>(u"venueNameLabel"_s)->text(),
             u"(職域)サンプル職域接種会場"_s);
    QVERIFY2(m_app->window->syncStatus()->text().contains(u"オンライン"_s),
             qPrintable(m_app->window->syncStatus()->text()));

    QTest::mouseClick(m_app->window->homePage()->jobButton(vsys::app::HomePage::Job::Application), Qt::LeftButton);
    QCOMPARE(m_app->window->applicationsPage()->model()->rowCount(), 4);
    const int confirmed = rowOf(u"12345-1310000017-01"_s);
    QVERIFY(confirmed >= 0);
    QCOMPARE(cell(confirmed, ApplicationListModel::Status), u"確認済み"_s);
    QCOMPARE(cell(confirmed, ApplicationListModel::ReviewComment),
             u"新規V-SYS IDを発行いたしますので、そちらを使用して3回目接種を開始してください。"_s);
    QCOMPARE(cell(confirmed, ApplicationListModel::SyncState), u"同期済み"_s);
    QCOMPARE(cell(rowOf(u"12345-1310000017-02"_s), ApplicationListModel::Status), u"要再申込"_s);
    QCOMPARE(cell(rowOf(u"12345-1310000017-03"_s), ApplicationListModel::Status), u"確認待ち"_s);
    QCOMPARE(cell(rowOf(u"12345-1310000017-04"_s), ApplicationListModel::Status), u"一時保存中"_s);
}

void TstClientServer::reviewerReturnShowsInTheApp()
{
    loginAndSync();
    const int waiting = rowOf(u"12345-1310000017-03"_s);
    QCOMPARE(cell(waiting, ApplicationListModel::Status), u"確認待ち"_s);

    // The reviewer acts on the server's own database, as vsysdesk-admin does.
    {
        const auto storage = m_app->serverStorage();
        QVERIFY2(storage.ok(), qPrintable(storage.ok() ? QString() : storage.error().message));
        vsys::server::ReviewService review(**storage);
        const auto returned = review.returnForResubmission(u"12345-1310000017-03"_s,
                                                           u"代表電話番号をご確認のうえ、再申込をお願いします。"_s);
        QVERIFY(returned.ok());
    }

    QSignalSpy synced(&m_app->session->sync(), &vsys::sync::SyncService::syncFinished);
    m_app->session->sync().syncNow();
    QVERIFY(synced.wait(15'000));
    const int row = rowOf(u"12345-1310000017-03"_s);
    QCOMPARE(cell(row, ApplicationListModel::Status), u"要再申込"_s);
    QCOMPARE(cell(row, ApplicationListModel::ReviewComment), u"代表電話番号をご確認のうえ、再申込をお願いします。"_s);
    QVERIFY(cell(row, ApplicationListModel::ReviewedAt) != u"-"_s);
}

void TstClientServer::restartResumesTheSameIdWithItsLocalData()
{
    loginAndSync();

    // A new start of the app: the embedded server comes back on the same URL, and the V-SYS ID used
    // last opens at once with what was synced, before any password is asked for.
    m_app->stop();
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->window->start();
    QVERIFY(m_app->session->sync().account().has_value());
    QCOMPARE(m_app->session->sync().account()->vsysId, u"1310000017"_s);
    QCOMPARE(m_app->window->homePage()->findChild<QLabel*>(u"venueNameLabel"_s)->text(),
             u"(職域)サンプル職域接種会場"_s);
    QTest::mouseClick(m_app->window->homePage()->jobButton(vsys::app::HomePage::Job::Application), Qt::LeftButton);
    QCOMPARE(m_app->window->applicationsPage()->model()->rowCount(), 4);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstClientServer test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstClientServer.moc"
