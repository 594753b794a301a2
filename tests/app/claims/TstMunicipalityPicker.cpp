// SPDX-License-Identifier: MIT
// 「市区町村を追加」 driven as staff use it, offscreen and in Japanese: a name typed through the input method
// and chosen from the suggestions, codes typed and confirmed with Enter (全角 too), and the errors that
// keep the text. Enter goes where the keyboard sends it: to the suggestion list while it is open.
#include "app/claims/MunicipalityPicker.h"
#include "core/Translator.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/validation/Validators.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using vsys::app::MunicipalityPicker;
using vsys::core::Municipality;
using vsys::core::MunicipalityCode;
using vsys::core::MunicipalityDirectory;

namespace {

/// 131016 passes its check digit; 131017 does not.
const QString kChiyoda = u"131016"_s;

QString checkDigitError(const QString& meant)
{
    return QCoreApplication::translate("MunicipalityCode",
                                       "%1: the check digit (6th digit) is not correct. Did you mean %2?")
        .arg(MunicipalityPicker::tr("Municipality"), meant);
}

} // namespace

class TstMunicipalityPicker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aTypedNameListsTheDirectorysMatches();
    void aSuggestionChosenWithTheKeyboardIsPicked();
    void aSuggestionClickedIsPicked();
    void aCodeAndEnterIsPicked();
    void fullWidthDigitsAreAccepted();
    void theAddButtonPicksToo();
    void aNameWithOneMatchIsPickedWithEnter();
    void aWrongCheckDigitIsExplainedAndTheTextKept();
    void aValidCodeMissingFromTheListIsExplained();
    void severalMatchesAskToChooseFromTheList();
    void nothingMatchingIsExplained();
    void anEmptyFieldDoesNothing();
    void typingAgainClearsTheError();
    void enterNeverReachesTheDialogsDefaultButton();

private:
    QLineEdit* edit() const { return m_picker->lineEdit(); }
    QAbstractItemView* popup() const { return m_picker->findChild<QCompleter*>()->popup(); }
    QLabel* errorLabel() const { return m_picker->findChild<QLabel*>(u"municipalityErrorLabel"_s); }
    QStringList suggestions() const;
    /// ASCII with keys; Japanese and 全角 as an input method commits it (QTest::keyClicks sends Latin-1 only).
    void type(const QString& text);
    /// Enter where the keyboard sends it: to the open suggestion list, else to the field.
    void pressEnter();

    std::unique_ptr<QDialog> m_dialog;
    QPushButton* m_defaultButton = nullptr;
    MunicipalityPicker* m_picker = nullptr;
    std::unique_ptr<QSignalSpy> m_picked;
};

void TstMunicipalityPicker::init()
{
    // Inside a dialog with a default button, as on a page: Enter in the field must not press it.
    m_dialog = std::make_unique<QDialog>();
    auto* layout = new QVBoxLayout(m_dialog.get());
    m_picker = new MunicipalityPicker(MunicipalityDirectory::builtIn(), m_dialog.get());
    layout->addWidget(m_picker);
    m_defaultButton = new QPushButton(u"OK"_s, m_dialog.get());
    m_defaultButton->setDefault(true);
    layout->addWidget(m_defaultButton);
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    edit()->setFocus();
    m_picked = std::make_unique<QSignalSpy>(m_picker, &MunicipalityPicker::municipalityPicked);
}

void TstMunicipalityPicker::cleanup()
{
    m_picked.reset();
    m_dialog.reset();
}

QStringList TstMunicipalityPicker::suggestions() const
{
    QStringList rows;
    const QAbstractItemModel* model = popup()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        rows.append(model->index(row, 0).data().toString());
    }
    return rows;
}

void TstMunicipalityPicker::type(const QString& text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        QTest::keyClicks(edit(), text);
    } else {
        edit()->insert(text);
    }
}

void TstMunicipalityPicker::pressEnter()
{
    QWidget* target = popup()->isVisible() ? static_cast<QWidget*>(popup()) : edit();
    QTest::keyClick(target, Qt::Key_Return);
}

void TstMunicipalityPicker::aTypedNameListsTheDirectorysMatches()
{
    type(u"千代田"_s);

    QVERIFY(popup()->isVisible());
    QStringList expected;
    for (const Municipality& municipality : MunicipalityDirectory::builtIn().search(u"千代田"_s)) {
        expected.append(municipality.code + u"\u3000"_s + municipality.fullName());
    }
    QCOMPARE(suggestions(), expected);
    // Both start with the text, so they keep the list's order (by code).
    QCOMPARE(suggestions(), (QStringList{u"105236\u3000群馬県千代田町"_s, u"131016\u3000東京都千代田区"_s}));
    // Nothing is chosen before the user moves to a suggestion.
    QVERIFY(!popup()->currentIndex().isValid());
    QCOMPARE(m_picked->count(), 0);
}

void TstMunicipalityPicker::aSuggestionChosenWithTheKeyboardIsPicked()
{
    type(u"千代田"_s);
    const int row = int(suggestions().indexOf(u"131016\u3000東京都千代田区"_s));
    QVERIFY(row >= 0);
    for (int i = 0; i <= row; ++i) {
        QTest::keyClick(popup(), Qt::Key_Down);
    }
    QCOMPARE(popup()->currentIndex().row(), row);

    pressEnter();

    QCOMPARE(m_picked->count(), 1);
    QCOMPARE(m_picked->at(0).at(0).toString(), kChiyoda);
    QCOMPARE(edit()->text(), QString());
    QVERIFY(!popup()->isVisible());
    QCOMPARE(m_picker->errorText(), QString());
    QVERIFY(!m_defaultButton->isDown());
}

void TstMunicipalityPicker::aSuggestionClickedIsPicked()
{
    type(u"ちよだ"_s);
    const int row = int(suggestions().indexOf(u"105236\u3000群馬県千代田町"_s));
    QVERIFY2(row >= 0, qPrintable(suggestions().join(u'|')));
    const QModelIndex index = popup()->model()->index(row, 0);
    popup()->scrollTo(index);

    QTest::mouseClick(popup()->viewport(), Qt::LeftButton, {}, popup()->visualRect(index).center());

    QCOMPARE(m_picked->count(), 1);
    QCOMPARE(m_picked->at(0).at(0).toString(), u"105236"_s);
    QCOMPARE(edit()->text(), QString());
}

void TstMunicipalityPicker::aCodeAndEnterIsPicked()
{
    type(kChiyoda);
    pressEnter();

    QCOMPARE(m_picked->count(), 1);
    QCOMPARE(m_picked->at(0).at(0).toString(), kChiyoda);
    QCOMPARE(edit()->text(), QString());
    QCOMPARE(m_picker->errorText(), QString());
}

void TstMunicipalityPicker::fullWidthDigitsAreAccepted()
{
    type(u"１３１０１６"_s);
    pressEnter();

    QCOMPARE(m_picked->count(), 1);
    QCOMPARE(m_picked->at(0).at(0).toString(), kChiyoda);
    QCOMPARE(edit()->text(), QString());
}

void TstMunicipalityPicker::theAddButtonPicksToo()
{
    type(u"105236"_s);
    QTest::mouseClick(m_picker->findChild<QPushButton*>(u"municipalityAddPushButton"_s), Qt::LeftButton);

    QCOMPARE(m_picked->count(), 1);
    QCOMPARE(m_picked->at(0).at(0).toString(), u"105236"_s);
    QCOMPARE(edit()->text(), QString());
}

void TstMunicipalityPicker::aNameWithOneMatchIsPickedWithEnter()
{
    type(u"東京都千代田区"_s);
    QCOMPARE(suggestions(), QStringList{u"131016\u3000東京都千代田区"_s});
    pressEnter();

    QCOMPARE(m_picked->count(), 1);
    QCOMPARE(m_picked->at(0).at(0).toString(), kChiyoda);
}

void TstMunicipalityPicker::aWrongCheckDigitIsExplainedAndTheTextKept()
{
    type(u"131017"_s);
    pressEnter();

    QCOMPARE(m_picked->count(), 0);
    QCOMPARE(edit()->text(), u"131017"_s);
    const QString expected = checkDigitError(kChiyoda);
    QCOMPARE(m_picker->errorText(), expected);
    QVERIFY(expected.contains(u"131016"_s));
    QVERIFY(errorLabel()->isVisible());
    QCOMPARE(edit()->accessibleDescription(), expected);
}

void TstMunicipalityPicker::aValidCodeMissingFromTheListIsExplained()
{
    // 13999 + its check digit: a well-formed code no municipality has.
    const QString code = u"13999"_s + QString::number(MunicipalityCode::checkDigit(u"13999"));
    QVERIFY(!MunicipalityDirectory::builtIn().find(code));
    type(code);
    pressEnter();

    QCOMPARE(m_picked->count(), 0);
    QCOMPARE(edit()->text(), code);
    QCOMPARE(m_picker->errorText(),
             MunicipalityDirectory::tr("%1: %2 is not in the list of local government codes.")
                 .arg(MunicipalityPicker::tr("Municipality"), code));
}

void TstMunicipalityPicker::severalMatchesAskToChooseFromTheList()
{
    type(u"千代田"_s);
    pressEnter();

    QCOMPARE(m_picked->count(), 0);
    QCOMPARE(edit()->text(), u"千代田"_s);
    QCOMPARE(m_picker->errorText(),
             MunicipalityPicker::tr(
                 "Municipality: more than one municipality matches \"%1\". Please choose one from the list.")
                 .arg(u"千代田"_s));
}

void TstMunicipalityPicker::nothingMatchingIsExplained()
{
    type(u"ああああ"_s);
    QVERIFY(!popup()->isVisible());
    pressEnter();

    QCOMPARE(m_picked->count(), 0);
    QCOMPARE(edit()->text(), u"ああああ"_s);
    QCOMPARE(m_picker->errorText(),
             MunicipalityPicker::tr(
                 "Municipality: no municipality matches \"%1\". Enter part of the name or the 6-digit code.")
                 .arg(u"ああああ"_s));

    // Digits of the wrong length: the validator says how many, and offers the check digit.
    edit()->clear();
    type(u"99999"_s);
    pressEnter();
    QCOMPARE(m_picked->count(), 0);
    QCOMPARE(m_picker->errorText(),
             MunicipalityCode::validate(u"99999"_s, MunicipalityPicker::tr("Municipality")).message);
}

void TstMunicipalityPicker::anEmptyFieldDoesNothing()
{
    type(u"  "_s);
    pressEnter();

    QCOMPARE(m_picked->count(), 0);
    QCOMPARE(m_picker->errorText(), QString());
    QVERIFY(errorLabel()->isHidden());
}

void TstMunicipalityPicker::typingAgainClearsTheError()
{
    type(u"131017"_s);
    pressEnter();
    QVERIFY(!m_picker->errorText().isEmpty());

    QTest::keyClick(edit(), Qt::Key_Backspace);

    QCOMPARE(m_picker->errorText(), QString());
    QVERIFY(errorLabel()->isHidden());
    QCOMPARE(edit()->text(), u"13101"_s);
}

void TstMunicipalityPicker::enterNeverReachesTheDialogsDefaultButton()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy clicked(m_defaultButton, &QPushButton::clicked);

    pressEnter(); // empty
    type(u"131017"_s);
    pressEnter(); // refused
    edit()->clear();
    type(kChiyoda);
    pressEnter(); // picked

    QCOMPARE(m_picked->count(), 1);
    QCOMPARE(clicked.count(), 0);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstMunicipalityPicker test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstMunicipalityPicker.moc"
