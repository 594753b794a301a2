// SPDX-License-Identifier: MIT
// 接種台帳 at the reception desk, keyboard only, as a morning's queue comes (the embedded server's 2022/03/01, a
// Tuesday, 10:00: 通常): a ticket typed with hyphens, a scanner's full-width line of a 大阪市北区 ticket that is
// claimed to 大阪市 (its Enter before the two keys records nothing), a wrong check digit refused with its reason
// and the text kept, the same ticket used for a second 接種 refused naming the first row; the rows reach the
// server. Then a correction with its reason and history, the 診療時間 changed and the 時間帯 following, a CSV
// whose bad lines are all listed with nothing imported, and the Excel export.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/claims/ClaimPage.h"
#include "app/claims/MonthLineEdit.h"
#include "app/common/MessageBanner.h"
#include "app/home/HomePage.h"
#include "app/ledger/ClinicHoursDialog.h"
#include "app/ledger/DoseCorrectionDialog.h"
#include "app/ledger/LedgerPage.h"
#include "app/ledger/LedgerTableModel.h"
#include "app/reports/ReportPage.h"
#include "core/JapaneseFormat.h"
#include "core/Translator.h"
#include "core/billing/BillingText.h"
#include "core/ledger/TicketNumber.h"
#include "server/demo/DemoData.h"
#include "server/storage/DoseRepository.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using vsys::app::LedgerPage;
using vsys::app::LedgerTableModel;
using vsys::core::BillingText;

class TstLedgerFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aMorningsQueueIsTypedWithTheKeyboardOnly();
    void theTypedQueueFillsTheReportAndTheClaim();
    void aRowIsCorrectedWithAReasonAndItsHistoryKept();
    void theTimeBandFollowsTheClinicHours();
    void aCsvWithBadLinesImportsNothingAndAGoodOneImportsAll();

private:
    LedgerPage* page() const { return m_app->window->ledgerPage(); }
    template <typename T> T* child(const QString& name) const
    {
        T* found = page()->findChild<T*>(name);
        if (!found) {
            qFatal("no child %s", qPrintable(name));
        }
        return found;
    }
    QLineEdit* ticket() const { return child<QLineEdit>(u"ticketLineEdit"_s); }
    QString status() const { return child<QLabel>(u"ticketStatusLabel"_s)->text(); }
    QString cell(int row, int column) const { return page()->model()->index(row, column).data().toString(); }
    /// The table's row of a ticket: rows entered in the same second may be listed in any order.
    int rowOf(const QString& ticket) const
    {
        for (int row = 0; row < page()->model()->rowCount(); ++row) {
            if (page()->model()->entry(row).ticket == ticket) {
                return row;
            }
        }
        return -1;
    }
    void login();
    void openLedger();
    /// Keys as a person or a barcode/OCR scanner sends them to the focused widget: full-width digits arrive
    /// as key presses with their text, as a scanner in a Japanese keyboard layout types them.
    void typeKeys(const QString& keys, QWidget* target = nullptr);
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    /// One person of the queue: the ticket, the two keys, Enter.
    void enter(const QString& ticketKeys, Qt::Key kind, Qt::Key age);
    void clearTicket();
    /// The venue's 接種台帳 records on the server, by ticket (the demo's March mornings included).
    QMap<QString, vsys::core::DoseEntry> serverDoses() const;
    void screenshot(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

void TstLedgerFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->path());
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    login();
}

void TstLedgerFlow::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstLedgerFlow::login()
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

void TstLedgerFlow::openLedger()
{
    QPushButton* job = m_app->window->homePage()->jobButton(vsys::app::HomePage::Job::Ledger);
    QVERIFY(job->isEnabled());
    QTest::mouseClick(job, Qt::LeftButton);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), page());
    // Ready for the first person: the cursor in the ticket field, the day of the server.
    QTRY_VERIFY(ticket()->hasFocus());
    QCOMPARE(child<QDateEdit>(u"dayDateEdit"_s)->date(), QDate(2022, 3, 1));
}

void TstLedgerFlow::typeKeys(const QString& keys, QWidget* target)
{
    QWidget* focused = target ? target : QApplication::focusWidget();
    QVERIFY(focused);
    for (QChar c : keys) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(focused, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, focused, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, focused, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void TstLedgerFlow::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, key, modifiers);
}

void TstLedgerFlow::enter(const QString& ticketKeys, Qt::Key kind, Qt::Key age)
{
    QVERIFY(ticket()->hasFocus());
    typeKeys(ticketKeys);
    press(kind);
    press(age);
    press(Qt::Key_Return);
}

void TstLedgerFlow::clearTicket()
{
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    QCOMPARE(ticket()->text(), QString());
}

QMap<QString, vsys::core::DoseEntry> TstLedgerFlow::serverDoses() const
{
    QMap<QString, vsys::core::DoseEntry> byTicket;
    const auto storage = m_app->serverStorage();
    if (!storage) {
        return byTicket;
    }
    const auto doses
        = vsys::server::DoseRepository(**storage).pageForVenue(m_app->session->sync().account()->venueId, 0, 1000);
    for (const vsys::server::StoredDose& dose : doses ? *doses : QList<vsys::server::StoredDose>()) {
        byTicket.insert(dose.entry.ticket, dose.entry);
    }
    return byTicket;
}

void TstLedgerFlow::screenshot(const QString& name) const
{
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(m_app->window->grab().save(QDir(dir).filePath(name)));
    }
}

void TstLedgerFlow::aMorningsQueueIsTypedWithTheKeyboardOnly()
{
    openLedger();
    const QString vaccination = BillingText::label(vsys::core::DoseKind::Vaccination);
    const QString screening = BillingText::label(vsys::core::DoseKind::ScreeningOnly);
    const QString sixAndOver = BillingText::label(vsys::core::AgeBand::SixAndOver);
    const QString underSix = BillingText::label(vsys::core::AgeBand::UnderSix);
    const QString regular = BillingText::label(vsys::core::TimeBand::Regular);

    // 1: typed by hand with hyphens. The municipality and the dose appear once the 18 digits are read.
    QVERIFY(ticket()->hasFocus());
    typeKeys(u"1-3-131016-00000"_s);
    QCOMPARE(status(), LedgerPage::tr("%1 of 18 digits read").arg(13));
    typeKeys(u"00001"_s);
    QVERIFY2(status().startsWith(u"東京都千代田区  "_s + LedgerTableModel::doseText(3)), qPrintable(status()));
    press(LedgerPage::kVaccinationKey);
    press(LedgerPage::kSixAndOverKey);
    press(Qt::Key_Return);
    QTRY_COMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(ticket()->text(), QString());
    QVERIFY(ticket()->hasFocus());
    QCOMPARE(cell(0, LedgerTableModel::Ticket), u"1-3-131016-0000000001"_s);
    QCOMPARE(cell(0, LedgerTableModel::Municipality), u"千代田区"_s);
    QCOMPARE(cell(0, LedgerTableModel::Dose), LedgerTableModel::doseText(3));
    QCOMPARE(cell(0, LedgerTableModel::Kind), vaccination);
    QCOMPARE(cell(0, LedgerTableModel::Age), sixAndOver);
    QCOMPARE(cell(0, LedgerTableModel::Band), regular);
    QVERIFY(cell(0, LedgerTableModel::Time).startsWith(u"10:0"_s));
    QCOMPARE(cell(0, LedgerTableModel::State), LedgerTableModel::tr("Not sent"));

    // 2: a scanner types a 大阪市北区 ticket in full-width digits and its own Enter before the two keys: nothing
    // is recorded until 区分 and 年齢 are chosen. The ward's ticket is claimed to 大阪市.
    typeKeys(u"１３２７１２７６００００００００４２"_s);
    QVERIFY2(status().startsWith(u"大阪府大阪市  "_s + LedgerTableModel::doseText(3)), qPrintable(status()));
    press(Qt::Key_Return);
    QCOMPARE(page()->model()->rowCount(), 1);
    QVERIFY(child<QLabel>(u"keysHintLabel"_s)->text().contains(vaccination));
    press(LedgerPage::kVaccinationKey);
    press(LedgerPage::kSixAndOverKey);
    press(Qt::Key_Return);
    QTRY_COMPARE(page()->model()->rowCount(), 2);
    const int ward = rowOf(u"132712760000000042"_s);
    QVERIFY(ward >= 0);
    QCOMPARE(cell(ward, LedgerTableModel::Ticket), u"1-3-271276-0000000042"_s);
    QCOMPARE(cell(ward, LedgerTableModel::Municipality), u"大阪市"_s);

    // 3: a wrong check digit (131017): refused at once with the reason, and Enter keeps the text to fix.
    const QString badTicket = u"131310170000000003"_s;
    typeKeys(badTicket);
    const QString reason = vsys::core::TicketReader::read(badTicket).error().message;
    QCOMPARE(status(), reason);
    enter({}, LedgerPage::kVaccinationKey, LedgerPage::kSixAndOverKey);
    QCOMPARE(page()->model()->rowCount(), 2);
    QCOMPARE(ticket()->text(), badTicket);
    QCOMPARE(status(), reason);
    screenshot(u"ledger-refused-125.png"_s);
    clearTicket();
    // Retyped right, a child's 予診のみ.
    enter(u"131310160000000003"_s, LedgerPage::kScreeningOnlyKey, LedgerPage::kUnderSixKey);
    QTRY_COMPARE(page()->model()->rowCount(), 3);
    const int screeningRow = rowOf(u"131310160000000003"_s);
    QVERIFY(screeningRow >= 0);
    QCOMPARE(cell(screeningRow, LedgerTableModel::Kind), screening);
    QCOMPARE(cell(screeningRow, LedgerTableModel::Age), underSix);

    // 4: the first person's ticket again for a 接種: refused, naming the first row (day, time, desk).
    const vsys::core::DoseEntry first = page()->model()->entry(rowOf(u"131310160000000001"_s));
    enter(u"131310160000000001"_s, LedgerPage::kVaccinationKey, LedgerPage::kSixAndOverKey);
    QCOMPARE(page()->model()->rowCount(), 3);
    QCOMPARE(ticket()->text(), u"131310160000000001"_s);
    QVERIFY2(status().contains(LedgerPage::tr("This ticket was already used for a vaccination on %1 at %2 (desk %3). "
                                              "Check the ticket; if the earlier row is wrong, correct it.")
                                   .arg(u"2022/03/01"_s, first.time.toString(u"HH:mm"_s), first.desk)),
             qPrintable(status()));
    QVERIFY(!first.desk.isEmpty());
    clearTicket();
    QCOMPARE(child<QLabel>(u"dayCountLabel"_s)->text(),
             LedgerPage::tr("Rows: %1, vaccinations: %2")
                 .arg(vsys::core::JapaneseFormat::cases(3), vsys::core::JapaneseFormat::doses(2)));
    screenshot(u"ledger-queue-125.png"_s);

    // The rows reach the server: nothing waits any more.
    QCOMPARE(m_app->session->sync().unsentDoseIds().size(), 3);
    QVERIFY(m_app->syncUntilIdle());
    QTRY_VERIFY(m_app->session->sync().unsentDoseIds().isEmpty());
    QTRY_COMPARE(cell(0, LedgerTableModel::State), QString());
    const QMap<QString, vsys::core::DoseEntry> onServer = serverDoses();
    QVERIFY(!onServer.contains(badTicket));
    for (int row = 0; row < 3; ++row) {
        const vsys::core::DoseEntry& here = page()->model()->entry(row);
        QVERIFY2(onServer.contains(here.ticket), qPrintable(here.ticket));
        QCOMPARE(onServer.value(here.ticket), here);
    }
    QCOMPARE(onServer.value(u"132712760000000042"_s).kind, vsys::core::DoseKind::Vaccination);
    QCOMPARE(onServer.value(u"131310160000000003"_s).age, vsys::core::AgeBand::UnderSix);
    QCOMPARE(onServer.value(u"131310160000000001"_s).date, QDate(2022, 3, 1));
}

void TstLedgerFlow::theTypedQueueFillsTheReportAndTheClaim()
{
    using vsys::core::AgeBand;
    using vsys::core::DoseKind;
    using vsys::core::TicketSheet;
    using vsys::core::TimeBand;
    vsys::sync::SyncService& sync = m_app->session->sync();
    const QDate march(2022, 3, 1);
    // The demo's own doses of March are in the ledger too: what the queue adds is compared with what was there.
    const int thirdBefore = sync.doseLedger().totals(u"moderna_workplace"_s, march).third;
    const vsys::core::MonthlyClaim before = [&] {
        vsys::core::MonthlyClaim claim;
        claim.lines = sync.doseLedger().claim(march, sync.clinicHours()).lines;
        return claim;
    }();
    const auto count
        = [](const vsys::core::MonthlyClaim& claim, const QString& municipality, DoseKind kind, AgeBand age) {
              return claim.count(TicketSheet::Attached, municipality, kind, age, TimeBand::Regular);
          };

    // The morning's queue, typed: two 接種 (千代田区, and a 大阪市北区 ticket claimed from 大阪市) and a child's
    // 予診のみ.
    openLedger();
    enter(u"1-3-131016-0000000101"_s, LedgerPage::kVaccinationKey, LedgerPage::kSixAndOverKey);
    QTRY_COMPARE(page()->model()->rowCount(), 1);
    enter(u"1-3-271276-0000000102"_s, LedgerPage::kVaccinationKey, LedgerPage::kSixAndOverKey);
    QTRY_COMPARE(page()->model()->rowCount(), 2);
    enter(u"1-3-131016-0000000103"_s, LedgerPage::kScreeningOnlyKey, LedgerPage::kUnderSixKey);
    QTRY_COMPARE(page()->model()->rowCount(), 3);
    QCOMPARE(cell(0, LedgerTableModel::Band), BillingText::label(TimeBand::Regular));

    // 実績: the ledger's 3回目 total is offered and taken with one click; the 予診のみ is not a dose.
    QTest::mouseClick(child<QPushButton>(u"backPushButton"_s), Qt::LeftButton);
    vsys::app::ReportPage* report = m_app->window->reportPage();
    QTest::mouseClick(m_app->window->homePage()->jobButton(vsys::app::HomePage::Job::WastageReport), Qt::LeftButton);
    QTRY_COMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), report);
    auto* third = report->findChild<QLineEdit*>(u"thirdLineEdit"_s);
    QTest::mouseClick(report->findChild<QPushButton*>(u"applyLedgerPushButton"_s), Qt::LeftButton);
    QCOMPARE(third->text(), QString::number(thirdBefore + 2));
    screenshot(u"ledger-then-report-125.png"_s);

    // The claim of 2022年4月 (doses of March), filled from the ledger: the typed rows are in it.
    QTest::mouseClick(report->findChild<QPushButton*>(u"backPushButton"_s), Qt::LeftButton);
    vsys::app::ClaimPage* claims = m_app->window->claimPage();
    QTest::mouseClick(m_app->window->homePage()->jobButton(vsys::app::HomePage::Job::Billing), Qt::LeftButton);
    QTRY_COMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), claims);
    auto* month = claims->findChild<vsys::app::MonthLineEdit*>(u"claimMonthEdit"_s);
    month->setFocus();
    month->selectAll();
    typeKeys(u"2022/04"_s, month);
    QTest::keyClick(month, Qt::Key_Tab);
    QTRY_COMPARE(claims->claim().vaccinationMonth, march);
    QTest::mouseClick(claims->fillFromLedgerButton(), Qt::LeftButton);
    const QString chiyoda = u"131016"_s;
    const QString osaka = u"271004"_s;
    QTRY_COMPARE(count(claims->claim(), chiyoda, DoseKind::Vaccination, AgeBand::SixAndOver),
                 count(before, chiyoda, DoseKind::Vaccination, AgeBand::SixAndOver) + 1);
    QCOMPARE(count(claims->claim(), osaka, DoseKind::Vaccination, AgeBand::SixAndOver),
             count(before, osaka, DoseKind::Vaccination, AgeBand::SixAndOver) + 1);
    QCOMPARE(count(claims->claim(), chiyoda, DoseKind::ScreeningOnly, AgeBand::UnderSix),
             count(before, chiyoda, DoseKind::ScreeningOnly, AgeBand::UnderSix) + 1);
    screenshot(u"ledger-then-claim-125.png"_s);
}

void TstLedgerFlow::aRowIsCorrectedWithAReasonAndItsHistoryKept()
{
    openLedger();
    enter(u"131310160000000005"_s, LedgerPage::kVaccinationKey, LedgerPage::kSixAndOverKey);
    QTRY_COMPARE(page()->model()->rowCount(), 1);
    page()->table()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(u"correctPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(page()->correctionDialog() && page()->correctionDialog()->isVisible());
    vsys::app::DoseCorrectionDialog* dialog = page()->correctionDialog();
    // Without a reason the dialog stays and says why.
    dialog->ageComboBox()->setCurrentIndex(1);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(u"errorLabel"_s)->isVisible());
    typeKeys(u"age was wrong"_s, dialog->reasonEdit());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page()->correctionDialog());
    QTRY_COMPARE(cell(0, LedgerTableModel::Age), BillingText::label(vsys::core::AgeBand::UnderSix));
    QVERIFY(cell(0, LedgerTableModel::State).contains(LedgerTableModel::tr("Corrected")));
    const vsys::core::DoseLedger ledger = m_app->session->sync().doseLedger();
    // The demo venue's March mornings came with the sync: only this ticket's records are counted.
    auto recordsOf = [](const vsys::core::DoseLedger& of) {
        return std::count_if(of.records().cbegin(), of.records().cend(), [](const vsys::core::DoseEntry& record) {
            return record.ticket == u"131310160000000005"_s;
        });
    };
    QCOMPARE(recordsOf(ledger), 2);
    const QList<vsys::core::DoseEntry> history = ledger.history(page()->model()->entry(0).id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).age, vsys::core::AgeBand::SixAndOver);
    QCOMPARE(history.at(1).reason, u"age was wrong"_s);
    QCOMPARE(history.at(1).supersedes, history.at(0).id);

    // 取消: the row goes from the day's list, its history stays.
    page()->table()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(u"voidPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(page()->correctionDialog() && page()->correctionDialog()->isVisible());
    typeKeys(u"entered twice"_s, page()->correctionDialog()->reasonEdit());
    QTest::keyClick(page()->correctionDialog()->reasonEdit(), Qt::Key_Return);
    QTRY_COMPARE(page()->model()->rowCount(), 0);
    QCOMPARE(recordsOf(m_app->session->sync().doseLedger()), 3);
    QVERIFY(m_app->syncUntilIdle());
    QTRY_VERIFY(m_app->session->sync().unsentDoseIds().isEmpty());
    // The server has the row's three versions; the last withdraws it, with its reason.
    const vsys::core::DoseEntry last = m_app->session->sync().doseLedger().history(history.at(0).id).constLast();
    QVERIFY(last.voided);
    QCOMPARE(last.reason, u"entered twice"_s);
    QCOMPARE(serverDoses().value(u"131310160000000005"_s), last);
}

void TstLedgerFlow::theTimeBandFollowsTheClinicHours()
{
    openLedger();
    enter(u"131310160000000007"_s, LedgerPage::kVaccinationKey, LedgerPage::kSixAndOverKey);
    QTRY_COMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(cell(0, LedgerTableModel::Band), BillingText::label(vsys::core::TimeBand::Regular));

    QTest::mouseClick(child<QPushButton>(u"clinicHoursPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(page()->clinicHoursDialog() && page()->clinicHoursDialog()->isVisible());
    vsys::app::ClinicHoursDialog* dialog = page()->clinicHoursDialog();
    QCOMPARE(dialog->dayEdit(1)->text(), u"09:00-12:00, 13:00-17:00"_s);
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(dialog->grab().save(QDir(dir).filePath(u"ledger-hours-125.png"_s)));
    }
    // Tuesdays from 10:30: the 10:0x dose is outside the hours. A typo is named with its day first.
    dialog->dayEdit(1)->selectAll();
    typeKeys(u"10:30-12:00, 13:00-1700"_s, dialog->dayEdit(1));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorLabel()->text().startsWith(vsys::app::ClinicHoursDialog::dayName(1)),
             qPrintable(dialog->errorLabel()->text()));
    dialog->dayEdit(1)->end(false);
    QTest::keyClick(dialog->dayEdit(1), Qt::Key_Backspace);
    QTest::keyClick(dialog->dayEdit(1), Qt::Key_Backspace);
    typeKeys(u":00"_s, dialog->dayEdit(1));
    QCOMPARE(dialog->dayEdit(1)->text(), u"10:30-12:00, 13:00-17:00"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!page()->clinicHoursDialog());
    QTRY_COMPARE(cell(0, LedgerTableModel::Band), BillingText::label(vsys::core::TimeBand::AfterHours));
    QCOMPARE(m_app->session->sync().clinicHours().weekly.at(1).constFirst().start, QTime(10, 30));

    // 2022/03/01 as a date without 診療時間: 休日.
    QTest::mouseClick(child<QPushButton>(u"clinicHoursPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(page()->clinicHoursDialog() && page()->clinicHoursDialog()->isVisible());
    dialog = page()->clinicHoursDialog();
    dialog->closedDateEdit()->setDate(QDate(2022, 3, 1));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addClosedDatePushButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->closedDates()->count(), 1);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(cell(0, LedgerTableModel::Band), BillingText::label(vsys::core::TimeBand::Holiday));
}

void TstLedgerFlow::aCsvWithBadLinesImportsNothingAndAGoodOneImportsAll()
{
    openLedger();
    const QString bad = m_dir->filePath(u"bad.csv"_s);
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("administered_at,ticket,kind,age\n"
                   "2022-03-01T09:10,131310160000000011,vaccination,6plus\n"
                   "2022-03-01T09:11,131310170000000012,vaccination,6plus\n"
                   "2022-03-01T09:12,131310160000000013,vaccinated,6plus\n");
    }
    const auto refused = page()->importCsv(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(page()->model()->rowCount(), 0);
    auto* errors = child<QPlainTextEdit>(u"importErrorsTextEdit"_s);
    QVERIFY(errors->isVisible());
    const QString listed = errors->toPlainText();
    QVERIFY2(listed.contains(u"3"_s) && listed.contains(u"4"_s) && listed.count(u'\n') == 1, qPrintable(listed));

    const QString good = m_dir->filePath(u"good.csv"_s);
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Shift_JIS, as another tool saves it, with full-width digits in a ticket.
        const QString text = u"administered_at,ticket,kind,age\r\n"
                             u"2022-03-01T09:10,131310160000000011,vaccination,6plus\r\n"
                             u"2022-03-01T09:12,１３１３１０１６００００００００１３,screening_only,under6\r\n"_s;
        auto encoder = QStringEncoder("Shift_JIS");
        file.write(encoder.encode(text));
    }
    const auto imported = page()->importCsv(good);
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(*imported, 2);
    QTRY_COMPARE(page()->model()->rowCount(), 2);
    QVERIFY(!errors->isVisible());
    QCOMPARE(cell(0, LedgerTableModel::Time), u"09:10"_s);
    QCOMPARE(cell(1, LedgerTableModel::Ticket), u"1-3-131016-0000000013"_s);

    // The same file again: its 接種 ticket is in the ledger already, so nothing is imported.
    QVERIFY(!page()->importCsv(good).ok());
    QCOMPARE(page()->model()->rowCount(), 2);

    // Excel export: the day's rows on the month's sheet.
    const QString xlsx = m_dir->filePath(u"ledger.xlsx"_s);
    QVERIFY(page()->exportLedger(xlsx).ok());
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/workbook.xml"_s});
    QVERIFY(unzip.waitForFinished(10'000));
    QVERIFY(QString::fromUtf8(unzip.readAllStandardOutput())
                .contains(vsys::core::JapaneseFormat::month(QDate(2022, 3, 1))));
    const QString csv = m_dir->filePath(u"claim.csv"_s);
    QVERIFY(page()->exportClaim(csv).ok());
    QFile claim(csv);
    QVERIFY(claim.open(QIODevice::ReadOnly));
    QVERIFY(claim.readAll().contains("131016"));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstLedgerFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstLedgerFlow.moc"
