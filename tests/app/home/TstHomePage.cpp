// SPDX-License-Identifier: MIT
// The home screen driven as a user would: venue shown, 予約受付状態 chosen and saved, jobs not yet
// built disabled with a tooltip. Runs offscreen, in Japanese.
#include "app/common/MessageBanner.h"
#include "app/home/HomePage.h"
#include "core/Translator.h"
#include "db/Database.h"
#include "db/VenueRepository.h"

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
    void savesTheReservationStatus();
    void unbuiltJobsAreDisabledWithATooltip();
    void showsWhenNoVenueIsRegistered();

private:
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
    QVERIFY(m_venues
                ->setReservationStatus(venue.vsysId, vsys::core::ReservationStatus::Available,
                                       QDateTime::currentDateTimeUtc())
                .ok());
}

void TstHomePage::cleanup()
{
    m_venues.reset();
    m_db.reset();
    m_dir.reset();
}

void TstHomePage::showsTheVenue()
{
    HomePage page(*m_venues);
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
    QVERIFY(radio(page, u"available"_s)->isChecked()); // the venue's saved status
    QVERIFY(!page.findChild<QPushButton*>(u"updateReservationPushButton"_s)->isEnabled());
}

void TstHomePage::savesTheReservationStatus()
{
    HomePage page(*m_venues);
    page.showVenue(u"1310000017"_s);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto* update = page.findChild<QPushButton*>(u"updateReservationPushButton"_s);
    QTest::mouseClick(radio(page, u"few_left"_s), Qt::LeftButton);
    QVERIFY(radio(page, u"few_left"_s)->isChecked());
    QVERIFY(update->isEnabled());
    QTest::mouseClick(update, Qt::LeftButton);

    auto* banner = page.findChild<vsys::app::MessageBanner*>(u"messageBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"予約の受付情報を「残り少数」に更新しました。"_s);
    QCOMPARE(banner->kind(), vsys::app::MessageBanner::Kind::Success);
    QVERIFY(!update->isEnabled());

    // Saved in SQLite, with a history row: a new page (and a restart) shows it.
    const auto stored = m_venues->find(u"1310000017"_s);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->reservationStatus, vsys::core::ReservationStatus::FewLeft);
    QVERIFY((*stored)->reservationStatusChangedAt.isValid());
    QSqlQuery history(m_db->connection());
    QVERIFY(history.exec(u"SELECT status FROM reservation_status_history ORDER BY id"_s));
    QStringList statuses;
    while (history.next()) {
        statuses << history.value(0).toString();
    }
    QCOMPARE(statuses.constLast(), u"few_left"_s);

    HomePage reopened(*m_venues);
    reopened.showVenue(u"1310000017"_s);
    QVERIFY(radio(reopened, u"few_left"_s)->isChecked());
}

void TstHomePage::unbuiltJobsAreDisabledWithATooltip()
{
    HomePage page(*m_venues);
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
    HomePage page(*m_venues);
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
