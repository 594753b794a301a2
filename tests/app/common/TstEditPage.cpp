// SPDX-License-Identifier: MIT
// The editing frame driven as a clerk would: typing is saved within half a second of the first keystroke
// whatever follows, the header says where the input stands, results go at the next edit while states stay,
// a failed save names the field and keeps the input, and the print preview opens at the page's width.
// Runs offscreen, in Japanese.
#include "app/common/EditPage.h"
#include "core/Translator.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using vsys::app::EditPage;
using vsys::app::MessageBanner;
using vsys::app::SaveState;

namespace {

/// A page with one field, kept in `saved` by its autosave; `refuse` makes the next saves fail.
class NotePage : public EditPage
{
public:
    NotePage()
    {
        auto* content = new QWidget;
        auto* layout = new QVBoxLayout(content);
        field = new QLineEdit(content);
        field->setObjectName(u"noteEdit"_s);
        layout->addWidget(field);
        setContent(content);
        setTitle(u"メモ"_s);
        connect(field, &QLineEdit::textEdited, this, [this] { markEdited(); });
    }

    using EditPage::clearState;
    using EditPage::previewPrintout;
    using EditPage::showError;
    using EditPage::showResult;
    using EditPage::showState;

    QLineEdit* field;
    QStringList saved;
    bool refuse = false;
    SaveState afterSave = SaveState::Saved;
    QString focused;

protected:
    vsys::core::Result<void> saveInput() override
    {
        if (refuse) {
            return vsys::core::Error{u"note"_s, u"メモを保存できませんでした。"_s, vsys::core::ErrorCode::Storage};
        }
        saved.append(field->text());
        return {};
    }
    SaveState savedState() const override { return afterSave; }
    void focusField(const QString& name) override { focused = name; }
};

} // namespace

class TstEditPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savesWithinHalfASecondOfTheFirstKeystroke();
    void headerSaysWhereTheInputStands();
    void resultGoesAtTheNextEditWhileAStateStays();
    void failedSaveNamesTheFieldAndKeepsTheInput();
    void hidingThePageSavesAtOnce();
    void cancelledIsInformationNotAnError();
    void bannerActionsAreButtons();
    void printPreviewOpensAtThePagesWidth();

private:
    std::unique_ptr<NotePage> m_page;
};

void TstEditPage::init()
{
    m_page = std::make_unique<NotePage>();
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->field->setFocus();
}

void TstEditPage::cleanup()
{
    m_page.reset();
}

void TstEditPage::savesWithinHalfASecondOfTheFirstKeystroke()
{
    // Twelve keystrokes 100 ms apart: steady typing must not postpone the save past the first 500 ms.
    QTest::keyClicks(m_page->field, u"abcdefghijkl"_s, Qt::NoModifier, 100);
    QVERIFY2(!m_page->saved.isEmpty(), "nothing was saved while typing went on for over a second");
    QVERIFY(m_page->saved.first().size() < 12);
    QTRY_COMPARE(m_page->saved.last(), u"abcdefghijkl"_s);
    QCOMPARE(m_page->saveState(), SaveState::Saved);
}

void TstEditPage::headerSaysWhereTheInputStands()
{
    auto* label = m_page->saveStateLabel();
    QCOMPARE(label->text(), QString());
    const int fieldTop = m_page->field->mapTo(m_page.get(), QPoint()).y();
    QTest::keyClick(m_page->field, Qt::Key_A);
    QCOMPARE(label->text(), u"未保存"_s);
    QTRY_COMPARE(label->text(), u"保存済み"_s);
    m_page->afterSave = SaveState::Pending;
    QTest::keyClick(m_page->field, Qt::Key_B);
    QTRY_COMPARE(label->text(), u"送信待ち"_s);
    // The header kept its height: the field did not move as the state appeared.
    QCOMPARE(m_page->field->mapTo(m_page.get(), QPoint()).y(), fieldTop);
}

void TstEditPage::resultGoesAtTheNextEditWhileAStateStays()
{
    m_page->showState(u"一時保存中の入力があります。"_s, MessageBanner::Kind::Information);
    m_page->showResult(u"登録しました。"_s);
    auto* banner = m_page->messageBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"登録しました。"_s);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Success);
    QTest::keyClick(m_page->field, Qt::Key_1);
    QCOMPARE(banner->text(), u"一時保存中の入力があります。"_s);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Information);
    m_page->clearState();
    QVERIFY(!banner->isVisible());
    QCOMPARE(banner->text(), QString());
}

void TstEditPage::failedSaveNamesTheFieldAndKeepsTheInput()
{
    m_page->refuse = true;
    QTest::keyClicks(m_page->field, u"keep"_s);
    QTRY_COMPARE(m_page->saveStateLabel()->text(), u"保存できませんでした"_s);
    QCOMPARE(m_page->messageBanner()->text(), u"メモを保存できませんでした。"_s);
    QCOMPARE(m_page->messageBanner()->kind(), MessageBanner::Kind::Error);
    QCOMPARE(m_page->focused, u"note"_s);
    QCOMPARE(m_page->field->text(), u"keep"_s);
    QVERIFY(!m_page->flushAutosave());
    m_page->refuse = false;
    QTest::keyClick(m_page->field, Qt::Key_X);
    QTRY_COMPARE(m_page->saveStateLabel()->text(), u"保存済み"_s);
    QCOMPARE(m_page->saved, QStringList{u"keepx"_s});
    QVERIFY(!m_page->messageBanner()->isVisible());
}

void TstEditPage::hidingThePageSavesAtOnce()
{
    QTest::keyClicks(m_page->field, u"kill"_s);
    QVERIFY(m_page->hasPendingSave());
    m_page->hide();
    QCOMPARE(m_page->saved, QStringList{u"kill"_s});
    QVERIFY(!m_page->hasPendingSave());
}

void TstEditPage::cancelledIsInformationNotAnError()
{
    m_page->showError(vsys::core::Error{u"note"_s, u"中止しました。"_s, vsys::core::ErrorCode::Cancelled});
    QCOMPARE(m_page->messageBanner()->kind(), MessageBanner::Kind::Information);
    QCOMPARE(m_page->focused, QString());
}

void TstEditPage::bannerActionsAreButtons()
{
    QAction keep(u"このまま使う"_s);
    int kept = 0;
    connect(&keep, &QAction::triggered, this, [&] { ++kept; });
    m_page->showState(u"番地を確認してください。"_s, MessageBanner::Kind::Warning, {&keep});
    auto* button = m_page->messageBanner()->findChild<QPushButton*>();
    QVERIFY(button);
    QCOMPARE(button->text(), u"このまま使う"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(kept, 1);
    m_page->clearState();
    QVERIFY(!m_page->messageBanner()->findChild<QPushButton*>());
}

void TstEditPage::printPreviewOpensAtThePagesWidth()
{
    auto document = std::make_shared<QTextDocument>();
    document->setPlainText(u"接種計画（控）"_s);
    document->setMetaInformation(QTextDocument::DocumentTitle, u"接種計画（控）"_s);
    std::optional<QPrintPreviewWidget::ZoomMode> mode;
    QString title;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        title = dialog->windowTitle();
        QTRY_VERIFY(dialog->findChild<QPrintPreviewWidget*>()->pageCount() > 0);
        mode = dialog->findChild<QPrintPreviewWidget*>()->zoomMode();
        dialog->reject();
    });
    QCOMPARE(m_page->previewPrintout(vsys::app::Printout::fromDocument(document, u"plan.pdf"_s)), 0);
    QCOMPARE(title, u"接種計画（控）"_s);
    QCOMPARE(mode.value_or(QPrintPreviewWidget::CustomZoom), QPrintPreviewWidget::FitToWidth);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstEditPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstEditPage.moc"
