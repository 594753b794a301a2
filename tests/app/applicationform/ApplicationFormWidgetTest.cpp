// SPDX-License-Identifier: MIT
// The 申込 form driven as staff use it: typing (ASCII with keys, Japanese through the input method),
// Tab and Enter, clicks on switches and answers, 住所自動入力, 既存登録情報 and validation, with the
// Japanese translation installed. Messages are compared with the validator's own output.
#include "app/applicationform/ApplicationFormWidget.h"

#include "app/applicationform/AddressAutofill.h"
#include "app/applicationform/ConsentTermsView.h"
#include "core/Translator.h"
#include "core/application/ApplicationContent.h"
#include "core/application/ApplicationForm.h"
#include "core/application/ApplicationValidator.h"
#include "core/application/ConsentTerms.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using vsys::app::AddressAutofill;
using vsys::app::ApplicationFormWidget;
using vsys::core::AddressCandidate;
using vsys::core::ApplicationContent;
using vsys::core::ApplicationForm;
using vsys::core::ApplicationValidator;
using vsys::core::FieldIssue;

namespace QTest {
template <> char* toString(const FieldIssue& issue)
{
    return qstrdup(QStringLiteral("%1%2 %3")
                       .arg(issue.path, issue.warning ? u" (warning)"_s : QString(), issue.message)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

namespace {

/// The demo venue's 1・2回目 registration (既存登録情報), in the content's shape.
QJsonObject registration()
{
    QFile file(QStringLiteral(VSYS_TEST_DATA_DIR "/../../resources/demo/venue-a-registration.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("venue-a-registration.json is missing");
    }
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    object.remove(u"note"_s);
    return object;
}

std::unique_ptr<ApplicationFormWidget> shownForm(const QJsonObject& content, const QJsonObject& existing)
{
    auto form = std::make_unique<ApplicationFormWidget>();
    form->setContent(content, existing);
    form->resize(1366, 768);
    form->show();
    form->activateWindow();
    if (!QTest::qWaitForWindowActive(form.get())) {
        qFatal("the form's window did not become active");
    }
    return form;
}

QLineEdit* lineEdit(const ApplicationFormWidget& form, const QString& path)
{
    return qobject_cast<QLineEdit*>(form.fieldWidget(path));
}

QLabel* issueLabel(const ApplicationFormWidget& form, const QString& path)
{
    return form.findChild<QLabel*>(path + u".issue"_s);
}

QString issueText(const ApplicationFormWidget& form, const QString& path)
{
    const QLabel* label = issueLabel(form, path);
    return label && !label->isHidden() ? label->text() : QString();
}

/// What the validator says about one field of the form's effective content.
QString validatorMessage(const ApplicationFormWidget& form, const QString& path)
{
    for (const FieldIssue& issue : ApplicationValidator().validate(form.effectiveContent())) {
        if (issue.path == path) {
            return issue.message;
        }
    }
    return {};
}

bool isAscii(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// Japanese goes through the input method, as an IME delivers it: composing, then committed.
void compose(QWidget* widget, const QString& text)
{
    QInputMethodEvent composing(text, {});
    QCoreApplication::sendEvent(widget, &composing);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (isAscii(text)) {
        QTest::keyClicks(edit, text);
    } else {
        compose(edit, text);
    }
}

/// Tab out of the field, and let the form finish what leaving it started (住所自動入力).
void leave(QWidget* widget)
{
    QTest::keyClick(widget, Qt::Key_Tab);
    QCoreApplication::processEvents();
}

void fill(const ApplicationFormWidget& form, const QString& path, const QString& text)
{
    QLineEdit* edit = lineEdit(form, path);
    QVERIFY2(edit, qPrintable(path));
    typeInto(edit, text);
    leave(edit);
}

void append(const ApplicationFormWidget& form, const QString& path, const QString& text)
{
    QLineEdit* edit = lineEdit(form, path);
    QVERIFY2(edit, qPrintable(path));
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClicks(edit, text);
    leave(edit);
}

void click(QAbstractButton* button)
{
    QVERIFY(button);
    // On the indicator: a check box stretched over two columns is not clickable in its middle.
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

void clickAnswer(const ApplicationFormWidget& form, const QString& path, bool yes)
{
    click(form.findChild<QRadioButton*>(path + (yes ? u".yes"_s : u".no"_s)));
}

void clickSwitch(const ApplicationFormWidget& form, const QString& path)
{
    click(qobject_cast<QAbstractButton*>(form.fieldWidget(path)));
}

QWidget* sectionBlock(const ApplicationFormWidget& form, const QString& key)
{
    return form.findChild<QWidget*>(u"section."_s + key);
}

QStringList sectionListTexts(const ApplicationFormWidget& form)
{
    QStringList texts;
    const auto* list = form.findChild<QListWidget*>(u"sectionList"_s);
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->isHidden()) {
            texts.append(list->item(i)->text());
        }
    }
    return texts;
}

/// The demo's returned application (12345-1310000017-02): its venue moved to 有楽町, 千代田区.
QJsonObject returnedApplication()
{
    QJsonObject content = registration();
    ApplicationContent::setChanged(content, u"venue"_s, true);
    ApplicationContent::setValue(content, u"venue.address.postal_code"_s, u"1000006"_s);
    ApplicationContent::setValue(content, u"venue.address.street"_s, u"有楽町デモ2-1"_s);
    return content;
}

QFrame* streetReview(const ApplicationFormWidget& form, const QString& groupPath)
{
    return form.findChild<QFrame*>(groupPath + u".street.review"_s);
}

QList<FieldIssue> issuesAt(const QList<FieldIssue>& issues, const QString& path)
{
    QList<FieldIssue> found;
    std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(found),
                 [&path](const FieldIssue& issue) { return issue.path == path; });
    return found;
}

/// The darkest grey of what a widget paints: text in the normal colour is near black.
int darkestGrey(QWidget* widget)
{
    const QImage image = widget->grab().toImage();
    int darkest = 255;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            darkest = std::min(darkest, qGray(image.pixel(x, y)));
        }
    }
    return darkest;
}

QJsonObject contact(const QString& organization,
                    const QString& department,
                    const QString& title,
                    const QString& name,
                    const QString& phone,
                    const QString& email)
{
    return {{u"organization"_s, organization},
            {u"department"_s, department},
            {u"title"_s, title},
            {u"name"_s, name},
            {u"phone"_s, phone},
            {u"email"_s, email}};
}

QJsonObject officer(const QString& organization, const QString& name, const QString& phone, const QString& email)
{
    return {{u"organization"_s, organization}, {u"name"_s, name}, {u"phone"_s, phone}, {u"email"_s, email}};
}

} // namespace

class ApplicationFormWidgetTest : public QObject
{
    Q_OBJECT

private slots:
    void everyInputIsNamedByItsPathAndLabel();
    void fillingEveryFieldOfAnEmptyFormGivesTheContent();
    void postalCodeFillsTheAddress();
    void severalAddressesAreChosenByTheUser();
    void unknownPostalCodeShowsTheErrorAndManualEntryWorks();
    void arrangementDecidesWhetherTheInstitutionIsAsked();
    void invalidPhoneIsShownOnLeavingAndFocusedFirst();
    void summaryLinesTakeTheUserToTheField();
    void warningsAreShownApartFromErrors();
    void sectionListMarksAndJumps();
    void undecidedDisablesTheGroup();
    void sameAsContactCopiesTheContact();
    void aFlagTurnsOffItsField();
    void existingRegistrationIsShownAndTheSwitchCopiesIt();
    void switchKeepsWhatWasTypedInTheSection();
    void enterMovesOnAndSubmitsNothing();
    void tabFollowsTheVisualOrder();
    void composingTextIsNotNormalisedUntilCommitted();
    void readOnlyLocksEveryInput();
    void consentTermsAreShownInFull();
    void fitsA1366x768Screen();
    void anotherMunicipalityRestartsTheStreetUntilConfirmed();
    void theStreetOfAnotherMunicipalityCanBeKept();
    void theChosenTownStartsTheStreet();
    void enterPressesTheFocusedAutofillButton();
    void aMessageUnderAFieldDoesNotMoveTheNextField();
    void readOnlyValuesAreInTheNormalTextColour();
    void captionsThatFitAreNotBroken();
};

void ApplicationFormWidgetTest::everyInputIsNamedByItsPathAndLabel()
{
    ApplicationFormWidget form;
    for (const vsys::core::FormField* field : ApplicationForm::fields()) {
        QWidget* input = form.fieldWidget(field->path);
        QVERIFY2(input, qPrintable(field->path));
        QCOMPARE(input->objectName(), field->path);
        QCOMPARE(input->accessibleName(), ApplicationForm::qualifiedLabel(field->path));
        if (const auto* caption = form.findChild<QLabel*>(field->path + u".caption"_s)) {
            QCOMPARE(caption->text().endsWith(u"※"_s), field->required);
        }
    }
    QCOMPARE(form.fieldWidget(u"company.phone"_s)->accessibleName(), u"代表電話番号"_s);
    QCOMPARE(form.fieldWidget(u"contacts.secondary.name"_s)->accessibleName(), u"担当者2 連絡先情報の氏名"_s);
    QCOMPARE(form.findChild<QLabel*>(u"company.phone.caption"_s)->text(), u"代表電話番号※"_s);
    QCOMPARE(form.findChild<QLabel*>(u"venue.fax.caption"_s)->text(), u"FAX番号"_s);
    QVERIFY(qobject_cast<QComboBox*>(form.fieldWidget(u"venue.arrangement"_s)));
    QVERIFY(qobject_cast<QCheckBox*>(form.fieldWidget(u"billing.keep_venue_id"_s)));
    QVERIFY(form.findChild<QRadioButton*>(u"venue.elevator.yes"_s));
    QCOMPARE(form.findChild<QRadioButton*>(u"venue.elevator.no"_s)->text(), u"エレベーター無"_s);
    QCOMPARE(form.fieldWidget(u"company.address.manual"_s)->accessibleName(),
             ApplicationForm::qualifiedLabel(u"company.address.manual"_s));
    QCOMPARE(qobject_cast<QCheckBox*>(form.fieldWidget(u"company.address.manual"_s))->text(),
             u"郵便番号から自動入力できない"_s);
    QCOMPARE(qobject_cast<QCheckBox*>(form.fieldWidget(u"contacts.receiver1.same_as_contact"_s))->text(),
             u"上記担当者1と同一"_s);
    QCOMPARE(qobject_cast<QCheckBox*>(form.fieldWidget(u"officers.holiday_contact.undecided"_s))->text(), u"未定"_s);
    QVERIFY(form.fieldWidget(u"changes_from_existing.company"_s));
    QCOMPARE(form.fieldWidget(u"no.such.field"_s), nullptr);

    auto* arrangement = qobject_cast<QComboBox*>(form.fieldWidget(u"venue.arrangement"_s));
    QCOMPARE(arrangement->count(), 4);
    QCOMPARE(arrangement->itemText(1), u"01 企業内診療所"_s);
    QCOMPARE(arrangement->itemText(3), u"03 外部の医療機関に出向いて実施"_s);
    QCOMPARE(arrangement->currentIndex(), 0);
    QVERIFY(!form.findChild<QRadioButton*>(u"supplies.gloves.yes"_s)->isChecked());
    QVERIFY(!form.findChild<QRadioButton*>(u"supplies.gloves.no"_s)->isChecked());
}

void ApplicationFormWidgetTest::fillingEveryFieldOfAnEmptyFormGivesTheContent()
{
    auto form = shownForm({}, {});
    QSignalSpy edited(form.get(), &ApplicationFormWidget::contentEdited);
    // Nothing to keep, so nothing to switch: every section is typed in.
    QVERIFY(form->fieldWidget(u"changes_from_existing.company"_s)->isHidden());

    fill(*form, u"company.name"_s, u"サンプル株式会社"_s);
    fill(*form, u"company.representative"_s, u"代表 一郎"_s);
    fill(*form, u"company.phone"_s, u"03-0000-0001"_s);
    fill(*form, u"company.address.postal_code"_s, u"100-0005"_s);
    QTRY_COMPARE(lineEdit(*form, u"company.address.street"_s)->text(), u"丸の内"_s);
    append(*form, u"company.address.street"_s, u"1-2-3"_s);

    fill(*form, u"venue.name"_s, u"サンプル会場"_s);
    auto* arrangement = qobject_cast<QComboBox*>(form->fieldWidget(u"venue.arrangement"_s));
    arrangement->setFocus(Qt::TabFocusReason);
    QTest::keyClick(arrangement, Qt::Key_Down);
    QTest::keyClick(arrangement, Qt::Key_Down);
    QCOMPARE(arrangement->currentText(), u"02 外部機関が出張して実施"_s);
    fill(*form, u"venue.address.postal_code"_s, u"1000006"_s);
    QTRY_COMPARE(lineEdit(*form, u"venue.address.street"_s)->text(), u"有楽町"_s);
    append(*form, u"venue.address.street"_s, u"2-1"_s);
    clickAnswer(*form, u"venue.elevator"_s, true);
    fill(*form, u"venue.fax"_s, u"03-0000-0002"_s);
    clickAnswer(*form, u"venue.deep_freezer_required"_s, false);

    QVERIFY(sectionBlock(*form, u"institution"_s)->isVisible());
    fill(*form, u"institution.name"_s, u"出張クリニック"_s);
    fill(*form, u"institution.representative"_s, u"院長 診子"_s);
    fill(*form, u"institution.phone"_s, u"03-0000-0003"_s);
    fill(*form, u"institution.contact.department"_s, u"総務課"_s);
    fill(*form, u"institution.contact.name"_s, u"担当 花子"_s);
    fill(*form, u"institution.contact.phone"_s, u"03-0000-0004"_s);
    fill(*form, u"institution.contact.email"_s, u"Clinic@Example.COM"_s);

    clickSwitch(*form, u"billing.keep_venue_id"_s);

    fill(*form, u"contacts.primary.organization"_s, u"サンプル株式会社"_s);
    fill(*form, u"contacts.primary.department"_s, u"人事部"_s);
    fill(*form, u"contacts.primary.title"_s, u"課長"_s);
    fill(*form, u"contacts.primary.name"_s, u"接種 太郎"_s);
    fill(*form, u"contacts.primary.phone"_s, u"090-0000-0005"_s);
    fill(*form, u"contacts.primary.email"_s, u"jinji@example.com"_s);
    fill(*form, u"contacts.secondary.organization"_s, u"サンプル株式会社"_s);
    fill(*form, u"contacts.secondary.department"_s, u"総務部"_s);
    fill(*form, u"contacts.secondary.title"_s, u"主任"_s);
    fill(*form, u"contacts.secondary.name"_s, u"予備 次郎"_s);
    // 全角 digits and hyphens, as typed with the IME on.
    fill(*form, u"contacts.secondary.phone"_s, u"０３－００００－０００６"_s);
    fill(*form, u"contacts.secondary.email"_s, u"somu@example.com"_s);
    clickSwitch(*form, u"contacts.receiver1.same_as_contact"_s);
    fill(*form, u"contacts.receiver2.name"_s, u"受取 二郎"_s);
    fill(*form, u"contacts.receiver2.phone"_s, u"090-0000-0002"_s);

    fill(*form, u"officers.vaccination.organization"_s, u"出張クリニック"_s);
    fill(*form, u"officers.vaccination.name"_s, u"医師 一郎"_s);
    // Katakana is accepted and stored in the form's script, ひらがな.
    fill(*form, u"officers.vaccination.name_kana"_s, u"イシ イチロウ"_s);
    fill(*form, u"officers.vaccination.phone"_s, u"03-0000-0003"_s);
    fill(*form, u"officers.vaccination.email"_s, u"doctor@example.com"_s);
    fill(*form, u"officers.vaccine_storage.organization"_s, u"健康管理室"_s);
    fill(*form, u"officers.vaccine_storage.name"_s, u"保管 三郎"_s);
    fill(*form, u"officers.vaccine_storage.phone"_s, u"03-0000-0004"_s);
    fill(*form, u"officers.vaccine_storage.email"_s, u"hokan@example.com"_s);
    clickSwitch(*form, u"officers.needle_storage.undecided"_s);
    fill(*form, u"officers.holiday_contact.organization"_s, u"総務部"_s);
    fill(*form, u"officers.holiday_contact.name"_s, u"休日 四郎"_s);
    fill(*form, u"officers.holiday_contact.phone"_s, u"090-0000-0003"_s);
    fill(*form, u"officers.holiday_contact.email"_s, u"kyujitsu@example.com"_s);

    clickAnswer(*form, u"supplies.surgical_mask"_s, true);
    clickAnswer(*form, u"supplies.n95_mask"_s, false);
    clickAnswer(*form, u"supplies.isolation_gown"_s, true);
    clickAnswer(*form, u"supplies.face_shield"_s, true);
    clickAnswer(*form, u"supplies.gloves"_s, false);

    const auto address = [](const QString& postal, const QString& street) {
        return QJsonObject{{u"postal_code"_s, postal},
                           {u"prefecture"_s, u"東京都"_s},
                           {u"municipality_code"_s, u"131016"_s},
                           {u"municipality"_s, u"千代田区"_s},
                           {u"street"_s, street}};
    };
    const QJsonObject expected{
        {u"company"_s,
         QJsonObject{{u"name"_s, u"サンプル株式会社"_s},
                     {u"representative"_s, u"代表 一郎"_s},
                     {u"phone"_s, u"03-0000-0001"_s},
                     {u"address"_s, address(u"1000005"_s, u"丸の内1-2-3"_s)}}},
        {u"venue"_s,
         QJsonObject{{u"name"_s, u"サンプル会場"_s},
                     {u"arrangement"_s, u"02"_s},
                     {u"address"_s, address(u"1000006"_s, u"有楽町2-1"_s)},
                     {u"elevator"_s, true},
                     {u"fax"_s, u"03-0000-0002"_s},
                     {u"deep_freezer_required"_s, false}}},
        {u"institution"_s,
         QJsonObject{{u"name"_s, u"出張クリニック"_s},
                     {u"representative"_s, u"院長 診子"_s},
                     {u"phone"_s, u"03-0000-0003"_s},
                     {u"contact"_s,
                      QJsonObject{{u"department"_s, u"総務課"_s},
                                  {u"name"_s, u"担当 花子"_s},
                                  {u"phone"_s, u"03-0000-0004"_s},
                                  {u"email"_s, u"Clinic@example.com"_s}}}}},
        {u"billing"_s, QJsonObject{{u"keep_venue_id"_s, true}}},
        {u"contacts"_s,
         QJsonObject{{u"primary"_s,
                      contact(u"サンプル株式会社"_s, u"人事部"_s, u"課長"_s, u"接種 太郎"_s, u"090-0000-0005"_s,
                              u"jinji@example.com"_s)},
                     {u"secondary"_s,
                      contact(u"サンプル株式会社"_s, u"総務部"_s, u"主任"_s, u"予備 次郎"_s, u"03-0000-0006"_s,
                              u"somu@example.com"_s)},
                     {u"receiver1"_s, QJsonObject{{u"same_as_contact"_s, true}}},
                     {u"receiver2"_s, QJsonObject{{u"name"_s, u"受取 二郎"_s}, {u"phone"_s, u"090-0000-0002"_s}}}}},
        {u"officers"_s,
         QJsonObject{{u"vaccination"_s,
                      QJsonObject{{u"organization"_s, u"出張クリニック"_s},
                                  {u"name"_s, u"医師 一郎"_s},
                                  {u"name_kana"_s, u"いし いちろう"_s},
                                  {u"phone"_s, u"03-0000-0003"_s},
                                  {u"email"_s, u"doctor@example.com"_s}}},
                     {u"vaccine_storage"_s,
                      officer(u"健康管理室"_s, u"保管 三郎"_s, u"03-0000-0004"_s, u"hokan@example.com"_s)},
                     {u"needle_storage"_s, QJsonObject{{u"undecided"_s, true}}},
                     {u"holiday_contact"_s,
                      officer(u"総務部"_s, u"休日 四郎"_s, u"090-0000-0003"_s, u"kyujitsu@example.com"_s)}}},
        {u"supplies"_s,
         QJsonObject{{u"surgical_mask"_s, true},
                     {u"n95_mask"_s, false},
                     {u"isolation_gown"_s, true},
                     {u"face_shield"_s, true},
                     {u"gloves"_s, false}}},
    };
    QCOMPARE(form->content(), expected);
    QCOMPARE(form->validateAll(), QList<FieldIssue>());
    QVERIFY(form->findChild<QWidget*>(u"issueSummary"_s)->isHidden());
    QCOMPARE(ApplicationContent::value(form->effectiveContent(), u"contacts.receiver1.name"_s).toString(),
             u"接種 太郎"_s);
    QVERIFY(edited.count() > 60);
    for (const QString& text : sectionListTexts(*form)) {
        QVERIFY2(text.startsWith(u"✓ "_s), qPrintable(text));
    }
}

void ApplicationFormWidgetTest::postalCodeFillsTheAddress()
{
    auto form = shownForm({}, {});
    fill(*form, u"company.address.postal_code"_s, u"１００－０００５"_s);
    QCOMPARE(lineEdit(*form, u"company.address.postal_code"_s)->text(), u"1000005"_s);
    QTRY_COMPARE(lineEdit(*form, u"company.address.prefecture"_s)->text(), u"東京都"_s);
    QCOMPARE(lineEdit(*form, u"company.address.municipality_code"_s)->text(), u"131016"_s);
    QCOMPARE(lineEdit(*form, u"company.address.municipality"_s)->text(), u"千代田区"_s);
    QVERIFY(lineEdit(*form, u"company.address.street"_s)->text().startsWith(u"丸の内"_s));
    QCOMPARE(ApplicationContent::value(form->content(), u"company.address"_s).toObject(),
             (QJsonObject{{u"postal_code"_s, u"1000005"_s},
                          {u"prefecture"_s, u"東京都"_s},
                          {u"municipality_code"_s, u"131016"_s},
                          {u"municipality"_s, u"千代田区"_s},
                          {u"street"_s, u"丸の内"_s}}));
    // Filled in from the postal code: shown, not typed, unless the user says it cannot be.
    QVERIFY(lineEdit(*form, u"company.address.prefecture"_s)->isReadOnly());
    QVERIFY(lineEdit(*form, u"company.address.municipality"_s)->isReadOnly());
    QVERIFY(!lineEdit(*form, u"company.address.street"_s)->isReadOnly());
    clickSwitch(*form, u"company.address.manual"_s);
    QVERIFY(!lineEdit(*form, u"company.address.prefecture"_s)->isReadOnly());

    // The button looks up without leaving the field, and a 番地 already typed is kept.
    fill(*form, u"venue.address.street"_s, u"有楽町ビル3階"_s);
    QLineEdit* postal = lineEdit(*form, u"venue.address.postal_code"_s);
    typeInto(postal, u"1000006"_s);
    auto* button = form->findChild<QPushButton*>(u"venue.address.autofill"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), postal);
    QCOMPARE(lineEdit(*form, u"venue.address.municipality"_s)->text(), u"千代田区"_s);
    QCOMPARE(lineEdit(*form, u"venue.address.street"_s)->text(), u"有楽町ビル3階"_s);
}

void ApplicationFormWidgetTest::severalAddressesAreChosenByTheUser()
{
    auto form = shownForm({}, {});
    QList<QStringList> offered;
    std::optional<int> answer = 1;
    form->setAddressChooser([&](const QList<AddressCandidate>& candidates) {
        QStringList lines;
        for (const AddressCandidate& candidate : candidates) {
            lines.append(AddressAutofill::candidateLine(candidate));
        }
        offered.append(lines);
        return answer;
    });
    fill(*form, u"venue.address.postal_code"_s, u"7000941"_s);
    QTRY_COMPARE(offered.size(), 1);
    QCOMPARE(offered.first(),
             (QStringList{u"岡山県 岡山市北区 青江 (331015)"_s, u"岡山県 岡山市南区 青江 (331040)"_s}));
    QCOMPARE(lineEdit(*form, u"venue.address.prefecture"_s)->text(), u"岡山県"_s);
    QCOMPARE(lineEdit(*form, u"venue.address.municipality_code"_s)->text(), u"331040"_s);
    QCOMPARE(lineEdit(*form, u"venue.address.municipality"_s)->text(), u"岡山市南区"_s);
    QCOMPARE(lineEdit(*form, u"venue.address.street"_s)->text(), u"青江"_s);

    // Leaving the unchanged code again does not ask again; the button asks, and cancelling keeps all.
    QTest::mouseClick(lineEdit(*form, u"venue.address.postal_code"_s), Qt::LeftButton);
    leave(lineEdit(*form, u"venue.address.postal_code"_s));
    QCOMPARE(offered.size(), 1);
    answer = std::nullopt;
    QTest::mouseClick(form->findChild<QPushButton*>(u"venue.address.autofill"_s), Qt::LeftButton);
    QCOMPARE(offered.size(), 2);
    QCOMPARE(ApplicationContent::value(form->content(), u"venue.address.municipality_code"_s).toString(), u"331040"_s);

    QCOMPARE(AddressAutofill::candidateLine(
                 {u"1000005"_s, u"東京都"_s, u"131016"_s, u"千代田区"_s, u"丸の内（次のビルを除く）"_s}),
             u"東京都 千代田区 丸の内（次のビルを除く） (131016)"_s);
    QCOMPARE(AddressAutofill::streetStart(u"名駅ミッドランドスクエア（高層棟）（１階）"_s),
             u"名駅ミッドランドスクエア"_s);
}

void ApplicationFormWidgetTest::unknownPostalCodeShowsTheErrorAndManualEntryWorks()
{
    auto form = shownForm({}, {});
    fill(*form, u"company.address.postal_code"_s, u"9999999"_s);
    const QString message = validatorMessage(*form, u"company.address.postal_code"_s);
    QVERIFY(message.startsWith(u"企業・大学等所在地情報の郵便番号："_s));
    QTRY_COMPARE(issueText(*form, u"company.address.postal_code"_s), message);
    QCOMPARE(issueLabel(*form, u"company.address.postal_code"_s)->property("warning").toBool(), false);
    QVERIFY(lineEdit(*form, u"company.address.prefecture"_s)->text().isEmpty());
    QVERIFY(lineEdit(*form, u"company.address.prefecture"_s)->isReadOnly());

    clickSwitch(*form, u"company.address.manual"_s);
    QVERIFY(!lineEdit(*form, u"company.address.prefecture"_s)->isReadOnly());
    QVERIFY(!lineEdit(*form, u"company.address.municipality_code"_s)->isReadOnly());
    fill(*form, u"company.address.prefecture"_s, u"東京都"_s);
    fill(*form, u"company.address.municipality_code"_s, u"131016"_s);
    fill(*form, u"company.address.municipality"_s, u"千代田区"_s);
    fill(*form, u"company.address.street"_s, u"新設1-1"_s);
    QCOMPARE(issueText(*form, u"company.address.postal_code"_s), QString());
    QCOMPARE(ApplicationContent::value(form->content(), u"company.address"_s).toObject(),
             (QJsonObject{{u"postal_code"_s, u"9999999"_s},
                          {u"manual"_s, true},
                          {u"prefecture"_s, u"東京都"_s},
                          {u"municipality_code"_s, u"131016"_s},
                          {u"municipality"_s, u"千代田区"_s},
                          {u"street"_s, u"新設1-1"_s}}));
}

void ApplicationFormWidgetTest::arrangementDecidesWhetherTheInstitutionIsAsked()
{
    auto form = shownForm({}, {});
    const auto* list = form->findChild<QListWidget*>(u"sectionList"_s);
    QWidget* institution = sectionBlock(*form, u"institution"_s);
    QVERIFY(!institution->isVisible());
    QVERIFY(list->item(2)->isHidden());
    auto* arrangement = qobject_cast<QComboBox*>(form->fieldWidget(u"venue.arrangement"_s));
    arrangement->setFocus(Qt::TabFocusReason);
    QTest::keyClick(arrangement, Qt::Key_Down);
    QCOMPARE(ApplicationContent::value(form->content(), u"venue.arrangement"_s).toString(), u"01"_s);
    QVERIFY(!institution->isVisible());
    QTest::keyClick(arrangement, Qt::Key_Down);
    QCOMPARE(ApplicationContent::value(form->content(), u"venue.arrangement"_s).toString(), u"02"_s);
    QVERIFY(institution->isVisible());
    QVERIFY(!list->item(2)->isHidden());
    QVERIFY(list->item(2)->text().endsWith(ApplicationForm::title(ApplicationForm::section(u"institution"_s)->title)));

    // With the existing registration kept, its arrangement (01) decides.
    form->setContent({}, registration());
    QVERIFY(!institution->isVisible());
}

void ApplicationFormWidgetTest::invalidPhoneIsShownOnLeavingAndFocusedFirst()
{
    auto form = shownForm(registration(), {});
    fill(*form, u"company.phone"_s, u"03-1234-567"_s);
    QCOMPARE(issueText(*form, u"company.phone"_s),
             u"代表電話番号：市外局番を含めて10桁で入力してください（入力されたのは9桁です）。"_s);
    QCOMPARE(issueText(*form, u"company.phone"_s), validatorMessage(*form, u"company.phone"_s));
    QVERIFY(form->fieldWidget(u"company.phone"_s)->accessibleDescription().startsWith(u"代表電話番号："_s));

    QTest::mouseClick(lineEdit(*form, u"officers.vaccination.name"_s), Qt::LeftButton);
    const QList<FieldIssue> issues = form->validateAll();
    QCOMPARE(issues, (QList<FieldIssue>{{u"company.phone"_s, validatorMessage(*form, u"company.phone"_s), false}}));
    QCOMPARE(QApplication::focusWidget(), form->fieldWidget(u"company.phone"_s));
    const auto* summary = form->findChild<QListWidget*>(u"issueList"_s);
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->count(), 1);
    QCOMPARE(summary->item(0)->text(), issues.first().message);
    QVERIFY(sectionListTexts(*form).first().startsWith(u"! "_s));

    fill(*form, u"company.phone"_s, u"03-1234-5678"_s);
    QCOMPARE(issueText(*form, u"company.phone"_s), QString());
    QVERIFY(!form->findChild<QWidget*>(u"issueSummary"_s)->isVisible());
    QVERIFY(sectionListTexts(*form).first().startsWith(u"✓ "_s));
}

void ApplicationFormWidgetTest::summaryLinesTakeTheUserToTheField()
{
    auto form = shownForm({}, {});
    const QList<FieldIssue> issues = form->validateAll();
    QCOMPARE(issues, ApplicationValidator().validate({}));
    QCOMPARE(QApplication::focusWidget(), form->fieldWidget(u"company.name"_s));
    QCOMPARE(issueText(*form, u"company.name"_s), issues.first().message);
    QCOMPARE(issueText(*form, u"supplies.gloves"_s), validatorMessage(*form, u"supplies.gloves"_s));

    auto* summary = form->findChild<QListWidget*>(u"issueList"_s);
    QCOMPARE(summary->count(), issues.size());
    QListWidgetItem* line = nullptr;
    for (int i = 0; i < summary->count(); ++i) {
        if (summary->item(i)->data(Qt::UserRole).toString() == u"contacts.primary.name"_s) {
            line = summary->item(i);
        }
    }
    QVERIFY(line);
    QCOMPARE(line->text(), validatorMessage(*form, u"contacts.primary.name"_s));
    summary->scrollToItem(line);
    QTest::mouseClick(summary->viewport(), Qt::LeftButton, {}, summary->visualItemRect(line).center());
    QCOMPARE(QApplication::focusWidget(), form->fieldWidget(u"contacts.primary.name"_s));

    // A YesNo question is focused on its first answer.
    form->focusField(u"supplies.gloves"_s);
    QCOMPARE(QApplication::focusWidget(), form->findChild<QRadioButton*>(u"supplies.gloves.yes"_s));
}

void ApplicationFormWidgetTest::warningsAreShownApartFromErrors()
{
    auto form = shownForm(registration(), {});
    fill(*form, u"contacts.primary.email"_s, u"a..b@example.com"_s);
    const QLabel* label = issueLabel(*form, u"contacts.primary.email"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), validatorMessage(*form, u"contacts.primary.email"_s));
    QCOMPARE(label->property("warning").toBool(), true);
    const QString warningStyle = label->styleSheet();
    fill(*form, u"contacts.primary.phone"_s, u"12"_s);
    QCOMPARE(issueLabel(*form, u"contacts.primary.phone"_s)->property("warning").toBool(), false);
    QVERIFY(issueLabel(*form, u"contacts.primary.phone"_s)->styleSheet() != warningStyle);
    // A warning alone does not stop the 申込, so validateAll() leaves the focus on the first error.
    const QList<FieldIssue> issues = form->validateAll();
    QCOMPARE(issues.size(), 2);
    QCOMPARE(QApplication::focusWidget(), form->fieldWidget(u"contacts.primary.phone"_s));
}

void ApplicationFormWidgetTest::sectionListMarksAndJumps()
{
    auto form = shownForm({}, {});
    const auto title = [](const QString& key) { return ApplicationForm::title(ApplicationForm::section(key)->title); };
    // Nothing is marked as wrong before the user is told; billing has nothing required.
    QCOMPARE(sectionListTexts(*form),
             (QStringList{title(u"company"_s), title(u"venue"_s), u"✓ "_s + title(u"billing"_s), title(u"contacts"_s),
                          title(u"officers"_s), title(u"supplies"_s)}));
    form->validateAll();
    QCOMPARE(sectionListTexts(*form).first(), u"! "_s + title(u"company"_s));
    QCOMPARE(sectionListTexts(*form).at(2), u"✓ "_s + title(u"billing"_s));

    form->setContent(registration(), {});
    for (const QString& text : sectionListTexts(*form)) {
        QVERIFY2(text.startsWith(u"✓ "_s), qPrintable(text));
    }

    auto* list = form->findChild<QListWidget*>(u"sectionList"_s);
    auto* scroll = form->findChild<QScrollArea*>(u"formScrollArea"_s);
    QListWidgetItem* contacts = list->item(4);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(contacts).center());
    const int expected = std::min(sectionBlock(*form, u"contacts"_s)->y(), scroll->verticalScrollBar()->maximum());
    QVERIFY(expected > 0);
    QCOMPARE(scroll->verticalScrollBar()->value(), expected);
}

void ApplicationFormWidgetTest::undecidedDisablesTheGroup()
{
    auto form = shownForm({}, {});
    fill(*form, u"officers.needle_storage.name"_s, u"保管 三郎"_s);
    clickSwitch(*form, u"officers.needle_storage.undecided"_s);
    for (const QString& field : {u"organization"_s, u"name"_s, u"phone"_s, u"email"_s}) {
        QVERIFY(!form->fieldWidget(u"officers.needle_storage."_s + field)->isEnabled());
        QVERIFY(form->fieldWidget(u"officers.vaccine_storage."_s + field)->isEnabled());
    }
    QVERIFY(form->fieldWidget(u"officers.needle_storage.undecided"_s)->isEnabled());
    for (const FieldIssue& issue : form->validateAll()) {
        QVERIFY2(!issue.path.startsWith(u"officers.needle_storage"_s), qPrintable(issue.path));
    }
    QCOMPARE(ApplicationContent::value(form->effectiveContent(), u"officers.needle_storage"_s).toObject(),
             (QJsonObject{{u"undecided"_s, true}}));

    // Undoing 未定 brings back what was typed.
    clickSwitch(*form, u"officers.needle_storage.undecided"_s);
    QVERIFY(form->fieldWidget(u"officers.needle_storage.name"_s)->isEnabled());
    QCOMPARE(lineEdit(*form, u"officers.needle_storage.name"_s)->text(), u"保管 三郎"_s);
    QCOMPARE(ApplicationContent::value(form->content(), u"officers.needle_storage"_s).toObject(),
             (QJsonObject{{u"name"_s, u"保管 三郎"_s}, {u"undecided"_s, false}}));
}

void ApplicationFormWidgetTest::sameAsContactCopiesTheContact()
{
    auto form = shownForm({}, {});
    fill(*form, u"contacts.primary.name"_s, u"接種 太郎"_s);
    fill(*form, u"contacts.primary.phone"_s, u"090-0000-0005"_s);
    fill(*form, u"contacts.receiver1.name"_s, u"別の人"_s);
    clickSwitch(*form, u"contacts.receiver1.same_as_contact"_s);
    QCOMPARE(lineEdit(*form, u"contacts.receiver1.name"_s)->text(), u"接種 太郎"_s);
    QCOMPARE(lineEdit(*form, u"contacts.receiver1.phone"_s)->text(), u"090-0000-0005"_s);
    QVERIFY(!lineEdit(*form, u"contacts.receiver1.name"_s)->isEnabled());
    QVERIFY(lineEdit(*form, u"contacts.receiver2.name"_s)->isEnabled());
    QCOMPARE(
        ApplicationContent::value(form->effectiveContent(), u"contacts.receiver1"_s).toObject(),
        (QJsonObject{{u"name"_s, u"接種 太郎"_s}, {u"phone"_s, u"090-0000-0005"_s}, {u"same_as_contact"_s, true}}));

    // The copy follows the contact as it is typed.
    fill(*form, u"contacts.primary.name"_s, u"接種 花子"_s);
    QCOMPARE(lineEdit(*form, u"contacts.receiver1.name"_s)->text(), u"接種 花子"_s);
    clickSwitch(*form, u"contacts.receiver1.same_as_contact"_s);
    QCOMPARE(lineEdit(*form, u"contacts.receiver1.name"_s)->text(), u"別の人"_s);
    QVERIFY(lineEdit(*form, u"contacts.receiver1.name"_s)->isEnabled());
}

void ApplicationFormWidgetTest::aFlagTurnsOffItsField()
{
    auto form = shownForm({}, {});
    QVERIFY(form->fieldWidget(u"officers.vaccination.email"_s)->isEnabled());
    clickSwitch(*form, u"officers.vaccination.no_email"_s);
    QVERIFY(!form->fieldWidget(u"officers.vaccination.email"_s)->isEnabled());
    QCOMPARE(ApplicationContent::value(form->content(), u"officers.vaccination.no_email"_s), QJsonValue(true));
    for (const FieldIssue& issue : form->validateAll()) {
        QVERIFY(issue.path != u"officers.vaccination.email"_s);
    }
}

void ApplicationFormWidgetTest::existingRegistrationIsShownAndTheSwitchCopiesIt()
{
    const QJsonObject existing = registration();
    auto form = shownForm({}, existing);
    auto* companySwitch = qobject_cast<QCheckBox*>(form->fieldWidget(u"changes_from_existing.company"_s));
    QVERIFY(companySwitch->isVisible());
    QVERIFY(!companySwitch->isChecked());
    // Billing has no existing registration to keep: no switch, always typed.
    QVERIFY(!form->fieldWidget(u"changes_from_existing.billing"_s)->isVisible());
    QVERIFY(form->fieldWidget(u"billing.keep_venue_id"_s)->isEnabled());

    QLineEdit* name = lineEdit(*form, u"company.name"_s);
    QCOMPARE(name->text(), u"サンプル職域申込株式会社"_s);
    QVERIFY(!name->isEnabled());
    const auto existingText = [&](const QString& path) {
        const auto* label = form->findChild<QLabel*>(path + u".existing"_s);
        return label->isVisible() ? label->text() : u"(hidden)"_s;
    };
    QCOMPARE(existingText(u"company.name"_s), u"サンプル職域申込株式会社"_s);
    QCOMPARE(existingText(u"venue.arrangement"_s), u"01 企業内診療所"_s);
    QCOMPARE(existingText(u"venue.elevator"_s), u"エレベーター有"_s);
    QCOMPARE(existingText(u"supplies.gloves"_s), u"希望する"_s);
    QCOMPARE(existingText(u"billing.keep_venue_id"_s), u"(hidden)"_s);
    QVERIFY(form->findChild<QRadioButton*>(u"venue.elevator.yes"_s)->isChecked());
    QVERIFY(!form->findChild<QRadioButton*>(u"venue.elevator.yes"_s)->isEnabled());
    QCOMPARE(form->validateAll(), QList<FieldIssue>());

    QSignalSpy edited(form.get(), &ApplicationFormWidget::contentEdited);
    click(companySwitch);
    QCOMPARE(edited.count(), 1);
    QVERIFY(name->isEnabled());
    QCOMPARE(form->content().value(u"company"_s), existing.value(u"company"_s));
    QCOMPARE(ApplicationContent::value(form->content(), u"changes_from_existing.company"_s), QJsonValue(true));
    fill(*form, u"company.name"_s, u"新社名株式会社"_s);
    QCOMPARE(ApplicationContent::value(form->effectiveContent(), u"company.name"_s).toString(), u"新社名株式会社"_s);
    QCOMPARE(existingText(u"company.name"_s), u"サンプル職域申込株式会社"_s);
    // The address is still looked up only when its code changes.
    QVERIFY(lineEdit(*form, u"company.address.prefecture"_s)->isReadOnly());

    // Off again: the existing values are shown and submitted; what was typed is kept for later.
    click(companySwitch);
    QCOMPARE(name->text(), u"サンプル職域申込株式会社"_s);
    QVERIFY(!name->isEnabled());
    QCOMPARE(ApplicationContent::value(form->content(), u"company.name"_s).toString(), u"新社名株式会社"_s);
    QCOMPARE(ApplicationContent::value(form->effectiveContent(), u"company.name"_s).toString(),
             u"サンプル職域申込株式会社"_s);

    // A field locked by the switch is reached through the switch.
    form->focusField(u"company.phone"_s);
    QCOMPARE(QApplication::focusWidget(), companySwitch);
}

void ApplicationFormWidgetTest::switchKeepsWhatWasTypedInTheSection()
{
    QJsonObject draft;
    ApplicationContent::setValue(draft, u"company.name"_s, u"下書きの社名"_s);
    auto form = shownForm(draft, registration());
    click(qobject_cast<QAbstractButton*>(form->fieldWidget(u"changes_from_existing.company"_s)));
    QCOMPARE(form->content().value(u"company"_s).toObject(), (QJsonObject{{u"name"_s, u"下書きの社名"_s}}));
    QCOMPARE(lineEdit(*form, u"company.name"_s)->text(), u"下書きの社名"_s);
    QCOMPARE(lineEdit(*form, u"company.phone"_s)->text(), QString());
}

void ApplicationFormWidgetTest::enterMovesOnAndSubmitsNothing()
{
    QDialog dialog;
    auto* form = new ApplicationFormWidget(&dialog);
    auto* apply = new QPushButton(u"Apply"_s, &dialog);
    apply->setDefault(true);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(form);
    layout->addWidget(apply);
    dialog.resize(1366, 768);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    QLineEdit* name = lineEdit(*form, u"company.name"_s);
    typeInto(name, u"Sample"_s);
    QSignalSpy edited(form, &ApplicationFormWidget::contentEdited);
    QSignalSpy clicked(apply, &QPushButton::clicked);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), form->fieldWidget(u"company.representative"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(QApplication::focusWidget(), form->fieldWidget(u"company.phone"_s));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(clicked.count(), 0);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(ApplicationContent::value(form->content(), u"company.name"_s).toString(), u"Sample"_s);
}

void ApplicationFormWidgetTest::tabFollowsTheVisualOrder()
{
    auto form = shownForm({}, {});
    QTest::mouseClick(lineEdit(*form, u"company.name"_s), Qt::LeftButton);
    const QStringList expected{u"company.representative"_s,           u"company.phone"_s,
                               u"company.address.postal_code"_s,      u"company.address.autofill"_s,
                               u"company.address.manual"_s,           u"company.address.prefecture"_s,
                               u"company.address.municipality_code"_s};
    for (const QString& next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCoreApplication::processEvents();
        QCOMPARE(QApplication::focusWidget()->objectName(), next);
    }
    // Across sections: from the last field of one to the first of the next.
    QTest::mouseClick(lineEdit(*form, u"company.address.street"_s), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"venue.name"_s);
}

void ApplicationFormWidgetTest::composingTextIsNotNormalisedUntilCommitted()
{
    auto form = shownForm({}, {});
    QLineEdit* kana = lineEdit(*form, u"officers.vaccination.name_kana"_s);
    typeInto(kana, u"コウセイ"_s);
    QCOMPARE(ApplicationContent::value(form->content(), u"officers.vaccination.name_kana"_s).toString(), u"コウセイ"_s);

    QSignalSpy edited(form.get(), &ApplicationFormWidget::contentEdited);
    QInputMethodEvent composing(u" タロウ"_s, {});
    QCoreApplication::sendEvent(kana, &composing);
    QCOMPARE(edited.count(), 0);
    leave(kana);
    // Still composing: neither normalised nor checked.
    QCOMPARE(ApplicationContent::value(form->content(), u"officers.vaccination.name_kana"_s).toString(), u"コウセイ"_s);
    QCOMPARE(issueText(*form, u"officers.vaccination.name_kana"_s), QString());

    QInputMethodEvent commit;
    commit.setCommitString(u" タロウ"_s);
    QCoreApplication::sendEvent(kana, &commit);
    QTRY_COMPARE(ApplicationContent::value(form->content(), u"officers.vaccination.name_kana"_s).toString(),
                 u"こうせい たろう"_s);
    QCOMPARE(kana->text(), u"こうせい たろう"_s);

    // Input that breaks the rule is kept as typed, with the message under it.
    fill(*form, u"officers.vaccination.name_kana"_s, u"厚生 太郎"_s);
    QCOMPARE(kana->text(), u"厚生 太郎"_s);
    QCOMPARE(issueText(*form, u"officers.vaccination.name_kana"_s),
             validatorMessage(*form, u"officers.vaccination.name_kana"_s));
    QVERIFY(!issueText(*form, u"officers.vaccination.name_kana"_s).isEmpty());
}

void ApplicationFormWidgetTest::readOnlyLocksEveryInput()
{
    QJsonObject content = registration();
    ApplicationContent::setValue(content, u"company.phone"_s, u"０３－００００－０００１"_s);
    auto form = shownForm(content, {});
    form->setReadOnly(true);
    QVERIFY(lineEdit(*form, u"company.name"_s)->isReadOnly());
    QCOMPARE(lineEdit(*form, u"company.name"_s)->text(), u"サンプル職域申込株式会社"_s);
    QVERIFY(!form->fieldWidget(u"venue.arrangement"_s)->isEnabled());
    QVERIFY(!form->fieldWidget(u"venue.elevator"_s)->isEnabled());
    QVERIFY(!form->fieldWidget(u"billing.keep_venue_id"_s)->isEnabled());
    QVERIFY(!form->fieldWidget(u"officers.holiday_contact.undecided"_s)->isEnabled());
    QVERIFY(!form->findChild<QPushButton*>(u"company.address.autofill"_s)->isEnabled());
    QSignalSpy edited(form.get(), &ApplicationFormWidget::contentEdited);
    QTest::mouseClick(lineEdit(*form, u"company.name"_s), Qt::LeftButton);
    QTest::keyClicks(lineEdit(*form, u"company.name"_s), u"x"_s);
    // Leaving a locked field does not normalise what it shows.
    QTest::mouseClick(lineEdit(*form, u"company.phone"_s), Qt::LeftButton);
    leave(lineEdit(*form, u"company.phone"_s));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(form->content(), content);

    form->setReadOnly(false);
    QVERIFY(!lineEdit(*form, u"company.name"_s)->isReadOnly());
    QVERIFY(form->fieldWidget(u"venue.arrangement"_s)->isEnabled());
    QVERIFY(lineEdit(*form, u"company.address.prefecture"_s)->isReadOnly());
}

void ApplicationFormWidgetTest::consentTermsAreShownInFull()
{
    ApplicationFormWidget form;
    const auto* box = form.findChild<QGroupBox*>(u"consentTerms"_s);
    QVERIFY(box);
    QCOMPARE(box->title(), vsys::app::ConsentTermsView::tr("Consent to the terms of the vaccination"));
    QStringList shown;
    for (const QLabel* label : box->findChildren<QLabel*>()) {
        shown.append(label->text());
    }
    const vsys::core::ConsentTerms& terms = vsys::core::ConsentTerms::builtIn();
    QStringList expected{terms.heading()};
    for (const vsys::core::ConsentItem& item : terms.items()) {
        expected.append(item.text);
        expected.append(item.notes);
    }
    QCOMPARE(shown, expected);
    QCOMPARE(shown.first(), u"■1回目接種に於ける実施条件について同意しています"_s);
    QCOMPARE(shown.size(), 8);
}

void ApplicationFormWidgetTest::fitsA1366x768Screen()
{
    auto form = shownForm(registration(), registration());
    QVERIFY(form->minimumSizeHint().width() <= 1366);
    const auto* scroll = form->findChild<QScrollArea*>(u"formScrollArea"_s);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(scroll->verticalScrollBar()->isVisible());
}

void ApplicationFormWidgetTest::anotherMunicipalityRestartsTheStreetUntilConfirmed()
{
    auto form = shownForm(returnedApplication(), registration());
    QLineEdit* street = lineEdit(*form, u"venue.address.street"_s);
    QCOMPARE(street->text(), u"有楽町デモ2-1"_s);
    QVERIFY(!streetReview(*form, u"venue.address"_s)->isVisible());

    // 530-0001 is in 大阪市北区: the Tokyo 番地 is no address there.
    fill(*form, u"venue.address.postal_code"_s, u"5300001"_s);
    QTRY_COMPARE(lineEdit(*form, u"venue.address.municipality"_s)->text(), u"大阪市北区"_s);
    QCOMPARE(lineEdit(*form, u"venue.address.prefecture"_s)->text(), u"大阪府"_s);
    QCOMPARE(lineEdit(*form, u"venue.address.municipality_code"_s)->text(), u"271276"_s);
    const QString town = AddressAutofill::streetStart(
        vsys::core::PostalDirectory::builtIn().lookup(u"5300001"_s).constFirst().townName);
    QVERIFY(!town.isEmpty());
    QCOMPARE(street->text(), town);
    // The user goes on typing the rest of the 番地, after the 町域.
    QTRY_COMPARE(QApplication::focusWidget(), street);
    QCOMPARE(street->cursorPosition(), town.size());
    QVERIFY(!street->hasSelectedText());
    // The old 番地 is named in a notice under the field, which is marked until the user answers it.
    QFrame* review = streetReview(*form, u"venue.address"_s);
    QVERIFY(review->isVisible());
    QVERIFY(review->findChild<QLabel*>()->text().contains(u"有楽町デモ2-1"_s));
    QVERIFY(review->findChild<QLabel*>()->text().contains(u"大阪市北区"_s));
    QVERIFY(street->property("reviewPending").toBool());
    // 申込 is refused naming the 番地, and the summary leads there.
    const QList<FieldIssue> pending = issuesAt(form->validateAll(), u"venue.address.street"_s);
    QCOMPARE(pending.size(), 1);
    QVERIFY2(pending.first().message.startsWith(u"接種会場所在地情報の番地："_s), qPrintable(pending.first().message));
    QVERIFY(!pending.first().warning);
    QCOMPARE(QApplication::focusWidget(), street);

    // Typing the rest of the 番地 answers it.
    QTest::keyClicks(street, u"1-1"_s);
    QCOMPARE(ApplicationContent::value(form->content(), u"venue.address.street"_s).toString(), town + u"1-1"_s);
    QVERIFY(!review->isVisible());
    QVERIFY(!street->property("reviewPending").toBool());
    QCOMPARE(issuesAt(form->validateAll(), u"venue.address.street"_s), QList<FieldIssue>());
}

void ApplicationFormWidgetTest::theStreetOfAnotherMunicipalityCanBeKept()
{
    auto form = shownForm(returnedApplication(), registration());
    fill(*form, u"venue.address.postal_code"_s, u"5300001"_s);
    QTRY_VERIFY(streetReview(*form, u"venue.address"_s)->isVisible());
    QSignalSpy edited(form.get(), &ApplicationFormWidget::contentEdited);
    auto* keep = form->findChild<QPushButton*>(u"venue.address.street.keep"_s);
    QCOMPARE(keep->text(), u"前の番地をこのまま使う"_s);
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(lineEdit(*form, u"venue.address.street"_s)->text(), u"有楽町デモ2-1"_s);
    QCOMPARE(ApplicationContent::value(form->content(), u"venue.address.street"_s).toString(), u"有楽町デモ2-1"_s);
    QCOMPARE(edited.count(), 1);
    QVERIFY(!streetReview(*form, u"venue.address"_s)->isVisible());
    QCOMPARE(issuesAt(form->validateAll(), u"venue.address.street"_s), QList<FieldIssue>());

    // A 番地 that already starts with the new 町域 stays as it is.
    fill(*form, u"venue.address.postal_code"_s, u"1000006"_s);
    QTRY_COMPARE(lineEdit(*form, u"venue.address.municipality"_s)->text(), u"千代田区"_s);
    QCOMPARE(lineEdit(*form, u"venue.address.street"_s)->text(), u"有楽町デモ2-1"_s);
    QVERIFY(!streetReview(*form, u"venue.address"_s)->isVisible());
    // Another application starts with nothing to confirm.
    fill(*form, u"venue.address.postal_code"_s, u"5300001"_s);
    QTRY_VERIFY(streetReview(*form, u"venue.address"_s)->isVisible());
    form->setContent(returnedApplication(), registration());
    QVERIFY(!streetReview(*form, u"venue.address"_s)->isVisible());
    QCOMPARE(issuesAt(form->validateAll(), u"venue.address.street"_s), QList<FieldIssue>());
}

void ApplicationFormWidgetTest::theChosenTownStartsTheStreet()
{
    auto form = shownForm(returnedApplication(), registration());
    const QList<AddressCandidate> candidates = vsys::core::PostalDirectory::builtIn().lookup(u"4520961"_s);
    QVERIFY(candidates.size() > 10);
    const int chosen = 7;
    form->setAddressChooser([&](const QList<AddressCandidate>& offered) {
        return offered == candidates ? std::optional<int>(chosen) : std::nullopt;
    });
    fill(*form, u"venue.address.postal_code"_s, u"4520961"_s);
    QTRY_COMPARE(lineEdit(*form, u"venue.address.municipality_code"_s)->text(), candidates.at(chosen).municipalityCode);
    QCOMPARE(lineEdit(*form, u"venue.address.municipality"_s)->text(), candidates.at(chosen).municipalityName);
    QCOMPARE(lineEdit(*form, u"venue.address.street"_s)->text(),
             AddressAutofill::streetStart(candidates.at(chosen).townName));
    QVERIFY(streetReview(*form, u"venue.address"_s)->isVisible());
}

void ApplicationFormWidgetTest::enterPressesTheFocusedAutofillButton()
{
    auto form = shownForm({}, {});
    int asked = 0;
    form->setAddressChooser([&](const QList<AddressCandidate>&) {
        ++asked;
        return std::optional<int>(0);
    });
    fill(*form, u"venue.address.postal_code"_s, u"7000941"_s);
    QTRY_COMPARE(asked, 1);
    auto* button = form->findChild<QPushButton*>(u"venue.address.autofill"_s);
    QTest::mouseClick(lineEdit(*form, u"venue.address.postal_code"_s), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), button);
    QTest::keyClick(button, Qt::Key_Return);
    QCOMPARE(asked, 2);
    QTest::keyClick(button, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(asked, 3);
}

void ApplicationFormWidgetTest::aMessageUnderAFieldDoesNotMoveTheNextField()
{
    auto form = shownForm(registration(), {});
    QLineEdit* phone = lineEdit(*form, u"company.phone"_s);
    QWidget* next = form->fieldWidget(u"company.address.postal_code"_s);
    const int before = next->mapTo(form.get(), QPoint()).y();
    typeInto(phone, u"12"_s);
    leave(phone);
    QCOMPARE(QApplication::focusWidget(), next);
    QVERIFY(issueLabel(*form, u"company.phone"_s)->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(next->mapTo(form.get(), QPoint()).y(), before);
}

void ApplicationFormWidgetTest::readOnlyValuesAreInTheNormalTextColour()
{
    // A 確認済み application that kept the existing registration: every value comes from it.
    QJsonObject content;
    for (const vsys::core::FormSection& section : ApplicationForm::sections()) {
        ApplicationContent::setChanged(content, section.key, false);
    }
    auto form = shownForm(content, registration());
    form->setReadOnly(true);
    QLineEdit* name = lineEdit(*form, u"company.name"_s);
    QCOMPARE(name->text(), u"サンプル職域申込株式会社"_s);
    QVERIFY(darkestGrey(name) < 90);
    QVERIFY(darkestGrey(form->findChild<QRadioButton*>(u"venue.elevator.yes"_s)) < 90);
    QVERIFY(darkestGrey(form->fieldWidget(u"venue.arrangement"_s)) < 90);
}

void ApplicationFormWidgetTest::captionsThatFitAreNotBroken()
{
    auto form = shownForm(registration(), registration());
    const QLabel* elevator = form->findChild<QLabel*>(u"venue.elevator.caption"_s);
    QCOMPARE(elevator->text(), u"接種会場におけるエレベーター有無※"_s);
    for (const vsys::core::FormField* field : ApplicationForm::fields()) {
        const QLabel* caption = form->findChild<QLabel*>(field->path + u".caption"_s);
        if (!caption || !caption->isVisible() || caption->fontMetrics().horizontalAdvance(caption->text()) > 240) {
            continue;
        }
        QVERIFY2(caption->height() < 2 * caption->fontMetrics().lineSpacing(), qPrintable(caption->text()));
    }
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    ApplicationFormWidgetTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ApplicationFormWidgetTest.moc"
