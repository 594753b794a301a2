// SPDX-License-Identifier: MIT
// The 申込 as a clinic administrator does it, in the real window against the app's embedded server
// over HTTPS: a new application from empty to 確認待ち, a wrong telephone number that blocks 申込,
// typing that survives a restart, the 取下げ rights per status, and the reviewer's return answered
// with 再申込.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/applicationform/ApplicationFormWidget.h"
#include "app/applications/ApplicationEditorPage.h"
#include "app/applications/ApplicationListModel.h"
#include "app/applications/ApplicationsPage.h"
#include "app/applications/ReturnChangesModel.h"
#include "app/common/MessageBanner.h"
#include "app/session/ClientSession.h"
#include "core/Translator.h"
#include "core/application/ApplicationContent.h"
#include "db/WorkingCopyRepository.h"
#include "server/demo/DemoData.h"
#include "server/service/ReviewService.h"
#include "server/storage/ApplicationRepository.h"
#include "server/storage/Storage.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::app::ApplicationEditorPage;
using vsys::app::ApplicationListModel;

class TstApplicationFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newApplicationGoesFromEmptyToAwaitingReview();
    void wrongPhoneNumberBlocksTheApplicationAndIsFocused();
    void typingSurvivesARestart();
    void withdrawIsOfferedWhereTheStatusAllowsIt();
    void returnedApplicationShowsTheCommentAndIsAppliedAgain();
    void newlyIssuedIdIsAddedToTheSwitcher();
    void applyingBesideAnotherApplicationAsksFirst();
    void newApplicationStartsInTheFirstFieldAtTheTop();
    void anApplicationIdenticalToTheRegistrationIsRefused();
    void returnedFormKeepsTheScreenAndStaysStillWhileTyping();
    void returnChangesFollowTheFormOrder();
    void theErrorBannerGoesWhenTheErrorsAreFixed();
    void aDraftSaysItIsNotAppliedYetAndWhenItWasUpdated();
    void theReturnedVenueMovedToOsakaAsksForItsStreet();

private:
    void startApp();
    void loginAndSync();
    void syncAndWait();
    void openRow(const QString& number);
    void clickNewApplication();
    /// The focused widget's top edge in the window.
    static int focusY()
    {
        return QApplication::focusWidget()->mapTo(QApplication::focusWidget()->window(), QPoint()).y();
    }
    ApplicationEditorPage* editor() const { return m_app->window->editorPage(); }
    vsys::app::ApplicationFormWidget* form() const { return editor()->form(); }
    template <typename T> T* field(const QString& path) const
    {
        auto* widget = qobject_cast<T*>(form()->fieldWidget(path));
        if (!widget) {
            qWarning("no %s at %s", T::staticMetaObject.className(), qPrintable(path));
        }
        return widget;
    }
    /// Types into a line edit as a user does, then leaves it with Tab.
    void type(const QString& path, const QString& text);
    QPushButton* button(const QString& name) const { return editor()->findChild<QPushButton*>(name); }
    int rowOf(const QString& number) const;
    /// The server's copy of an application, read from the embedded server's database.
    vsys::core::ApplicationRecord serverRecord(const QString& id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

void TstApplicationFlow::initTestCase()
{
    QApplication::setApplicationName(u"vsysdesk-application-flow-test"_s);
}

void TstApplicationFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->path());
    startApp();
}

void TstApplicationFlow::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstApplicationFlow::startApp()
{
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    editor()->setConfirmer([](const QString&, const QString&) { return true; });
}

void TstApplicationFlow::loginAndSync()
{
    QVERIFY(m_app->loginDemo());
}

void TstApplicationFlow::syncAndWait()
{
    QVERIFY(m_app->syncUntilIdle());
}

void TstApplicationFlow::type(const QString& path, const QString& text)
{
    auto* edit = field<QLineEdit>(path);
    QVERIFY(edit);
    form()->focusField(path);
    QTRY_VERIFY(edit->hasFocus());
    edit->selectAll();
    // QTest::keyClicks sends Latin-1 key events only (platform-notes.md); Japanese arrives as an IME
    // commit would, through insert(), which emits textEdited like typing.
    edit->insert(text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

int TstApplicationFlow::rowOf(const QString& number) const
{
    const ApplicationListModel* model = m_app->window->applicationsPage()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->row(r).record.number == number) {
            return r;
        }
    }
    return -1;
}

void TstApplicationFlow::openRow(const QString& number)
{
    auto* view = m_app->window->applicationsPage()->findChild<QTableView*>(u"applicationsTableView"_s);
    const int row = rowOf(number);
    QVERIFY2(row >= 0, qPrintable(number));
    emit view->activated(view->model()->index(row, 0));
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
}

vsys::core::ApplicationRecord TstApplicationFlow::serverRecord(const QString& id) const
{
    const auto storage = m_app->serverStorage();
    if (!storage.ok()) {
        return {};
    }
    const auto found = vsys::server::ApplicationRepository(**storage).find(id);
    return found.ok() && *found ? (*found)->record : vsys::core::ApplicationRecord();
}

void TstApplicationFlow::newApplicationGoesFromEmptyToAwaitingReview()
{
    loginAndSync();
    m_app->window->applicationsPage()->findChild<QPushButton*>(u"newApplicationPushButton"_s)->click();
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
    QCOMPARE(editor()->findChild<QLabel*>(u"statusLabel"_s)->text(), u"状況：新規（まだ保存されていません）"_s);
    // The venue's 既存登録情報 is beside the form; the venue section is changed for a second venue.
    QCOMPARE(field<QLineEdit>(u"company.name"_s)->text(), u"サンプル職域申込株式会社"_s);
    QVERIFY(!field<QLineEdit>(u"company.name"_s)->isEnabled());
    field<QCheckBox>(u"changes_from_existing.venue"_s)->click();
    QVERIFY(field<QLineEdit>(u"venue.name"_s)->isEnabled());
    type(u"venue.name"_s, u"(職域)サンプル職域接種会場 本社第2会場"_s);
    type(u"venue.address.postal_code"_s, u"1000006"_s);
    QCOMPARE(field<QLineEdit>(u"venue.address.municipality"_s)->text(), u"千代田区"_s);
    type(u"venue.address.street"_s, u"有楽町1-1-1"_s);

    const QString id = editor()->applicationId();
    button(u"submitPushButton"_s)->click();
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), m_app->window->applicationsPage());
    QCOMPARE(m_app->window->applicationsPage()->messageBanner()->text(),
             u"申し込みました。内容確認をお待ちください（確認待ち）。"_s);
    syncAndWait();

    const vsys::core::ApplicationRecord onServer = serverRecord(id);
    QCOMPARE(onServer.status, vsys::core::ApplicationStatus::AwaitingReview);
    QCOMPARE(onServer.number, u"12345-1310000017-05"_s);
    QCOMPARE(vsys::core::ApplicationContent::value(onServer.content, u"venue.name"_s).toString(),
             u"(職域)サンプル職域接種会場 本社第2会場"_s);
    QCOMPARE(vsys::core::ApplicationContent::value(onServer.content, u"venue.address.postal_code"_s).toString(),
             u"1000006"_s);
    // Unchanged sections went with the existing registration's values, and the consent's version.
    QCOMPARE(vsys::core::ApplicationContent::value(onServer.content, u"company.name"_s).toString(),
             u"サンプル職域申込株式会社"_s);
    QCOMPARE(vsys::core::ApplicationContent::value(onServer.content, u"consent.version"_s).toString(),
             u"2021-12-briefing"_s);
    const int row = rowOf(u"12345-1310000017-05"_s);
    QVERIFY(row >= 0);
    QCOMPARE(m_app->window->applicationsPage()->model()->index(row, ApplicationListModel::Status).data().toString(),
             u"確認待ち"_s);
}

void TstApplicationFlow::wrongPhoneNumberBlocksTheApplicationAndIsFocused()
{
    loginAndSync();
    m_app->window->applicationsPage()->findChild<QPushButton*>(u"newApplicationPushButton"_s)->click();
    field<QCheckBox>(u"changes_from_existing.company"_s)->click();
    type(u"company.phone"_s, u"03-1234-567"_s);
    const QString message = u"代表電話番号：市外局番を含めて10桁で入力してください（入力されたのは9桁です）。"_s;
    // Shown under the field as soon as the user leaves it.
    QCOMPARE(form()->findChild<QLabel*>(u"company.phone.issue"_s)->text(), message);

    const QString id = editor()->applicationId();
    button(u"submitPushButton"_s)->click();
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
    QCOMPARE(editor()->messageBanner()->kind(), vsys::app::MessageBanner::Kind::Error);
    QVERIFY2(editor()->messageBanner()->text().contains(u"1件"_s), qPrintable(editor()->messageBanner()->text()));
    QTRY_VERIFY(field<QLineEdit>(u"company.phone"_s)->hasFocus());
    // What the user typed stays, and nothing was queued or sent.
    QCOMPARE(field<QLineEdit>(u"company.phone"_s)->text(), u"03-1234-567"_s);
    QCOMPARE(m_app->session->sync().pendingCount(), 0);
    QCOMPARE(serverRecord(id).id, QString());

    // 一時保存 works even with the error.
    button(u"saveDraftPushButton"_s)->click();
    syncAndWait();
    QCOMPARE(serverRecord(id).status, vsys::core::ApplicationStatus::Draft);
    QCOMPARE(vsys::core::ApplicationContent::value(serverRecord(id).content, u"company.phone"_s).toString(),
             u"03-1234-567"_s);
}

void TstApplicationFlow::typingSurvivesARestart()
{
    loginAndSync();
    openRow(u"12345-1310000017-04"_s);
    field<QCheckBox>(u"changes_from_existing.contacts"_s)->click();
    type(u"contacts.primary.name"_s, u"接種 花子"_s);
    const QString id = editor()->applicationId();
    // The autosave lands within a second, without any save by the user.
    QTRY_VERIFY_WITH_TIMEOUT(vsys::db::WorkingCopyRepository(*m_app->db).find(id).value().has_value(), 1'000);
    // The frame's header says the typing is kept on this PC.
    QTRY_COMPARE(editor()->saveState(), vsys::app::SaveState::Saved);
    QCOMPARE(editor()->saveStateLabel()->text(), u"保存済み"_s);

    // The process ends without closing anything (as after a crash or kill -9) and starts again.
    m_app->stop();
    startApp();
    QSignalSpy synced(&m_app->session->sync(), &vsys::sync::SyncService::syncFinished);
    m_app->window->start();
    QTRY_COMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
    QCOMPARE(editor()->applicationId(), id);
    QCOMPARE(field<QLineEdit>(u"contacts.primary.name"_s)->text(), u"接種 花子"_s);
    QVERIFY(editor()->messageBanner()->text().startsWith(u"前回終了時に保存されていなかった入力"_s));

    // 「変更を保存せずに戻る」 drops it after asking.
    button(u"discardPushButton"_s)->click();
    QCOMPARE(vsys::db::WorkingCopyRepository(*m_app->db).find(id).value(), std::nullopt);
}

void TstApplicationFlow::withdrawIsOfferedWhereTheStatusAllowsIt()
{
    loginAndSync();
    const QList<std::pair<QString, bool>> expected{{u"12345-1310000017-01"_s, false},
                                                   {u"12345-1310000017-02"_s, true},
                                                   {u"12345-1310000017-03"_s, false},
                                                   {u"12345-1310000017-04"_s, true}};
    for (const auto& [number, withdraw] : expected) {
        m_app->window->showNormal();
        openRow(number);
        QCOMPARE(button(u"withdrawPushButton"_s)->isVisible(), withdraw);
        // 確認待ち and 確認済み are read-only: no 申込 or 一時保存, the inputs locked.
        QCOMPARE(button(u"submitPushButton"_s)->isVisible(), withdraw);
        QCOMPARE(form()->isReadOnly(), !withdraw);
        button(withdraw ? u"discardPushButton"_s : u"backPushButton"_s)->click();
    }

    openRow(u"12345-1310000017-04"_s);
    const QString id = editor()->applicationId();
    button(u"withdrawPushButton"_s)->click();
    QCOMPARE(m_app->window->applicationsPage()->messageBanner()->text(), u"12345-1310000017-04 を取り下げました。"_s);
    syncAndWait();
    QCOMPARE(serverRecord(id).status, vsys::core::ApplicationStatus::Withdrawn);
}

void TstApplicationFlow::returnedApplicationShowsTheCommentAndIsAppliedAgain()
{
    loginAndSync();
    const QString comment = u"代表電話番号をご確認のうえ、再申込をお願いします。"_s;
    {
        const auto storage = m_app->serverStorage();
        QVERIFY(storage.ok());
        QVERIFY(vsys::server::ReviewService(**storage).returnForResubmission(u"12345-1310000017-03"_s, comment).ok());
    }
    syncAndWait();
    openRow(u"12345-1310000017-03"_s);
    QVERIFY(editor()->findChild<QLabel*>(u"reviewCommentLabel"_s)->text().endsWith(comment));
    QCOMPARE(editor()->changesModel()->rowCount(), 0);
    QCOMPARE(editor()->findChild<QLabel*>(u"changesLabel"_s)->text(), u"返却後の変更点：まだありません。"_s);

    field<QCheckBox>(u"changes_from_existing.company"_s)->click();
    type(u"company.phone"_s, u"03-0000-0009"_s);
    QTRY_COMPARE(editor()->changesModel()->rowCount(), 1);
    QVERIFY(editor()->findChild<QTableView*>(u"changesTableView"_s)->isVisible());
    const auto cell = [this](int column) { return editor()->changesModel()->index(0, column).data().toString(); };
    QCOMPARE(cell(vsys::app::ReturnChangesModel::Field), u"代表電話番号"_s);
    QCOMPARE(cell(vsys::app::ReturnChangesModel::Before), u"03-0000-0001"_s);
    QCOMPARE(cell(vsys::app::ReturnChangesModel::After), u"03-0000-0009"_s);

    const QString id = editor()->applicationId();
    QCOMPARE(button(u"submitPushButton"_s)->text(), u"上記のすべての事項に同意し、再申込する"_s);
    button(u"submitPushButton"_s)->click();
    syncAndWait();
    const vsys::core::ApplicationRecord onServer = serverRecord(id);
    QCOMPARE(onServer.status, vsys::core::ApplicationStatus::AwaitingReview);
    QCOMPARE(vsys::core::ApplicationContent::value(onServer.content, u"company.phone"_s).toString(), u"03-0000-0009"_s);
    QCOMPARE(m_app->window->applicationsPage()
                 ->model()
                 ->index(rowOf(u"12345-1310000017-03"_s), ApplicationListModel::Status)
                 .data()
                 .toString(),
             u"確認待ち"_s);
}

void TstApplicationFlow::newlyIssuedIdIsAddedToTheSwitcher()
{
    loginAndSync();
    auto* offer = m_app->window->applicationsPage()->findChild<QFrame*>(u"newVsysIdFrame"_s);
    m_app->window->applicationsPage()->show();
    QVERIFY(!offer->isHidden());
    QVERIFY(
        m_app->window->applicationsPage()->findChild<QLabel*>(u"newVsysIdLabel"_s)->text().contains(u"1310000025"_s));
    auto* switcher = m_app->window->findChild<QComboBox*>(u"accountComboBox"_s);
    QCOMPARE(switcher->count(), 1);
    m_app->window->applicationsPage()->findChild<QPushButton*>(u"addNewVsysIdPushButton"_s)->click();
    QCOMPARE(switcher->count(), 2);
    QVERIFY(switcher->itemText(1).startsWith(u"1310000025"_s) || switcher->itemText(0).startsWith(u"1310000025"_s));
    QVERIFY(offer->isHidden());
}

void TstApplicationFlow::clickNewApplication()
{
    auto* page = m_app->window->applicationsPage();
    m_app->window->findChild<QStackedWidget*>()->setCurrentWidget(page);
    QTest::mouseClick(page->findChild<QPushButton*>(u"newApplicationPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
}

void TstApplicationFlow::applyingBesideAnotherApplicationAsksFirst()
{
    loginAndSync();
    QStringList asked;
    bool answer = false;
    editor()->setConfirmer([&](const QString& question, const QString&) {
        asked.append(question);
        return answer;
    });
    clickNewApplication();
    field<QCheckBox>(u"changes_from_existing.venue"_s)->click();
    type(u"venue.name"_s, u"(職域)サンプル職域接種会場 別館"_s);
    const QString id = editor()->applicationId();
    QTest::mouseClick(button(u"submitPushButton"_s), Qt::LeftButton);
    // The clerk is told which applications are already under way, and nothing is sent on 「キャンセル」.
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"12345-1310000017-03（確認待ち）"_s), qPrintable(asked.first()));
    QVERIFY2(asked.first().contains(u"12345-1310000017-01（確認済み）"_s), qPrintable(asked.first()));
    QVERIFY(!asked.first().contains(u"-02"_s));
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
    QCOMPARE(m_app->session->sync().pendingCount(), 0);

    answer = true;
    QTest::mouseClick(button(u"submitPushButton"_s), Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), m_app->window->applicationsPage());
    syncAndWait();
    QCOMPARE(serverRecord(id).status, vsys::core::ApplicationStatus::AwaitingReview);
}

void TstApplicationFlow::newApplicationStartsInTheFirstFieldAtTheTop()
{
    loginAndSync();
    // The draft is scrolled down and left ...
    openRow(u"12345-1310000017-04"_s);
    auto* scroll = form()->findChild<QScrollArea*>(u"formScrollArea"_s);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QTest::mouseClick(button(u"discardPushButton"_s), Qt::LeftButton);
    // ... and 新規申込 by the keyboard opens at the top, in its first field, never on a button.
    auto* newButton = m_app->window->applicationsPage()->findChild<QPushButton*>(u"newApplicationPushButton"_s);
    newButton->setFocus(Qt::TabFocusReason);
    QTest::keyClick(newButton, Qt::Key_Space);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
    QTRY_COMPARE(QApplication::focusWidget(), form()->fieldWidget(u"changes_from_existing.company"_s));
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
    // Enter there submits nothing.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
    QCOMPARE(m_app->session->sync().pendingCount(), 0);
}

void TstApplicationFlow::anApplicationIdenticalToTheRegistrationIsRefused()
{
    loginAndSync();
    int asked = 0;
    editor()->setConfirmer([&](const QString&, const QString&) { return ++asked > 0; });
    clickNewApplication();
    QTest::mouseClick(button(u"submitPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
    QCOMPARE(editor()->messageBanner()->kind(), vsys::app::MessageBanner::Kind::Error);
    QVERIFY2(editor()->messageBanner()->text().contains(u"既存登録情報"_s),
             qPrintable(editor()->messageBanner()->text()));
    QCOMPARE(asked, 0);
    QCOMPARE(m_app->session->sync().pendingCount(), 0);

    // Switching a section on without changing a value is still no change.
    field<QCheckBox>(u"changes_from_existing.contacts"_s)->click();
    QTest::mouseClick(button(u"submitPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
    QCOMPARE(m_app->session->sync().pendingCount(), 0);
}

void TstApplicationFlow::returnedFormKeepsTheScreenAndStaysStillWhileTyping()
{
    loginAndSync();
    m_app->fitLaptopScreen();
    openRow(u"12345-1310000017-02"_s);
    QCoreApplication::processEvents();
    QVERIFY(editor()->findChild<QWidget*>(u"reviewGroupBox"_s)->isVisible());
    auto* scroll = form()->findChild<QScrollArea*>(u"formScrollArea"_s);
    // Most of the window is the form, with the reviewer's comment and the changes above it.
    QTRY_VERIFY2(scroll->viewport()->height() * 10 >= m_app->window->height() * 6,
                 qPrintable(QString::number(scroll->viewport()->height())));

    QLineEdit* name = field<QLineEdit>(u"venue.name"_s);
    form()->focusField(u"venue.name"_s);
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClick(name, Qt::Key_End);
    const int before = focusY();
    QTest::keyClicks(name, u"B"_s);
    // The first change is listed after the autosave, and nothing moves under the clerk's cursor.
    QTRY_COMPARE(editor()->changesModel()->rowCount(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::focusWidget(), name);
    QCOMPARE(focusY(), before);
    QVERIFY2(scroll->viewport()->height() * 10 >= m_app->window->height() * 6,
             qPrintable(QString::number(scroll->viewport()->height())));
    // For a person to look at: VSYS_SCREENSHOT_DIR=/some/dir keeps the screen as a PNG.
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(m_app->window->grab().save(dir + u"/appl-returned-form.png"_s));
    }
}

void TstApplicationFlow::returnChangesFollowTheFormOrder()
{
    loginAndSync();
    openRow(u"12345-1310000017-02"_s);
    type(u"venue.address.street"_s, u"有楽町デモ2-2"_s);
    type(u"venue.name"_s, u"(職域)サンプル職域接種会場 第3会場"_s);
    type(u"venue.fax"_s, u"03-0000-0008"_s);
    editor()->flushAutosave();
    QTRY_COMPARE(editor()->changesModel()->rowCount(), 3);
    QStringList fields;
    for (int row = 0; row < 3; ++row) {
        fields.append(editor()->changesModel()->index(row, vsys::app::ReturnChangesModel::Field).data().toString());
    }
    QCOMPARE(fields, (QStringList{u"接種会場名称"_s, u"接種会場所在地情報の番地"_s, u"FAX番号"_s}));
}

void TstApplicationFlow::theErrorBannerGoesWhenTheErrorsAreFixed()
{
    loginAndSync();
    clickNewApplication();
    field<QCheckBox>(u"changes_from_existing.contacts"_s)->click();
    type(u"contacts.primary.phone"_s, u"03-1234-567"_s);
    type(u"contacts.primary.name"_s, QString());
    QTest::mouseClick(button(u"submitPushButton"_s), Qt::LeftButton);
    QVERIFY(editor()->messageBanner()->isVisible());
    QVERIFY2(editor()->messageBanner()->text().contains(u"2件"_s), qPrintable(editor()->messageBanner()->text()));

    // The banner follows the form: one left, then none and no banner.
    type(u"contacts.primary.phone"_s, u"03-1234-5678"_s);
    QVERIFY2(editor()->messageBanner()->text().contains(u"1件"_s), qPrintable(editor()->messageBanner()->text()));
    // The keystroke that fixes the last one takes the banner away, and the field stays under the cursor.
    QLineEdit* name = field<QLineEdit>(u"contacts.primary.name"_s);
    form()->focusField(u"contacts.primary.name"_s);
    QTRY_VERIFY(name->hasFocus());
    QCoreApplication::processEvents();
    const int before = focusY();
    QTest::keyClicks(name, u"D"_s);
    QVERIFY(!editor()->messageBanner()->isVisible());
    QTRY_COMPARE(focusY(), before);
}

void TstApplicationFlow::aDraftSaysItIsNotAppliedYetAndWhenItWasUpdated()
{
    loginAndSync();
    clickNewApplication();
    field<QCheckBox>(u"changes_from_existing.venue"_s)->click();
    type(u"venue.name"_s, u"(職域)サンプル職域接種会場 下書き"_s);
    QTest::mouseClick(button(u"saveDraftPushButton"_s), Qt::LeftButton);
    const ApplicationListModel* model = m_app->window->applicationsPage()->model();
    int draft = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->row(r).record.number.isEmpty()) {
            draft = r;
        }
    }
    QVERIFY(draft >= 0);
    QCOMPARE(model->index(draft, ApplicationListModel::Number).data().toString(), u"（未申込）"_s);
    const QString updated = model->index(draft, ApplicationListModel::UpdatedAt).data().toString();
    QVERIFY2(QRegularExpression(u"^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}$"_s).match(updated).hasMatch(),
             qPrintable(updated));
    QCOMPARE(model->headerData(ApplicationListModel::UpdatedAt, Qt::Horizontal).toString(), u"更新日時"_s);
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(m_app->window->grab().save(dir + u"/appl-applications.png"_s));
        openRow(u"12345-1310000017-01"_s);
        QVERIFY(m_app->window->grab().save(dir + u"/appl-confirmed-readonly.png"_s));
    }
}

void TstApplicationFlow::theReturnedVenueMovedToOsakaAsksForItsStreet()
{
    loginAndSync();
    openRow(u"12345-1310000017-02"_s);
    QCOMPARE(field<QLineEdit>(u"venue.address.street"_s)->text(), u"有楽町デモ2-1"_s);
    type(u"venue.address.postal_code"_s, u"5300001"_s);
    QTRY_COMPARE(field<QLineEdit>(u"venue.address.municipality"_s)->text(), u"大阪市北区"_s);
    QLineEdit* street = field<QLineEdit>(u"venue.address.street"_s);
    QTRY_COMPARE(QApplication::focusWidget(), street);
    QVERIFY(street->text() != u"有楽町デモ2-1"_s);
    auto* keep = form()->findChild<QPushButton*>(u"venue.address.street.keep"_s);
    QVERIFY(keep->isVisible());
    // The notice and its button are in sight, below the field.
    auto* viewport = form()->findChild<QScrollArea*>(u"formScrollArea"_s)->viewport();
    QTRY_VERIFY(viewport->rect().contains(QRect(keep->mapTo(viewport, QPoint()), keep->size())));
    QVERIFY(viewport->rect().contains(QRect(street->mapTo(viewport, QPoint()), street->size())));
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(m_app->window->grab().save(dir + u"/appl-returned-street.png"_s));
    }

    // 再申込 is refused until the 番地 is answered, and the banner names what to correct.
    QTest::mouseClick(button(u"submitPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), editor());
    QVERIFY2(editor()->messageBanner()->text().contains(u"1件"_s), qPrintable(editor()->messageBanner()->text()));
    QCOMPARE(QApplication::focusWidget(), street);
    const auto* summary = form()->findChild<QListWidget*>(u"issueList"_s);
    QCOMPARE(summary->count(), 1);
    QVERIFY(summary->item(0)->text().startsWith(u"接種会場所在地情報の番地："_s));
    QTest::keyClicks(street, u"1-1"_s);
    QVERIFY(!keep->isVisible());
    QVERIFY(!editor()->messageBanner()->isVisible());
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstApplicationFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstApplicationFlow.moc"
