// SPDX-License-Identifier: MIT
// 医療機関情報の登録と変更 as a new user meets it after README (a): the demo venue's details and its doctor 厚生 太郎
// as the briefing shows them; a 所在地 changed in the app waiting 「市町村承認待ち」 until the municipality approves it
// with vsysdesk-admin's code path, then shown approved with the answer; a doctor added in the dialog reaching the
// server and vsysdesk-admin list-doctors; the last doctor of a venue with a newly issued ID kept; bad input kept and
// named.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/common/MessageBanner.h"
#include "app/documents/DelegationFilesWidget.h"
#include "app/home/HomePage.h"
#include "app/institution/DoctorDialog.h"
#include "app/institution/InstitutionPage.h"
#include "server/admin/AdminTool.h"
#include "server/demo/DemoData.h"
#include "server/service/InstitutionService.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/InstitutionRepository.h"
#include "sync/SyncService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using vsys::app::InstitutionPage;

class TstInstitutionFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theBriefingsDetailsAndDoctorAreShown();
    void aPendingFieldWaitsForTheMunicipalityUntilApproved();
    void aRejectionIsShownWithItsComment();
    void aDoctorAddedInTheAppReachesTheServerAndTheAdminTool();
    void badDoctorInputIsNamedAndKept();
    void theLastDoctorOfANewIdIsKept();

private:
    InstitutionPage* page() const { return m_app->window->institutionPage(); }
    template <typename T> T* child(const QString& name) const
    {
        T* found = page()->findChild<T*>(name);
        Q_ASSERT(found);
        return found;
    }
    QString pageText(const char* source) const
    {
        return QCoreApplication::translate("vsys::app::InstitutionPage", source);
    }
    void openPage();
    /// Types `text` into the focused `edit` as a user does (Japanese through the input method).
    static void type(QLineEdit* edit, const QString& text);
    /// Ticks the box with the keyboard, as a user tabbing through the dialog does.
    static void check(QCheckBox* box);
    /// Replaces the text of `edit` as a user does: select all, type.
    static void retype(QLineEdit* edit, const QString& text);
    QString venueId() const { return m_app->session->sync().account()->venueId; }
    std::optional<vsys::core::InstitutionRecord> serverRecord() const;
    QList<vsys::core::Doctor> serverDoctors() const;
    /// Keeps a picture of `widget` (the window when none) for a person to look at.
    void saveScreenshot(const QString& name, QWidget* widget = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

void TstInstitutionFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->path());
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    // The venue's ID issued for the 追加接種 (its application is 確認済み with it): a doctor is required.
    const vsys::server::DemoAccount demo = vsys::server::DemoData::accounts().at(1);
    vsys::sync::SyncService& sync = m_app->session->sync();
    QSignalSpy synced(&sync, &vsys::sync::SyncService::syncFinished);
    m_app->window->login(demo.vsysId, demo.password);
    QVERIFY(synced.wait(15'000));
    QVERIFY(m_app->syncUntilIdle());
    QVERIFY(m_app->cancelDelegationNotice());
}

void TstInstitutionFlow::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstInstitutionFlow::openPage()
{
    QPushButton* job = m_app->window->homePage()->jobButton(vsys::app::HomePage::Job::Institution);
    QVERIFY(job->isEnabled());
    QTest::mouseClick(job, Qt::LeftButton);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), page());
    QTRY_COMPARE(page()->doctors().size(), 1);
}

void TstInstitutionFlow::type(QLineEdit* edit, const QString& text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        QTest::keyClicks(edit, text);
        return;
    }
    // Japanese goes through the input method, as an IME delivers it: composing, then committed.
    QInputMethodEvent composing(text, {});
    QCoreApplication::sendEvent(edit, &composing);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(edit, &commit);
}

void TstInstitutionFlow::check(QCheckBox* box)
{
    QVERIFY(!box->isChecked());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
}

void TstInstitutionFlow::retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    type(edit, text);
}

std::optional<vsys::core::InstitutionRecord> TstInstitutionFlow::serverRecord() const
{
    const auto storage = m_app->serverStorage();
    if (!storage) {
        return std::nullopt;
    }
    const auto record = vsys::server::InstitutionRepository(**storage).find(venueId());
    return record ? std::optional(*record) : std::nullopt;
}

QList<vsys::core::Doctor> TstInstitutionFlow::serverDoctors() const
{
    const auto storage = m_app->serverStorage();
    if (!storage) {
        return {};
    }
    const auto doctors = vsys::server::InstitutionRepository(**storage).doctors(venueId(), {}, 100);
    return doctors ? *doctors : QList<vsys::core::Doctor>();
}

void TstInstitutionFlow::saveScreenshot(const QString& name, QWidget* widget) const
{
    // VSYS_SCREENSHOT_DIR=DIR keeps the picture for a look, e.g. at QT_SCALE_FACTOR=1.25.
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QWidget* shown = widget ? widget : m_app->window.get();
        QVERIFY(shown->grab().save(u"%1/%2.png"_s.arg(dir, name)));
    }
}

void TstInstitutionFlow::theBriefingsDetailsAndDoctorAreShown()
{
    openPage();
    QCOMPARE(child<QComboBox>(u"facilityCategoryComboBox"_s)->currentText(), u"医療機関"_s);
    QCOMPARE(child<QSpinBox>(u"freezersMinus75SpinBox"_s)->value(), 1);
    QCOMPARE(child<QSpinBox>(u"freezersMinus20SpinBox"_s)->value(), 0);
    QCOMPARE(child<QSpinBox>(u"freezersMinus10SpinBox"_s)->value(), 5);
    QCOMPARE(child<QLineEdit>(u"representativeLineEdit"_s)->text(), u"院長 診子"_s);
    QCOMPARE(child<QLineEdit>(u"insuranceCodeLineEdit"_s)->text(), u"1312345679"_s);
    QCOMPARE(child<QLabel>(u"addressPendingLabel"_s)->text(), pageText("Needs the municipality's approval"));
    QVERIFY(child<QLabel>(u"phonePendingLabel"_s)->text().isEmpty());

    auto* table = child<QTableWidget>(u"doctorTableWidget"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), u"厚生 太郎"_s);
    QCOMPARE(table->item(0, 2)->text(), u"こうせい たろう"_s);
    // 職域のため、モデルナのチェックボックスにチェックをつけます: only 武田(モデルナ)社 (the last vaccine column).
    QCOMPARE(table->item(0, 5)->text(), QString());
    QCOMPARE(table->item(0, 8)->text(), u"✓"_s);
    QVERIFY(page()->doctorNotice().isEmpty());
    QVERIFY(!m_app->window->homeNotice()->isVisible());

    // As in V-SYS, the ファイルダウンロード list of the venue's 委任状 is below the doctors.
    auto* groupBox = child<QGroupBox>(u"filesGroupBox"_s);
    QVERIFY(groupBox->isVisible());
    auto* files = groupBox->findChild<vsys::app::DelegationFilesWidget*>();
    QVERIFY(files);
    QTRY_COMPARE(files->table()->rowCount(), 1);
    QCOMPARE(files->table()->item(0, vsys::app::DelegationFilesWidget::FileNameColumn)->text(),
             u"委任状ファイル.pdf"_s);
    QCOMPARE(groupBox->title(), QCoreApplication::translate("InstitutionPage", "File download"));
    QVERIFY(groupBox->y() > child<QGroupBox>(u"doctorsGroupBox"_s)->y());
    saveScreenshot(u"institution"_s);
}

void TstInstitutionFlow::aPendingFieldWaitsForTheMunicipalityUntilApproved()
{
    openPage();
    const QString newAddress = u"東京都千代田区大手町デモ9-9"_s;
    retype(child<QLineEdit>(u"addressLineEdit"_s), newAddress);
    auto* freezers = child<QSpinBox>(u"freezersMinus20SpinBox"_s);
    freezers->setFocus();
    QTest::keyClick(freezers, Qt::Key_Up);
    QTest::keyClick(freezers, Qt::Key_Up);
    QCOMPARE(freezers->value(), 2);
    QTest::mouseClick(child<QPushButton>(u"submitPushButton"_s), Qt::LeftButton);
    QCOMPARE(page()->saveState(), vsys::app::SaveState::Pending);
    QVERIFY(m_app->syncUntilIdle());

    // On the server: the freezers at once, the 所在地 waiting for the municipality.
    const auto pending = serverRecord();
    QVERIFY(pending);
    QCOMPARE(pending->approved.freezersMinus20, 2);
    QCOMPARE(pending->approved.address, u"東京都千代田区丸の内デモ1-2-3 サンプルビル5階"_s);
    QVERIFY(pending->pending);
    QCOMPARE(pending->pending->fields, (QJsonObject{{u"address"_s, newAddress}}));
    // On the page: the value asked for, and 市町村承認待ち with the value approved now.
    QTRY_COMPARE(child<QLabel>(u"addressPendingLabel"_s)->text(),
                 pageText("Awaiting the municipality's approval (approved now: %1)")
                     .arg(u"東京都千代田区丸の内デモ1-2-3 サンプルビル5階"_s));
    QCOMPARE(child<QLineEdit>(u"addressLineEdit"_s)->text(), newAddress);
    QVERIFY(!child<vsys::app::MessageBanner>(u"decisionBanner"_s)->isVisible());
    saveScreenshot(u"institution-pending"_s);

    {
        // vsysdesk-admin institution-approve VENUE --comment 確認しました, on the embedded server's database.
        const auto storage = m_app->serverStorage();
        QVERIFY(storage);
        QVERIFY(vsys::server::InstitutionService(**storage, {}).decide(venueId(), true, u"確認しました"_s).ok());
    }
    QVERIFY(m_app->syncUntilIdle());
    QTRY_COMPARE(child<QLabel>(u"addressPendingLabel"_s)->text(), pageText("Needs the municipality's approval"));
    QCOMPARE(child<QLineEdit>(u"addressLineEdit"_s)->text(), newAddress);
    auto* banner = child<vsys::app::MessageBanner>(u"decisionBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), vsys::app::MessageBanner::Kind::Success);
    QVERIFY2(banner->text().contains(u"確認しました"_s), qPrintable(banner->text()));
    QCOMPARE(serverRecord()->approved.address, newAddress);
    saveScreenshot(u"institution-approved"_s);
}

void TstInstitutionFlow::aRejectionIsShownWithItsComment()
{
    openPage();
    retype(child<QLineEdit>(u"representativeLineEdit"_s), u"院長 代理"_s);
    QTest::mouseClick(child<QPushButton>(u"submitPushButton"_s), Qt::LeftButton);
    QVERIFY(m_app->syncUntilIdle());
    QVERIFY(serverRecord()->pending);
    {
        const auto storage = m_app->serverStorage();
        QVERIFY(storage);
        QVERIFY(vsys::server::InstitutionService(**storage, {})
                    .decide(venueId(), false, u"代表者の変更届を添付してください"_s)
                    .ok());
    }
    QVERIFY(m_app->syncUntilIdle());
    auto* banner = child<vsys::app::MessageBanner>(u"decisionBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), vsys::app::MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(u"代表者の変更届を添付してください"_s), qPrintable(banner->text()));
    // The approved value is back in the input.
    QCOMPARE(child<QLineEdit>(u"representativeLineEdit"_s)->text(), u"院長 診子"_s);
}

void TstInstitutionFlow::aDoctorAddedInTheAppReachesTheServerAndTheAdminTool()
{
    openPage();
    QTest::mouseClick(child<QPushButton>(u"addDoctorPushButton"_s), Qt::LeftButton);
    vsys::app::DoctorDialog* dialog = page()->doctorDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->nameEdit()->setFocus();
    type(dialog->nameEdit(), u"労働 花子"_s);
    dialog->kanaEdit()->setFocus();
    type(dialog->kanaEdit(), u"ロウドウ ハナコ"_s);
    QTest::keyClicks(dialog->phoneEdit(), u"03-0000-0009"_s);
    QTest::keyClicks(dialog->emailEdit(), u"rodo.hanako@example.com"_s);
    check(dialog->vaccineBox(u"moderna"_s));
    check(dialog->vaccineBox(u"pfizer_12"_s));
    saveScreenshot(u"institution-doctor-dialog"_s, dialog);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_COMPARE(page()->doctors().size(), 2);
    QVERIFY(m_app->syncUntilIdle());

    const QList<vsys::core::Doctor> doctors = serverDoctors();
    QCOMPARE(doctors.size(), 2);
    const auto added = std::find_if(doctors.cbegin(), doctors.cend(),
                                    [](const vsys::core::Doctor& doctor) { return doctor.name == u"労働 花子"_s; });
    QVERIFY(added != doctors.cend());
    QCOMPARE(added->nameKana, u"ろうどう はなこ"_s);
    QCOMPARE(added->phone, u"0300000009"_s);
    QCOMPARE(added->vaccines, (QStringList{u"pfizer_12"_s, u"moderna"_s}));

    QString out;
    QString err;
    QString in;
    QTextStream inStream(&in);
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QString database = u"sqlite:"_s + QDir(m_dir->path()).filePath(u"embedded-server/vsysdesk-server.sqlite"_s);
    QCOMPARE(
        vsys::server::AdminTool::run({u"vsysdesk-admin"_s, u"--database"_s, database, u"list-doctors"_s, venueId()},
                                     inStream, outStream, errStream),
        0);
    outStream.flush();
    QVERIFY2(out.contains(u"\"name\":\"労働 花子\""_s), qPrintable(out));
    QVERIFY2(out.contains(u"\"name\":\"厚生 太郎\""_s), qPrintable(out));
    // Sent: the table no longer says it waits.
    auto* table = child<QTableWidget>(u"doctorTableWidget"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        QTRY_VERIFY(table->item(row, 9)->text().isEmpty());
    }
}

void TstInstitutionFlow::badDoctorInputIsNamedAndKept()
{
    openPage();
    QTest::mouseClick(child<QPushButton>(u"addDoctorPushButton"_s), Qt::LeftButton);
    vsys::app::DoctorDialog* dialog = page()->doctorDialog();
    QTRY_VERIFY(dialog->isVisible());
    type(dialog->nameEdit(), u"労働 花子"_s);
    QTest::keyClicks(dialog->kanaEdit(), u"rodo"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->banner()->kind(), vsys::app::MessageBanner::Kind::Error);
    QVERIFY(!dialog->banner()->text().isEmpty());
    QCOMPARE(dialog->focusWidget(), dialog->kanaEdit());
    QCOMPARE(dialog->nameEdit()->text(), u"労働 花子"_s);
    QCOMPARE(dialog->kanaEdit()->text(), u"rodo"_s);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(page()->doctors().size(), 1);

    // A bad phone on the details page is refused naming the field, and what was typed stays.
    retype(child<QLineEdit>(u"phoneLineEdit"_s), u"12-34"_s);
    QTest::mouseClick(child<QPushButton>(u"submitPushButton"_s), Qt::LeftButton);
    QCOMPARE(page()->messageBanner()->kind(), vsys::app::MessageBanner::Kind::Error);
    QCOMPARE(m_app->window->focusWidget(), child<QLineEdit>(u"phoneLineEdit"_s));
    QCOMPARE(child<QLineEdit>(u"phoneLineEdit"_s)->text(), u"12-34"_s);
}

void TstInstitutionFlow::theLastDoctorOfANewIdIsKept()
{
    openPage();
    page()->editDoctor(0);
    vsys::app::DoctorDialog* dialog = page()->doctorDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), u"厚生 太郎"_s);
    QVERIFY(dialog->vaccineBox(u"moderna"_s)->isChecked());
    check(dialog->deleteBox());
    QVERIFY(!dialog->saveAndNewButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->banner()->kind(), vsys::app::MessageBanner::Kind::Error);
    QCOMPARE(dialog->banner()->text(), vsys::core::DoctorRequirement::lastDoctorMessage());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QCOMPARE(page()->doctors().size(), 1);
    QCOMPARE(serverDoctors().size(), 1);
    QVERIFY(!m_app->window->homeNotice()->isVisible());

    {
        // Removed behind the app's back (an operator's database fix): the venue then has no doctor at all.
        const auto storage = m_app->serverStorage();
        QVERIFY(storage);
        const vsys::core::Doctor only = serverDoctors().constFirst();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(vsys::server::InstitutionRepository(**storage)
                    .saveDoctor({venueId(), only.id, only.version + 1, std::nullopt, now}, only.version)
                    .value());
        QVERIFY(
            vsys::server::ChangeLog(**storage).record(venueId(), vsys::server::ChangeKind::Doctor, only.id, now).ok());
    }
    QVERIFY(m_app->syncUntilIdle());
    QTRY_COMPARE(page()->doctors().size(), 0);
    QCOMPARE(page()->doctorNotice(), vsys::core::DoctorRequirement::notice());
    QVERIFY(child<vsys::app::MessageBanner>(u"doctorNoticeBanner"_s)->isVisible());
    QPushButton* back = child<QPushButton>(u"backPushButton"_s);
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_VERIFY(m_app->window->homeNotice()->isVisible());
    QCOMPARE(m_app->window->homeNotice()->text(), vsys::core::DoctorRequirement::notice());
    saveScreenshot(u"home-doctor-notice"_s);
}

QTEST_MAIN(TstInstitutionFlow)
#include "TstInstitutionFlow.moc"
