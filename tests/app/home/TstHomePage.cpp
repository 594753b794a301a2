// SPDX-License-Identifier: MIT
// The home screen driven as a user would: venue shown, jobs not yet built disabled with a tooltip, and
// the 予約受付状態 chosen and sent in the real window on its embedded server (送信待ち until the server
// has it, then 更新しました; a change from another PC arrives). Runs offscreen, in Japanese.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/common/MessageBanner.h"
#include "app/common/SaveStateLabel.h"
#include "app/home/HomePage.h"
#include "core/Translator.h"
#include "db/Database.h"
#include "db/VenueRepository.h"
#include "server/service/ReservationStatusService.h"
#include "server/storage/Storage.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::app::HomePage;

class TstHomePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheVenue();
    void theReservationStatusGoesToTheServerByClick();
    void theReservationStatusGoesToTheServerByKeyboard();
    void aChangeFromAnotherPcArrives();
    void withoutAnAccountTheChoiceIsDisabled();
    void unbuiltJobsAreDisabledWithATooltip();
    void showsWhenNoVenueIsRegistered();

private:
    /// The real window on its embedded server, logged in with the demo ID, at 1366×768.
    void startApp();
    /// What the server's database holds for the demo venue: its status and "vsys_id:old>new" per change.
    std::pair<QString, QStringList> serverStatus();
    /// Waits for the page to say the server has `status` (「…に更新しました」 and 送信済み).
    void expectSent(const QString& label);
    HomePage* home() const { return m_app->window->homePage(); }
    vsys::app::MessageBanner* banner() const
    {
        return home()->findChild<vsys::app::MessageBanner*>(u"messageBanner"_s);
    }
    vsys::app::SaveStateLabel* stateLabel() const
    {
        return home()->findChild<vsys::app::SaveStateLabel*>(u"reservationStateLabel"_s);
    }
    QPushButton* updateButton() const { return home()->findChild<QPushButton*>(u"updateReservationPushButton"_s); }

    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;

    QRadioButton* radio(HomePage& page, const QString& key) const
    {
        return page.findChild<QRadioButton*>(key + u"RadioButton"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::db::Database> m_db;
    std::unique_ptr<vsys::db::VenueRepository> m_venues;
};

void TstHomePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = vsys::db::Database::open(m_dir->filePath(u"home.sqlite"_s), u"home-test"_s);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db).value();
    m_venues = std::make_unique<vsys::db::VenueRepository>(*m_db);
    vsys::core::Venue venue;
    venue.vsysId = u"1310000017"_s;
    venue.name = u"(職域)サンプル職域接種会場"_s;
    QVERIFY(m_venues->save(venue).ok());
}

void TstHomePage::cleanup()
{
    m_app.reset();
    m_venues.reset();
    m_db.reset();
    m_dir.reset();
}

void TstHomePage::showsTheVenue()
{
    HomePage page;
    page.setVenues(*m_venues);
    page.showVenue(u"1310000017"_s);
    QCOMPARE(page.findChild<QLabel*>(u"venueNameLabel"_s)->text(), u"(職域)サンプル職域接種会場"_s);
    QCOMPARE(page.findChild<QLabel*>(u"vsysIdLabel"_s)->text(), u"V-SYS ID：1310000017"_s);

    const QStringList expected{u"予約可能"_s, u"残り少数"_s, u"予約受付不可"_s, u"予約不要"_s, u"未登録"_s};
    const QStringList keys{u"available"_s, u"few_left"_s, u"not_accepting"_s, u"not_required"_s, u"unregistered"_s};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QRadioButton* button = radio(page, keys.at(i));
        QVERIFY2(button, qPrintable(keys.at(i)));
        QCOMPARE(button->text(), expected.at(i));
    }
    // Without an account of the venue open, the status is not known here: nothing to choose.
    QVERIFY(!page.findChild<QWidget*>(u"reservationGroupBox"_s)->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(u"updateReservationPushButton"_s)->isEnabled());
}

void TstHomePage::startApp()
{
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->filePath(u"app"_s));
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->window->resize(1366, 768);
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QVERIFY(m_app->loginDemo());
    QTRY_VERIFY(radio(*home(), u"unregistered"_s)->isChecked());
    QVERIFY(!updateButton()->isEnabled());
}

std::pair<QString, QStringList> TstHomePage::serverStatus()
{
    const auto storage = m_app->serverStorage();
    if (!storage.ok()) {
        return {storage.error().message, {}};
    }
    const QString venueId = m_app->session->sync().account()->venueId;
    const auto history = vsys::server::ReservationStatusService(**storage).history(venueId, 1);
    if (!history.ok()) {
        return {history.error().error.message, {}};
    }
    QStringList changes;
    for (const auto& change : history->changes) {
        changes << change.vsysId + u':' + vsys::core::ReservationStatusText::key(change.from) + u'>'
                + vsys::core::ReservationStatusText::key(change.to);
    }
    return {vsys::core::ReservationStatusText::key(history->current.status), changes};
}

void TstHomePage::expectSent(const QString& label)
{
    QTRY_COMPARE(banner()->text(), u"予約の受付情報を「%1」に更新しました。"_s.arg(label));
    QCOMPARE(banner()->kind(), vsys::app::MessageBanner::Kind::Success);
    QCOMPARE(stateLabel()->state(), vsys::app::SaveState::Sent);
    QVERIFY(!updateButton()->isEnabled());
}

void TstHomePage::theReservationStatusGoesToTheServerByClick()
{
    startApp();
    QTest::mouseClick(radio(*home(), u"few_left"_s), Qt::LeftButton);
    QVERIFY(updateButton()->isEnabled());
    QTest::mouseClick(updateButton(), Qt::LeftButton);

    // Honest at once: on this PC only, waiting for the server.
    QCOMPARE(banner()->text(), u"予約の受付情報「残り少数」は送信待ちです。サーバーに届くと公開されます。"_s);
    QCOMPARE(stateLabel()->text(), u"送信待ち"_s);
    QVERIFY(!updateButton()->isEnabled());
    QCOMPARE(serverStatus().first, u"unregistered"_s);

    expectSent(u"残り少数"_s);
    QCOMPARE(serverStatus(), std::make_pair(u"few_left"_s, QStringList{u"1310000017:unregistered>few_left"_s}));
    QCOMPARE(m_app->session->sync().pendingCount(), 0);
}

void TstHomePage::theReservationStatusGoesToTheServerByKeyboard()
{
    startApp();
    QRadioButton* notAccepting = radio(*home(), u"not_accepting"_s);
    notAccepting->setFocus();
    QTest::keyClick(notAccepting, Qt::Key_Space);
    QVERIFY(notAccepting->isChecked());
    QTest::keyClick(notAccepting, Qt::Key_Tab);
    QTRY_VERIFY(updateButton()->hasFocus());
    QTest::keyClick(updateButton(), Qt::Key_Space);

    QCOMPARE(stateLabel()->text(), u"送信待ち"_s);
    expectSent(u"予約受付不可"_s);
    QCOMPARE(serverStatus().first, u"not_accepting"_s);
}

void TstHomePage::aChangeFromAnotherPcArrives()
{
    startApp();
    // The venue's other PC (or V-SYS ID) sets it on the server.
    {
        const auto storage = m_app->serverStorage();
        QVERIFY(storage.ok());
        const auto account = *m_app->session->sync().account();
        const auto set = vsys::server::ReservationStatusService(**storage).set(
            {{}, account.vsysId, account.venueId}, QJsonObject{{u"status"_s, u"not_required"_s}});
        QVERIFY(set.ok());
    }
    m_app->session->sync().syncNow();
    QTRY_VERIFY(radio(*home(), u"not_required"_s)->isChecked());
    QVERIFY(!updateButton()->isEnabled());
    QCOMPARE(stateLabel()->state(), vsys::app::SaveState::Unchanged);
}

void TstHomePage::withoutAnAccountTheChoiceIsDisabled()
{
    startApp();
    m_app->session->sync().logout();
    QTRY_VERIFY(!home()->findChild<QWidget*>(u"reservationGroupBox"_s)->isEnabled());
    QVERIFY(!updateButton()->isEnabled());
}

void TstHomePage::unbuiltJobsAreDisabledWithATooltip()
{
    HomePage page;
    page.setVenues(*m_venues);
    page.showVenue(u"1310000017"_s);
    const QList<std::pair<HomePage::Job, QString>> jobs{
        {HomePage::Job::Application, u"職域追加接種の申込"_s},
        {HomePage::Job::Plan, u"ワクチン接種計画の登録"_s},
        {HomePage::Job::WastageReport, u"廃棄量等の報告"_s},
        {HomePage::Job::Allocation, u"分配量の確認"_s},
        {HomePage::Job::Delivery, u"配送予定日の確認"_s},
        {HomePage::Job::Billing, u"国保連提出用請求総括書・市区町村別請求書の作成"_s},
        {HomePage::Job::Delegation, u"委任状"_s},
        {HomePage::Job::Institution, u"医療機関情報"_s},
    };
    QSignalSpy requested(&page, &HomePage::jobRequested);
    for (const auto& [job, label] : jobs) {
        QPushButton* button = page.jobButton(job);
        QCOMPARE(button->text(), label);
        QVERIFY2(!button->isEnabled(), qPrintable(label));
        QCOMPARE(button->toolTip(), u"この業務はまだ利用できません。今後のVSYS Deskのリリースで提供します。"_s);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QCOMPARE(requested.count(), 0);

    // A job that exists waits for a V-SYS ID to be open.
    page.setJobAvailable(HomePage::Job::Plan, true);
    QVERIFY(!page.jobButton(HomePage::Job::Plan)->isEnabled());
    QCOMPARE(page.jobButton(HomePage::Job::Plan)->toolTip(), u"V-SYS IDでログインすると利用できます。"_s);
    page.setAccountOpen(true);
    QVERIFY(page.jobButton(HomePage::Job::Plan)->toolTip().isEmpty());
    QVERIFY(!page.jobButton(HomePage::Job::Delivery)->isEnabled());
    QTest::mouseClick(page.jobButton(HomePage::Job::Plan), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<HomePage::Job>(), HomePage::Job::Plan);
}

void TstHomePage::showsWhenNoVenueIsRegistered()
{
    HomePage page;
    page.setVenues(*m_venues);
    page.showVenue(u"9999999999"_s);
    QCOMPARE(page.findChild<QLabel*>(u"venueNameLabel"_s)->text(), u"接種会場が登録されていません"_s);
    QVERIFY(!page.findChild<QWidget*>(u"reservationGroupBox"_s)->isEnabled());
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstHomePage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstHomePage.moc"
