// SPDX-License-Identifier: MIT
// 問い合わせ as a new user meets it after README (a): the form typed with the keyboard (電話番号, お問い合わせ分類,
// お問い合わせ詳細, 内容), 送信, the inquiry reaching the embedded server, answered there with vsysdesk-admin's code
// path (InquiryService::answer), and the answer on the page after a sync; bad input named under each field and
// kept; startWith() for the FAQ.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/inquiry/InquiryPage.h"
#include "core/JapaneseFormat.h"
#include "server/demo/DemoData.h"
#include "server/service/InquiryService.h"
#include "server/storage/InquiryRepository.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::app::InquiryPage;

class TstInquiryFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anInquiryTypedAndSentIsAnsweredWithTheAdminToolAndTheAnswerShown();
    void badInputIsNamedUnderEachFieldAndKept();
    void startWithFillsTheContentAndFocusesThePhone();

private:
    InquiryPage* page() const { return m_app->window->inquiryPage(); }
    template <typename T> T* child(const QString& name) const
    {
        T* found = page()->findChild<T*>(name);
        Q_ASSERT(found);
        return found;
    }
    /// Japanese goes through the input method, as an IME delivers it: composing, then committed.
    static void typeJapanese(QWidget* widget, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

void TstInquiryFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->path());
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    const vsys::server::DemoAccount demo = vsys::server::DemoData::accounts().at(1);
    vsys::sync::SyncService& sync = m_app->session->sync();
    QSignalSpy synced(&sync, &vsys::sync::SyncService::syncFinished);
    m_app->window->login(demo.vsysId, demo.password);
    QVERIFY(synced.wait(15'000));
    QVERIFY(m_app->syncUntilIdle());
    QVERIFY(m_app->cancelDelegationNotice());
    QVERIFY(m_app->window->openPage(u"inquiry"_s));
    QCOMPARE(m_app->window->findChild<QStackedWidget*>()->currentWidget(), page());
}

void TstInquiryFlow::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstInquiryFlow::typeJapanese(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QInputMethodEvent composing(text, {});
    QCoreApplication::sendEvent(widget, &composing);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
}

void TstInquiryFlow::anInquiryTypedAndSentIsAnsweredWithTheAdminToolAndTheAnswerShown()
{
    auto* phone = child<QLineEdit>(u"phoneEdit"_s);
    auto* category = child<QComboBox>(u"categoryCombo"_s);
    auto* detail = child<QComboBox>(u"detailCombo"_s);
    phone->setFocus();
    QTest::keyClicks(phone, u"03-1234-5678"_s);
    // ① お問い合わせ分類: the second choice is ログイン・パスワード; ② its first detail is ログインできない.
    category->setFocus();
    QTest::keyClick(category, Qt::Key_Down);
    QTest::keyClick(category, Qt::Key_Down);
    QCOMPARE(category->currentText(), u"ログイン・パスワード"_s);
    QVERIFY(detail->isEnabled());
    detail->setFocus();
    QTest::keyClick(detail, Qt::Key_Down);
    QCOMPARE(detail->currentText(), u"ログインできない"_s);
    // ③ 内容.
    typeJapanese(child<QPlainTextEdit>(u"bodyEdit"_s), u"2台目のPCでログインできません。"_s);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QTRY_COMPARE(page()->list()->rowCount(), 1);
    QCOMPARE(child<QPlainTextEdit>(u"bodyEdit"_s)->toPlainText(), QString());
    QVERIFY(m_app->syncUntilIdle());
    QTRY_COMPARE(page()->list()->item(0, InquiryPage::Status)->text(),
                 QCoreApplication::translate("vsys::app::InquiryPage", "Sent"));

    // On the server, as sent; answered with vsysdesk-admin answer-inquiry's code path.
    const auto storage = m_app->serverStorage();
    QVERIFY(storage);
    const auto stored = vsys::server::InquiryRepository(**storage).pageForAdmin({}, true, 0, 10);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    const vsys::core::Inquiry& inquiry = stored->first().inquiry;
    QCOMPARE(inquiry.phone, u"0312345678"_s);
    QCOMPARE(inquiry.category, u"login"_s);
    QCOMPARE(inquiry.detail, u"cannot_login"_s);
    QCOMPARE(inquiry.body, u"2台目のPCでログインできません。"_s);
    QCOMPARE(inquiry.sentBy, vsys::server::DemoData::accounts().at(1).vsysId);
    const QString answer = u"同じV-SYS IDで2台目のPCからもログインできます。パスワードをご確認ください。"_s;
    const auto answered
        = vsys::server::InquiryService(**storage).answer(inquiry.id, answer, false, QDateTime::currentDateTimeUtc());
    QVERIFY(answered);

    QVERIFY(m_app->syncUntilIdle());
    QTRY_COMPARE(page()->list()->item(0, InquiryPage::Answer)->text(), answer);
    QCOMPARE(page()->list()->item(0, InquiryPage::Status)->text(),
             QCoreApplication::translate("vsys::app::InquiryPage", "Answered (%1)")
                 .arg(vsys::core::JapaneseFormat::dateTime(answered->inquiry.answeredAt)));
    page()->grab().save(m_dir->filePath(u"inquiry.png"_s));
}

void TstInquiryFlow::badInputIsNamedUnderEachFieldAndKept()
{
    auto* phone = child<QLineEdit>(u"phoneEdit"_s);
    phone->setFocus();
    QTest::keyClicks(phone, u"12345"_s);
    typeJapanese(child<QPlainTextEdit>(u"bodyEdit"_s), u"書きかけの質問"_s);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    auto* phoneError = child<QLabel>(u"phoneError"_s);
    auto* categoryError = child<QLabel>(u"categoryError"_s);
    QVERIFY(phoneError->isVisible());
    QVERIFY(phoneError->text().startsWith(QCoreApplication::translate("InquiryValidator", "Telephone number")));
    QVERIFY(categoryError->isVisible());
    QCOMPARE(categoryError->text(),
             QCoreApplication::translate("InquiryValidator", "Inquiry category: choose one from the list."));
    QVERIFY(!child<QLabel>(u"bodyError"_s)->isVisible());
    // Nothing typed is lost, nothing was queued, and the keyboard is on the first field to fix.
    QCOMPARE(phone->text(), u"12345"_s);
    QCOMPARE(child<QPlainTextEdit>(u"bodyEdit"_s)->toPlainText(), u"書きかけの質問"_s);
    QCOMPARE(page()->list()->rowCount(), 0);
    QCOMPARE(m_app->session->sync().pendingCount(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), phone);
}

void TstInquiryFlow::startWithFillsTheContentAndFocusesThePhone()
{
    page()->startWith(u"3回目接種は、いつ開始しますか？"_s);
    QCOMPARE(child<QPlainTextEdit>(u"bodyEdit"_s)->toPlainText(), u"3回目接種は、いつ開始しますか？"_s);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(u"phoneEdit"_s));
}

QTEST_MAIN(TstInquiryFlow)
#include "TstInquiryFlow.moc"
