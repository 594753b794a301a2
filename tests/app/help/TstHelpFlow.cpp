// SPDX-License-Identifier: MIT
// ヘルプ as a clerk meets it in the real window at a laptop's size: the home screen's button and F1 open it, the
// briefing's question 「3回目接種は、いつ開始しますか？」 lists the briefing's five candidates, a candidate shows its
// answer and opens its screen, 「この中にはない」 hands the typed question to the inquiry form, the manual opens
// in the viewer with its title and screenshots, and the concierge says whether it answers now.
#include "EmbeddedApp.h"
#include "app/MainWindow.h"
#include "app/claims/ClaimPage.h"
#include "app/help/FaqAnswerer.h"
#include "app/help/HelpPage.h"
#include "app/help/ManualViewer.h"
#include "app/home/HomePage.h"
#include "app/inquiry/InquiryPage.h"
#include "app/ledger/LedgerPage.h"
#include "core/Translator.h"
#include "core/help/HelpContacts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using vsys::app::FaqAnswerer;
using vsys::app::HelpPage;

class TstHelpFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theHomeScreensHelpButtonOpensHelp();
    void f1OpensHelpFromAnotherPage();
    void theBriefingsQuestionListsItsCandidatesAndAnswers();
    void noneOfTheseHandsTheQuestionToTheInquiryForm();
    void anEmptyQuestionAsksForOne();
    void anAnswerOpensTheScreenItNames();
    void theManualOpensInTheViewerWithItsScreenshots();
    void theConciergeSaysWhetherItIsOpen();

private:
    HelpPage* page() const { return m_app->window->helpPage(); }
    FaqAnswerer* faq() const { return page()->faqAnswerer(); }
    QStackedWidget* pages() const { return m_app->window->findChild<QStackedWidget*>(); }
    void openHelp();
    void askBriefingQuestion();
    void keepScreenshot(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::app::test::EmbeddedApp> m_app;
};

namespace {

/// Japanese reaches a line edit from the input method as a committed string, as an IME sends it when the clerk
/// confirms the conversion (QTest::keyClicks knows Latin-1 keys only).
void typeJapanese(QWidget* edit, const QString& text)
{
    edit->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

const QString briefingQuestion = u"3回目接種は、いつ開始しますか？"_s;
const QStringList briefingCandidates{
    u"追加接種の接種券はいつ配布されるでしょうか？"_s, u"3回目接種はいつからはじまりますか？"_s,
    u"接種開始日から接種を開始しなければならないのか。"_s, u"医療機関は、V-SYS入力作業をいつ開始できますか？"_s,
    u"V-SYS上で追加接種の実績登録が可能になるのはいつ頃でしょうか。"_s};

} // namespace

void TstHelpFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<vsys::app::test::EmbeddedApp>(m_dir->path());
    const QString failure = m_app->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_app->fitLaptopScreen();
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QVERIFY(m_app->loginDemo());
    // The briefing's day and hour: 2021-11-10 13:10:35 in Japan, a Wednesday.
    page()->setClock([] { return QDateTime(QDate(2021, 11, 10), QTime(13, 10, 35), QTimeZone("Asia/Tokyo")); });
    // No browser opens in a test.
    page()->setUrlOpener([](const QUrl&) { return true; });
}

void TstHelpFlow::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TstHelpFlow::openHelp()
{
    auto* button = m_app->window->homePage()->findChild<QPushButton*>(u"homeHelpButton"_s);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(pages()->currentWidget(), page());
}

void TstHelpFlow::askBriefingQuestion()
{
    QLineEdit* edit = faq()->questionEdit();
    typeJapanese(edit, briefingQuestion);
    QCOMPARE(edit->text(), briefingQuestion);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(faq()->candidateButtons().size(), 5);
}

void TstHelpFlow::keepScreenshot(const QString& name) const
{
    // For a person to look at: VSYS_SCREENSHOT_DIR=/some/dir keeps the screen as a PNG.
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(m_app->window->grab().save(QDir(dir).filePath(name)));
    }
}

void TstHelpFlow::theHomeScreensHelpButtonOpensHelp()
{
    openHelp();
    QCOMPARE(page()->findChild<QLabel*>(u"helpTitleLabel"_s)->text(), HelpPage::tr("Help"));
    const auto phone = page()->findChild<QLabel*>(u"conciergePhoneLabel"_s);
    QVERIFY(phone->text().contains(u"050-3645-9714"_s));
    QCOMPARE(page()->findChildren<QLabel*>(u"officialManualLink"_s).size(), 2);
    QVERIFY(page()
                ->findChildren<QLabel*>(u"officialManualLink"_s)
                .at(0)
                ->text()
                .contains(u"医療機関用マニュアル 第46版"_s));
    QVERIFY(page()
                ->findChildren<QLabel*>(u"officialManualLink"_s)
                .at(1)
                ->text()
                .contains(u"職域接種用マニュアル 第40版"_s));
    keepScreenshot(u"help.png"_s);
    QTest::mouseClick(page()->findChild<QPushButton*>(u"helpBackButton"_s), Qt::LeftButton);
    QCOMPARE(pages()->currentWidget()->findChild<vsys::app::HomePage*>(), m_app->window->homePage());
}

void TstHelpFlow::f1OpensHelpFromAnotherPage()
{
    QVERIFY(m_app->window->openPage(u"plan"_s));
    QVERIFY(pages()->currentWidget() != page());
    QTest::keyClick(m_app->window.get(), Qt::Key_F1);
    QTRY_COMPARE(pages()->currentWidget(), page());
    auto* action = m_app->window->findChild<QAction*>(u"helpAction"_s);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
    QVERIFY(m_app->window->openPage(u"help"_s));

    // On 接種台帳 F1 is 接種, as its buttons say, not help.
    QVERIFY(m_app->window->openPage(u"ledger"_s));
    vsys::app::LedgerPage* ledger = m_app->window->ledgerPage();
    auto* vaccination = ledger->findChild<QPushButton*>(u"vaccinationPushButton"_s);
    QVERIFY(vaccination);
    auto* screeningOnly = ledger->findChild<QPushButton*>(u"screeningOnlyPushButton"_s);
    QVERIFY(screeningOnly);
    QTest::mouseClick(screeningOnly, Qt::LeftButton);
    QVERIFY(!vaccination->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    QTRY_VERIFY(vaccination->isChecked());
    QCOMPARE(pages()->currentWidget(), static_cast<QWidget*>(ledger));
    // Leaving the ledger gives F1 back to help.
    QVERIFY(m_app->window->openPage(u"plan"_s));
    QTest::keyClick(m_app->window.get(), Qt::Key_F1);
    QTRY_COMPARE(pages()->currentWidget(), page());
}

void TstHelpFlow::theBriefingsQuestionListsItsCandidatesAndAnswers()
{
    openHelp();
    askBriefingQuestion();
    QCOMPARE(faq()->findChild<QLabel*>(u"faqAskedLabel"_s)->text(), u"2021-11-10 13:10:35\n"_s + briefingQuestion);
    QCOMPARE(faq()->findChild<QLabel*>(u"faqPromptLabel"_s)->text(),
             FaqAnswerer::tr("Choose the question closest to yours. If none of them is, type your question again or "
                             "choose \"None of these\"."));
    QStringList listed;
    for (QPushButton* button : faq()->candidateButtons()) {
        QVERIFY(button->isVisible());
        listed.append(button->text());
    }
    QCOMPARE(listed.first(), u"3回目接種はいつからはじまりますか？"_s);
    listed.sort();
    QStringList expected = briefingCandidates;
    expected.sort();
    QCOMPARE(listed, expected);
    QVERIFY(faq()->noneButton()->isVisible());
    QVERIFY(!faq()->answerLabel()->isVisible());
    keepScreenshot(u"help-faq.png"_s);

    QPushButton* inputStart = faq()->findChild<QPushButton*>(u"faqCandidate_vsys-input-start"_s);
    QVERIFY(inputStart);
    QTest::mouseClick(inputStart, Qt::LeftButton);
    QTRY_VERIFY(faq()->answerLabel()->isVisible());
    QVERIFY(faq()->answerLabel()->text().startsWith(u"医療機関は、V-SYS入力作業をいつ開始できますか？\n\n"_s));
    QVERIFY(faq()->answerLabel()->text().contains(
        u"V-SYSでの実施申込みが2021/12/13から、接種計画の入力が2022/01/07から"_s));
    QVERIFY(faq()->openPageButton()->isVisible());
    keepScreenshot(u"help-answer.png"_s);

    // Asking again replaces the candidates and the answer.
    faq()->questionEdit()->clear();
    typeJapanese(faq()->questionEdit(), u"委任状をダウンロードしたい"_s);
    QTest::keyClick(faq()->questionEdit(), Qt::Key_Return);
    QTRY_COMPARE(faq()->candidateButtons().first()->text(), u"委任状はどこからダウンロードできますか？"_s);
    QVERIFY(!faq()->answerLabel()->isVisible());
}

void TstHelpFlow::noneOfTheseHandsTheQuestionToTheInquiryForm()
{
    openHelp();
    QSignalSpy inquiries(page(), &HelpPage::inquiryRequested);
    askBriefingQuestion();
    QTest::mouseClick(faq()->noneButton(), Qt::LeftButton);
    QTRY_COMPARE(inquiries.size(), 1);
    QCOMPARE(inquiries.at(0).at(0).toString(), briefingQuestion);
    // The window opens the 問い合わせフォーム with the question as its 内容, ready for the 電話番号.
    vsys::app::InquiryPage* form = m_app->window->inquiryPage();
    QTRY_COMPARE(pages()->currentWidget(), static_cast<QWidget*>(form));
    QCOMPARE(form->findChild<QPlainTextEdit*>(u"bodyEdit"_s)->toPlainText(), briefingQuestion);
    QTRY_COMPARE(QApplication::focusWidget(), form->findChild<QWidget*>(u"phoneEdit"_s));
    // Back home, then the help page's own button opens the form empty.
    QTest::mouseClick(form->findChild<QPushButton*>(u"backButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_app->window->homePage()->isVisible());
    openHelp();
    QTest::mouseClick(page()->inquiryButton(), Qt::LeftButton);
    QTRY_COMPARE(inquiries.size(), 2);
    QCOMPARE(inquiries.at(1).at(0).toString(), QString());
    QTRY_COMPARE(pages()->currentWidget(), static_cast<QWidget*>(form));
    QCOMPARE(form->findChild<QPlainTextEdit*>(u"bodyEdit"_s)->toPlainText(), QString());
}

void TstHelpFlow::anEmptyQuestionAsksForOne()
{
    openHelp();
    QTest::keyClick(faq()->questionEdit(), Qt::Key_Return);
    QCOMPARE(faq()->findChild<QLabel*>(u"faqPromptLabel"_s)->text(),
             FaqAnswerer::tr("Type a question, then press Ask."));
    QVERIFY(faq()->candidateButtons().isEmpty());
    QVERIFY(!faq()->noneButton()->isVisible());
    // Nothing near: no candidates, but 「この中にはない」 still leads on.
    typeJapanese(faq()->questionEdit(), u"zqxjwvkpqz"_s);
    QTest::keyClick(faq()->questionEdit(), Qt::Key_Return);
    QVERIFY(faq()->candidateButtons().isEmpty());
    QVERIFY(faq()->noneButton()->isVisible());
}

void TstHelpFlow::anAnswerOpensTheScreenItNames()
{
    openHelp();
    typeJapanese(faq()->questionEdit(), u"請求の締切はいつ？"_s);
    QTest::keyClick(faq()->questionEdit(), Qt::Key_Return);
    QTRY_VERIFY(!faq()->candidateButtons().isEmpty());
    QCOMPARE(faq()->candidateButtons().first()->text(), u"請求の締切はいつですか？"_s);
    QTest::mouseClick(faq()->candidateButtons().first(), Qt::LeftButton);
    QVERIFY(faq()->answerLabel()->text().contains(u"接種した月の翌月10日が締切です"_s));
    QTest::mouseClick(faq()->openPageButton(), Qt::LeftButton);
    QTRY_COMPARE(pages()->currentWidget(), static_cast<QWidget*>(m_app->window->claimPage()));
}

void TstHelpFlow::theManualOpensInTheViewerWithItsScreenshots()
{
    openHelp();
    QTest::mouseClick(page()->manualButton(), Qt::LeftButton);
    vsys::app::ManualViewer* viewer = page()->manualViewer();
    QVERIFY(viewer);
    QTRY_VERIFY(viewer->isVisible());
    QTextBrowser* browser = viewer->browser();
    QCOMPARE(browser->documentTitle(), u"VSYS Desk 操作マニュアル"_s);
    QVERIFY(browser->toPlainText().contains(u"接種台帳"_s));
    // Each screenshot is a real picture from the resources, not a missing-image box.
    const QVariant home = browser->document()->resource(QTextDocument::ImageResource, QUrl(u"images/home.png"_s));
    QVERIFY(!home.isNull());
    QVERIFY(home.value<QImage>().width() >= 900 || home.value<QPixmap>().width() >= 900);
    QCOMPARE(browser->source(), QUrl(u"qrc:/help/manual/index.html"_s));
    if (const QString dir = qEnvironmentVariable("VSYS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(viewer->grab().save(QDir(dir).filePath(u"help-manual.png"_s)));
    }

    // The browser's copy: every page and image written where the system browser can read them.
    QTemporaryDir out;
    const QUrl exported = vsys::app::ManualViewer::exportTo(out.path() + u"/manual"_s);
    QCOMPARE(exported, QUrl::fromLocalFile(out.path() + u"/manual/index.html"_s));
    QVERIFY(QFile::exists(out.path() + u"/manual/images/claims.png"_s));
    // Written again over the first copy (a later version of the app).
    QCOMPARE(vsys::app::ManualViewer::exportTo(out.path() + u"/manual"_s), exported);
}

void TstHelpFlow::theConciergeSaysWhetherItIsOpen()
{
    openHelp();
    QLabel* state = page()->conciergeStateLabel();
    QCOMPARE(state->text(), HelpPage::tr("Open now."));
    // 2022-01-03: 年末年始.
    page()->setClock([] { return QDateTime(QDate(2022, 1, 3), QTime(10, 0), QTimeZone("Asia/Tokyo")); });
    QCOMPARE(state->text(), HelpPage::tr("Closed now."));
    // 17:00 UTC is 02:00 the next day in Japan.
    page()->setClock([] { return QDateTime(QDate(2022, 3, 14), QTime(1, 0), QTimeZone::utc()); });
    QCOMPARE(state->text(), HelpPage::tr("Open now."));
    page()->setClock([] { return QDateTime(QDate(2022, 3, 14), QTime(9, 0), QTimeZone::utc()); });
    QCOMPARE(state->text(), HelpPage::tr("Closed now."));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstHelpFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstHelpFlow.moc"
