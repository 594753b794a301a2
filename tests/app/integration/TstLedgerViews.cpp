// SPDX-License-Identifier: MIT
// What follows from the dose ledger (接種台帳) on the existing screens, against the embedded server at the demo's
// clock (2022-03-01 10:00): doses recorded through SyncService::recordDose fill the 実績 screen's figures with one
// click, the claim's 2022年02月 counts (a ward's ticket under its city, a time exactly at a range's end as 時間外, an
// old-format 予診票 under 通常 with its surcharge listed apart) with hand edits marked and the 実績 check, the
// plan's forecast, and the home screen's obligations, each one click from its screen.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/claims/ClaimCountsModel.h"
#include "app/claims/ClaimPage.h"
#include "app/common/MessageBanner.h"
#include "app/home/HomePage.h"
#include "app/plan/ForecastPanel.h"
#include "app/plan/PlanPage.h"
#include "app/reports/ReportPage.h"
#include "core/Translator.h"
#include "server/demo/DemoData.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vsys;

namespace {

const QString kChiyoda = u"131016"_s; // the demo venue's municipality (同一市内)
const QString kOsaka = u"271004"_s; // 大阪市, who pays for a 大阪市北区 (271276) ticket

} // namespace

class TstLedgerViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theReportScreenTakesTheLedgersTotalsWithOneClick();
    void theClaimIsFilledFromTheLedgerAndHandEditsAreMarked();
    void thePlanShowsTheForecastAndHomeTheObligations();

private:
    void login();
    /// A 3回目 dose of the ticket's serial, typed at the desk.
    void record(QDate date,
                QTime time,
                const QString& municipality,
                int serial,
                core::DoseKind kind = core::DoseKind::Vaccination,
                core::ScreeningForm form = core::ScreeningForm::New);
    /// The morning of 2022-02-28 (Monday, 診療時間 09:00–12:00 and 13:00–17:00) and one dose of 2022-03-01.
    void recordMornings();
    void openJob(app::HomePage::Job job, QWidget* page);
    void screenshot(const QString& name) const;
    QStackedWidget* pages() const { return m_app->window->findChild<QStackedWidget*>(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::test::EmbeddedApp> m_app;
    int m_before = 0; ///< 3回目 接種 already in the ledger (the server's demo doses) up to 2022-03-01
};

void TstLedgerViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<app::test::EmbeddedApp>(m_dir->path());
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    login();
}

void TstLedgerViews::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstLedgerViews::login()
{
    const server::DemoAccount demo = server::DemoData::accounts().at(1);
    sync::SyncService& sync = m_app->session->sync();
    QSignalSpy synced(&sync, &sync::SyncService::syncFinished);
    m_app->window->login(demo.vsysId, demo.password);
    QVERIFY(synced.wait(15'000));
    QVERIFY(sync.isSignedIn());
    QVERIFY(m_app->syncUntilIdle());
    QVERIFY(m_app->cancelDelegationNotice());
    m_before = sync.doseLedger().totals(u"moderna_workplace"_s, QDate(2022, 3, 1)).third;
}

void TstLedgerViews::record(
    QDate date, QTime time, const QString& municipality, int serial, core::DoseKind kind, core::ScreeningForm form)
{
    core::DoseEntry entry;
    entry.date = date;
    entry.time = time;
    entry.ticket = u"13"_s + municipality + u"%1"_s.arg(900'000'000 + serial, 10, 10, QChar(u'0'));
    entry.kind = kind;
    entry.form = form;
    entry.vaccine = u"moderna_workplace"_s;
    const auto recorded = m_app->session->sync().recordDose(entry);
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
}

void TstLedgerViews::recordMornings()
{
    const QDate monday(2022, 2, 28);
    record(monday, QTime(9, 30), kChiyoda, 1); // 通常
    record(monday, QTime(12, 0), u"271276"_s, 2); // 大阪市北区, exactly at 12:00: 時間外, claimed from 大阪市
    record(monday, QTime(17, 30), kChiyoda, 3, core::DoseKind::Vaccination, core::ScreeningForm::Old);
    record(monday, QTime(10, 0), kChiyoda, 4, core::DoseKind::ScreeningOnly); // 予診のみ: not a 接種
    record(QDate(2022, 3, 1), QTime(9, 10), kChiyoda, 5);
}

void TstLedgerViews::openJob(app::HomePage::Job job, QWidget* page)
{
    pages()->setCurrentIndex(0); // the home screen
    QPushButton* button = m_app->window->homePage()->jobButton(job);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(pages()->currentWidget(), page);
}

void TstLedgerViews::screenshot(const QString& name) const
{
    // For a person to look at: VSYS_SCREENSHOT_DIR=/some/dir keeps the screen as a PNG.
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(m_app->window->grab().save(QDir(dir).filePath(name)));
    }
}

void TstLedgerViews::theReportScreenTakesTheLedgersTotalsWithOneClick()
{
    recordMornings();
    app::ReportPage* page = m_app->window->reportPage();
    openJob(app::HomePage::Job::WastageReport, page);
    auto* third = page->findChild<QLineEdit*>(u"thirdLineEdit"_s);
    auto* wasted = page->findChild<QLineEdit*>(u"wastedLineEdit"_s);
    // The demo's registered 3回目 (10) starts the field; the ledger has 4 more 接種 than before (予診のみ left out).
    QCOMPARE(third->text(), u"10"_s);
    const int ledger = m_before + 4;
    const QString shown = u"台帳 %1回"_s.arg(ledger);
    auto* ledgerThird = page->findChild<QLabel*>(u"third_dosesLedgerLabel"_s);
    QVERIFY(ledgerThird->isVisible());
    QCOMPARE(ledgerThird->text(),
             ledger == 10
                 ? shown
                 : u"%1（入力との差 %2%3回）"_s.arg(shown, 10 > ledger ? u"+"_s : u"−"_s).arg(std::abs(10 - ledger)));
    screenshot(u"ledger-report.png"_s);

    QTest::mouseClick(page->findChild<QPushButton*>(u"applyLedgerPushButton"_s), Qt::LeftButton);
    QCOMPARE(third->text(), QString::number(ledger));
    QCOMPARE(wasted->text(), u"1"_s); // wasted vials stay typed
    QCOMPARE(ledgerThird->text(), shown);
    QVERIFY(!page->findChild<QPushButton*>(u"applyLedgerPushButton"_s)->isEnabled());

    // Typing again shows the difference at once.
    third->setFocus();
    third->selectAll();
    QTest::keyClicks(third, QString::number(ledger + 2));
    QCOMPARE(ledgerThird->text(), u"%1（入力との差 +2回）"_s.arg(shown));
}

void TstLedgerViews::theClaimIsFilledFromTheLedgerAndHandEditsAreMarked()
{
    const core::LedgerClaim demo
        = m_app->session->sync().doseLedger().claim(QDate(2022, 2, 1), m_app->session->sync().clinicHours());
    QVERIFY2(demo.lines.isEmpty(), "the demo has no doses in February: the counts below are this test's");
    recordMornings();
    app::ClaimPage* page = m_app->window->claimPage();
    openJob(app::HomePage::Job::Billing, page);
    QCOMPARE(page->claim().vaccinationMonth, QDate(2022, 2, 1));
    QPushButton* fill = page->fillFromLedgerButton();
    QVERIFY(fill->isVisible());
    QVERIFY(fill->isEnabled());
    QTest::mouseClick(fill, Qt::LeftButton);

    using core::AgeBand;
    using core::DoseKind;
    using core::TicketSheet;
    using core::TimeBand;
    const core::MonthlyClaim& claim = page->claim();
    // 09:30 and the old-format 17:30 (counted under 通常); 12:00 is a range's end, so 時間外; 3/1 is not February.
    QCOMPARE(
        claim.count(TicketSheet::Attached, kChiyoda, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular),
        qint64(2));
    QCOMPARE(
        claim.count(TicketSheet::Attached, kChiyoda, DoseKind::ScreeningOnly, AgeBand::SixAndOver, TimeBand::Regular),
        qint64(1));
    QCOMPARE(
        claim.count(TicketSheet::Attached, kOsaka, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours),
        qint64(1));
    QCOMPARE(claim.count(TicketSheet::Attached, u"271276"_s, DoseKind::Vaccination, AgeBand::SixAndOver,
                         TimeBand::AfterHours),
             qint64(0));
    QCOMPARE(page->surchargeLabel()->text(),
             u"接種台帳の旧様式の予診票（上の表では通常に計上）。時間外・休日の加算は市区町村に別途請求してください："
             u"東京都千代田区 接種 6歳以上 時間外：1件"_s);
    QVERIFY(page->surchargeLabel()->isVisible());
    const QList<core::Error> filled = page->checks(core::ClaimOutput::SummaryIncludingHome);
    QVERIFY(std::none_of(filled.cbegin(), filled.cend(), [](const core::Error& e) { return e.field == u"ledger"_s; }));
    screenshot(u"ledger-claim.png"_s);

    // A hand edit over the ledger: the cell is coloured, its tooltip gives the ledger's count, and the pre-print
    // check says the counts differ from 実績.
    app::ClaimCountsModel* model = page->countsModel(TicketSheet::Attached);
    QTableView* view = page->countsView(TicketSheet::Attached);
    const int column = model->columnOf(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular);
    const QModelIndex cell = model->index(app::ClaimCountsModel::kHomeRow, column);
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(view->currentIndex(), cell);
    QTest::keyClicks(view, u"3"_s);
    auto* editor = view->findChild<QSpinBox*>();
    QVERIFY2(editor, "typing into the cell opens its spin box");
    QCOMPARE(editor->text(), u"3"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->findChild<QSpinBox*>());
    QTRY_COMPARE(
        claim.count(TicketSheet::Attached, kChiyoda, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular),
        qint64(3));
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"台帳: 2件"_s);
    const QList<core::Error> warnings = page->checks(core::ClaimOutput::SummaryIncludingHome);
    const auto ledger
        = std::find_if(warnings.cbegin(), warnings.cend(), [](const core::Error& e) { return e.field == u"ledger"_s; });
    QVERIFY(ledger != warnings.cend());
    QCOMPARE(ledger->message,
             u"実績と件数が違います：請求の2022年02月の接種は4件、接種台帳では3件です。件数を確認するか、"
             u"台帳から入力してください。"_s);
}

void TstLedgerViews::thePlanShowsTheForecastAndHomeTheObligations()
{
    recordMornings();
    app::HomePage* home = m_app->window->homePage();
    // Recording refreshed the home screen: the 委任状 cancelled at login, the plan deadline of 3/28～4/10, the 実績
    // due the day after 3/1 (the demo's report is as of 2/28), and the claim of February.
    auto* box = home->findChild<QGroupBox*>(u"obligationsGroupBox"_s);
    QTRY_VERIFY(box->isVisible());
    // The rows are rebuilt on every refresh (a sync may arrive meanwhile): read them afresh, once all are shown.
    const auto shownTexts = [box] {
        QStringList texts;
        for (const QLabel* label : box->findChildren<QLabel*>()) {
            if (!label->isVisible()) {
                return QStringList();
            }
            texts << label->text();
        }
        return texts;
    };
    QTRY_VERIFY(!shownTexts().isEmpty());
    const QStringList texts = shownTexts();
    QVERIFY2(texts.contains(u"委任状のダウンロード（1件）"_s), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(u"3/28～4/10接種の計画変更締切"_s), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(u"2022/03/08 15:00まで"_s), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(u"接種実績・廃棄の報告（2022/03/01接種分から）"_s), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(u"2022/03/02まで"_s), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(u"2022年02月接種分の請求（2022年03月請求分）"_s), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(u"2022/03/10まで"_s), qPrintable(texts.join(u'|')));
    screenshot(u"ledger-home.png"_s);

    // One click from each to its screen.
    QTest::mouseClick(home->obligationButton(core::Obligation::Kind::Report), Qt::LeftButton);
    QCOMPARE(pages()->currentWidget(), m_app->window->reportPage());
    pages()->setCurrentIndex(0);
    QTest::mouseClick(home->obligationButton(core::Obligation::Kind::PlanChange), Qt::LeftButton);
    QCOMPARE(pages()->currentWidget(), m_app->window->planPage());

    // The plan's forecast: 600 delivered on 2/22 (4 boxes of 150), the ledger's doses given, the demo report's
    // wasted vial (15 doses); at the last 14 days' rate the rest is not used before 3/14 brings 450 more.
    app::ForecastPanel* panel = m_app->window->planPage()->forecastPanel();
    QVERIFY(panel->isVisible());
    QStandardItemModel* model = panel->model();
    QCOMPARE(model->item(0, app::ForecastPanel::Period)->text(), u"2/28～3/13接種"_s);
    QCOMPARE(model->item(0, app::ForecastPanel::Delivered)->text(), u"600回"_s);
    QCOMPARE(model->item(0, app::ForecastPanel::Given)->text(), u"%1回"_s.arg(m_before + 4));
    QCOMPARE(model->item(0, app::ForecastPanel::Wasted)->text(), u"15回"_s);
    QCOMPARE(model->item(0, app::ForecastPanel::OnHand)->text(), u"%1回"_s.arg(600 - m_before - 4 - 15));
    QCOMPARE(model->item(1, app::ForecastPanel::Delivered)->text(), u"450回"_s);
    QVERIFY(panel->warning()->isVisible());
    QVERIFY2(panel->warning()->text().contains(u"回分が余る見込みです。"_s), qPrintable(panel->warning()->text()));
    QVERIFY2(panel->warning()->text().contains(u"次のクールが始まる2022/03/14までに使い切れません"_s),
             qPrintable(panel->warning()->text()));
    screenshot(u"ledger-plan.png"_s);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstLedgerViews test;
    return QTest::qExec(&test, argc, argv);
}
#include "TstLedgerViews.moc"
