// SPDX-License-Identifier: MIT
// 返戻分 of the claim screen: what each column shows, what it accepts (全角 included), the messages for what it
// refuses while the row keeps its other values, the signal the page autosaves on, and the table's editors.
// Runs offscreen in Japanese; the model's own captions are compared through tr() (their Japanese arrives with
// the translation file), the billing labels and the figures exactly.
#include "app/claims/ReturnedItemsDelegate.h"
#include "app/claims/ReturnedItemsModel.h"
#include "core/Translator.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/validation/Validators.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using vsys::app::ReturnedItemsDelegate;
using vsys::app::ReturnedItemsModel;
using vsys::core::AgeBand;
using vsys::core::DoseKind;
using vsys::core::MunicipalityDirectory;
using vsys::core::ReturnedItem;
using vsys::core::TicketSheet;
using vsys::core::TimeBand;

namespace {

ReturnedItem chiyodaDecember()
{
    ReturnedItem item;
    item.originalClaimMonth = QDate(2021, 12, 1);
    item.sheet = TicketSheet::Attached;
    item.count = {u"131016"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 1800};
    item.note = u"住所地の誤り"_s;
    return item;
}

ReturnedItem sapporoJanuary()
{
    ReturnedItem item;
    item.originalClaimMonth = QDate(2022, 1, 1);
    item.sheet = TicketSheet::Printed;
    item.count = {u"011002"_s, DoseKind::ScreeningOnly, AgeBand::UnderSix, TimeBand::Holiday, 3};
    return item;
}

QString column(ReturnedItemsModel::Column column)
{
    static const char* const kNames[]
        = {"Original claim month",  "Questionnaire", "Municipality", "Category", "Age", "Time", "Count",
           "Reason returned / note"};
    return ReturnedItemsModel::tr(kNames[column]);
}

} // namespace

class TstReturnedItemsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEachColumn();
    void editValuesAndChoices();
    void monthsAreTypedAsYearAndMonth();
    void anUnreadableMonthIsRefusedAndTheRowKept();
    void municipalitiesAreCheckedAgainstTheList();
    void choicesAreTheEnumsValues();
    void countsAcceptFullWidthDigitsAndSeparators();
    void negativeOrNonNumericCountsAreRefused();
    void notesAreFreeText();
    void anUnchangedValueIsNotAnEdit();
    void rowsAreAddedAndRemoved();
    void settingItemsIsNotAnEdit();
    void theDelegateOffersTheLabelsForCategory();
    void theDelegateEditsCountsInASpinBox();
    void theDelegateEditsMonthsAsTextAndRefusesNonsense();

private:
    QModelIndex at(int row, ReturnedItemsModel::Column col) const { return m_model->index(row, col); }
    QString shown(int row, ReturnedItemsModel::Column col) const { return at(row, col).data().toString(); }
    /// setData that must fail: returns the one message it emitted; the items must not change.
    QString refused(int row, ReturnedItemsModel::Column col, const QVariant& value);

    std::unique_ptr<ReturnedItemsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_edited;
    std::unique_ptr<QSignalSpy> m_invalid;
};

void TstReturnedItemsModel::init()
{
    m_model = std::make_unique<ReturnedItemsModel>(MunicipalityDirectory::builtIn());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setItems({chiyodaDecember(), sapporoJanuary()});
    m_edited = std::make_unique<QSignalSpy>(m_model.get(), &ReturnedItemsModel::itemsEdited);
    m_invalid = std::make_unique<QSignalSpy>(m_model.get(), &ReturnedItemsModel::invalidInput);
}

void TstReturnedItemsModel::cleanup()
{
    m_invalid.reset();
    m_edited.reset();
    m_tester.reset();
    m_model.reset();
}

QString TstReturnedItemsModel::refused(int row, ReturnedItemsModel::Column col, const QVariant& value)
{
    const QList<ReturnedItem> before = m_model->items();
    const qsizetype edits = m_edited->count();
    m_invalid->clear();
    if (m_model->setData(at(row, col), value)) {
        return u"(accepted)"_s;
    }
    if (m_model->items() != before || m_edited->count() != edits || m_invalid->count() != 1) {
        return u"(changed the items or emitted the wrong signals)"_s;
    }
    return m_invalid->at(0).at(0).toString();
}

void TstReturnedItemsModel::showsEachColumn()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), 8);
    for (int c = 0; c < ReturnedItemsModel::ColumnCount; ++c) {
        const auto col = ReturnedItemsModel::Column(c);
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), column(col));
        QVERIFY(m_model->flags(at(0, col)).testFlag(Qt::ItemIsEditable));
    }

    QCOMPARE(shown(0, ReturnedItemsModel::OriginalClaimMonth), u"2021年12月"_s);
    QCOMPARE(shown(0, ReturnedItemsModel::Sheet), ReturnedItemsModel::tr("Vaccination ticket attached"));
    QCOMPARE(shown(0, ReturnedItemsModel::Municipality), u"131016 千代田区"_s);
    QCOMPARE(shown(0, ReturnedItemsModel::Kind), u"接種"_s);
    QCOMPARE(shown(0, ReturnedItemsModel::Age), u"6歳以上"_s);
    QCOMPARE(shown(0, ReturnedItemsModel::Time), u"通常"_s);
    QCOMPARE(shown(0, ReturnedItemsModel::Count), u"1,800"_s);
    QCOMPARE(shown(0, ReturnedItemsModel::Note), u"住所地の誤り"_s);

    QCOMPARE(shown(1, ReturnedItemsModel::OriginalClaimMonth), u"2022年01月"_s);
    QCOMPARE(shown(1, ReturnedItemsModel::Sheet), ReturnedItemsModel::tr("No vaccination ticket attached"));
    QCOMPARE(shown(1, ReturnedItemsModel::Municipality), u"011002 札幌市"_s);
    QCOMPARE(shown(1, ReturnedItemsModel::Kind), u"予診のみ"_s);
    QCOMPARE(shown(1, ReturnedItemsModel::Age), u"6歳未満"_s);
    QCOMPARE(shown(1, ReturnedItemsModel::Time), u"休日"_s);
    QCOMPARE(shown(1, ReturnedItemsModel::Count), u"3"_s);
    QCOMPARE(shown(1, ReturnedItemsModel::Note), QString());

    QCOMPARE(at(0, ReturnedItemsModel::Count).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TstReturnedItemsModel::editValuesAndChoices()
{
    QCOMPARE(at(0, ReturnedItemsModel::OriginalClaimMonth).data(Qt::EditRole), QVariant(u"2021年12月"_s));
    QCOMPARE(at(0, ReturnedItemsModel::Sheet).data(Qt::EditRole), QVariant(0));
    QCOMPARE(at(1, ReturnedItemsModel::Sheet).data(Qt::EditRole), QVariant(1));
    QCOMPARE(at(0, ReturnedItemsModel::Municipality).data(Qt::EditRole), QVariant(u"131016"_s));
    QCOMPARE(at(0, ReturnedItemsModel::Kind).data(Qt::EditRole), QVariant(1));
    QCOMPARE(at(1, ReturnedItemsModel::Time).data(Qt::EditRole), QVariant(2));
    QCOMPARE(at(0, ReturnedItemsModel::Count).data(Qt::EditRole).toLongLong(), 1800);

    QCOMPARE(at(0, ReturnedItemsModel::Sheet).data(ReturnedItemsModel::ChoicesRole).toStringList(),
             (QStringList{ReturnedItemsModel::tr("Vaccination ticket attached"),
                          ReturnedItemsModel::tr("No vaccination ticket attached")}));
    QCOMPARE(at(0, ReturnedItemsModel::Kind).data(ReturnedItemsModel::ChoicesRole).toStringList(),
             (QStringList{u"予診のみ"_s, u"接種"_s}));
    QCOMPARE(at(0, ReturnedItemsModel::Age).data(ReturnedItemsModel::ChoicesRole).toStringList(),
             (QStringList{u"6歳未満"_s, u"6歳以上"_s}));
    QCOMPARE(at(0, ReturnedItemsModel::Time).data(ReturnedItemsModel::ChoicesRole).toStringList(),
             (QStringList{u"通常"_s, u"時間外"_s, u"休日"_s}));
    for (const auto col : {ReturnedItemsModel::OriginalClaimMonth, ReturnedItemsModel::Municipality,
                           ReturnedItemsModel::Count, ReturnedItemsModel::Note}) {
        QVERIFY(!at(0, col).data(ReturnedItemsModel::ChoicesRole).isValid());
    }
}

void TstReturnedItemsModel::monthsAreTypedAsYearAndMonth()
{
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::OriginalClaimMonth), u"２０２２／０２"_s));
    QCOMPARE(m_model->items().at(0).originalClaimMonth, QDate(2022, 2, 1));
    QCOMPARE(shown(0, ReturnedItemsModel::OriginalClaimMonth), u"2022年02月"_s);

    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::OriginalClaimMonth), u"2021-11"_s));
    QCOMPARE(m_model->items().at(0).originalClaimMonth, QDate(2021, 11, 1));

    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::OriginalClaimMonth), u" 2021/9 "_s));
    QCOMPARE(shown(0, ReturnedItemsModel::OriginalClaimMonth), u"2021年09月"_s);

    QCOMPARE(m_edited->count(), 3);
    QCOMPARE(m_invalid->count(), 0);
    ReturnedItem expected = chiyodaDecember();
    expected.originalClaimMonth = QDate(2021, 9, 1);
    QCOMPARE(m_model->items(), (QList<ReturnedItem>{expected, sapporoJanuary()}));
}

void TstReturnedItemsModel::anUnreadableMonthIsRefusedAndTheRowKept()
{
    const QString unreadable
        = ReturnedItemsModel::tr("%1: %2 cannot be read as a year and month. Enter it like 2021/12.");
    QCOMPARE(refused(0, ReturnedItemsModel::OriginalClaimMonth, u"2021/13"_s),
             unreadable.arg(column(ReturnedItemsModel::OriginalClaimMonth), u"2021/13"_s));
    QCOMPARE(refused(0, ReturnedItemsModel::OriginalClaimMonth, u"２０２１年１３月"_s),
             unreadable.arg(column(ReturnedItemsModel::OriginalClaimMonth), u"2021年13月"_s));
    QCOMPARE(refused(0, ReturnedItemsModel::OriginalClaimMonth, u"21/12"_s),
             unreadable.arg(column(ReturnedItemsModel::OriginalClaimMonth), u"21/12"_s));
    QCOMPARE(refused(1, ReturnedItemsModel::OriginalClaimMonth, u"　"_s),
             ReturnedItemsModel::tr("%1: please enter the month, like 2021/12.")
                 .arg(column(ReturnedItemsModel::OriginalClaimMonth)));
    QCOMPARE(shown(0, ReturnedItemsModel::OriginalClaimMonth), u"2021年12月"_s);
}

void TstReturnedItemsModel::municipalitiesAreCheckedAgainstTheList()
{
    QVERIFY(m_model->setData(at(1, ReturnedItemsModel::Municipality), u"１３１０１６"_s));
    QCOMPARE(m_model->items().at(1).count.municipality, u"131016"_s);
    QCOMPARE(shown(1, ReturnedItemsModel::Municipality), u"131016 千代田区"_s);
    QCOMPARE(m_edited->count(), 1);

    const QString name = column(ReturnedItemsModel::Municipality);
    QCOMPARE(refused(0, ReturnedItemsModel::Municipality, u"131017"_s),
             QCoreApplication::translate("MunicipalityCode",
                                         "%1: the check digit (6th digit) is not correct. Did you mean %2?")
                 .arg(name, u"131016"_s));
    const QString unknown = u"13999"_s + QString::number(vsys::core::MunicipalityCode::checkDigit(u"13999"));
    QCOMPARE(refused(0, ReturnedItemsModel::Municipality, unknown),
             vsys::core::MunicipalityDirectory::tr("%1: %2 is not in the list of local government codes.")
                 .arg(name, unknown));
    // A ward's residents are claimed from its city, as in the entry tables.
    QCOMPARE(
        refused(0, ReturnedItemsModel::Municipality, u"271276"_s),
        u"%1：271276（大阪市北区）は政令指定都市の区です。請求先は市になりますので、大阪市（271004）を入力してください。"_s
            .arg(name));
    QCOMPARE(refused(0, ReturnedItemsModel::Municipality, QString()),
             vsys::core::MunicipalityCode::validate(QString(), name).message);
    QCOMPARE(shown(0, ReturnedItemsModel::Municipality), u"131016 千代田区"_s);
}

void TstReturnedItemsModel::choicesAreTheEnumsValues()
{
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::Kind), 0));
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::Sheet), 1));
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::Age), 0));
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::Time), 1));
    // A label typed or pasted counts as its value.
    QVERIFY(m_model->setData(at(1, ReturnedItemsModel::Time), u"通常"_s));
    QCOMPARE(m_edited->count(), 5);

    QCOMPARE(shown(0, ReturnedItemsModel::Kind), u"予診のみ"_s);
    QCOMPARE(shown(0, ReturnedItemsModel::Sheet), ReturnedItemsModel::tr("No vaccination ticket attached"));
    QCOMPARE(shown(0, ReturnedItemsModel::Age), u"6歳未満"_s);
    QCOMPARE(shown(0, ReturnedItemsModel::Time), u"時間外"_s);
    const ReturnedItem& first = m_model->items().at(0);
    QCOMPARE(first.count.kind, DoseKind::ScreeningOnly);
    QCOMPARE(first.sheet, TicketSheet::Printed);
    QCOMPARE(first.count.age, AgeBand::UnderSix);
    QCOMPARE(first.count.time, TimeBand::AfterHours);
    QCOMPARE(m_model->items().at(1).count.time, TimeBand::Regular);

    const QString choose = ReturnedItemsModel::tr("%1: please choose one of %2.");
    QCOMPARE(refused(0, ReturnedItemsModel::Kind, 2),
             choose.arg(column(ReturnedItemsModel::Kind), u"予診のみ / 接種"_s));
    QCOMPARE(refused(0, ReturnedItemsModel::Time, -1),
             choose.arg(column(ReturnedItemsModel::Time), u"通常 / 時間外 / 休日"_s));
    QCOMPARE(refused(0, ReturnedItemsModel::Age, u"大人"_s),
             choose.arg(column(ReturnedItemsModel::Age), u"6歳未満 / 6歳以上"_s));
}

void TstReturnedItemsModel::countsAcceptFullWidthDigitsAndSeparators()
{
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::Count), 25));
    QCOMPARE(shown(0, ReturnedItemsModel::Count), u"25"_s);
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::Count), u"１，２５０"_s));
    QCOMPARE(m_model->items().at(0).count.count, 1250);
    QCOMPARE(shown(0, ReturnedItemsModel::Count), u"1,250"_s);
    QVERIFY(m_model->setData(at(1, ReturnedItemsModel::Count), 0));
    QCOMPARE(shown(1, ReturnedItemsModel::Count), u"0"_s);
    QCOMPARE(m_edited->count(), 3);
}

void TstReturnedItemsModel::negativeOrNonNumericCountsAreRefused()
{
    const QString notACount = ReturnedItemsModel::tr("%1: %2 is not a count. Enter a whole number of 0 or more.");
    const QString name = column(ReturnedItemsModel::Count);
    QCOMPARE(refused(0, ReturnedItemsModel::Count, -1), notACount.arg(name, u"-1"_s));
    QCOMPARE(refused(0, ReturnedItemsModel::Count, u"十"_s), notACount.arg(name, u"十"_s));
    QCOMPARE(refused(0, ReturnedItemsModel::Count, u"1.5"_s), notACount.arg(name, u"1.5"_s));
    QCOMPARE(shown(0, ReturnedItemsModel::Count), u"1,800"_s);
}

void TstReturnedItemsModel::notesAreFreeText()
{
    QVERIFY(m_model->setData(at(1, ReturnedItemsModel::Note), u"券番号の誤り（再請求）"_s));
    QCOMPARE(m_model->items().at(1).note, u"券番号の誤り（再請求）"_s);
    QCOMPARE(shown(1, ReturnedItemsModel::Note), u"券番号の誤り（再請求）"_s);
    QCOMPARE(m_edited->count(), 1);
}

void TstReturnedItemsModel::anUnchangedValueIsNotAnEdit()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::OriginalClaimMonth), u"2021-12"_s));
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::Kind), 1));
    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::Count), u"1,800"_s));
    QCOMPARE(m_edited->count(), 0);
    QCOMPARE(changed.count(), 0);

    QVERIFY(m_model->setData(at(0, ReturnedItemsModel::Count), 1801));
    QCOMPARE(m_edited->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), at(0, ReturnedItemsModel::Count));
}

void TstReturnedItemsModel::rowsAreAddedAndRemoved()
{
    ReturnedItem defaults;
    defaults.originalClaimMonth = QDate(2022, 2, 1);
    defaults.count.municipality = u"131016"_s;
    QCOMPARE(m_model->addItem(defaults), 2);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_edited->count(), 1);
    QCOMPARE(shown(2, ReturnedItemsModel::OriginalClaimMonth), u"2022年02月"_s);
    QCOMPARE(shown(2, ReturnedItemsModel::Kind), u"接種"_s);
    QCOMPARE(shown(2, ReturnedItemsModel::Count), u"0"_s);

    QVERIFY(m_model->removeRow(0));
    QCOMPARE(m_edited->count(), 2);
    QCOMPARE(m_model->items(), (QList<ReturnedItem>{sapporoJanuary(), defaults}));
    QVERIFY(!m_model->removeRow(2));
    QCOMPARE(m_edited->count(), 2);
}

void TstReturnedItemsModel::settingItemsIsNotAnEdit()
{
    m_model->setItems({sapporoJanuary()});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->items(), QList<ReturnedItem>{sapporoJanuary()});
    QCOMPARE(m_edited->count(), 0);
}

void TstReturnedItemsModel::theDelegateOffersTheLabelsForCategory()
{
    QTableView view;
    view.setModel(m_model.get());
    view.setItemDelegate(new ReturnedItemsDelegate(&view));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    view.setCurrentIndex(at(0, ReturnedItemsModel::Kind));
    view.edit(at(0, ReturnedItemsModel::Kind));
    auto* comboBox = view.viewport()->findChild<QComboBox*>();
    QVERIFY(comboBox);
    QStringList items;
    for (int i = 0; i < comboBox->count(); ++i) {
        items.append(comboBox->itemText(i));
    }
    QCOMPARE(items, (QStringList{u"予診のみ"_s, u"接種"_s}));
    QCOMPARE(comboBox->currentIndex(), 1);
    QCOMPARE(comboBox->accessibleName(), column(ReturnedItemsModel::Kind));

    comboBox->setCurrentIndex(0);
    QTest::keyClick(comboBox, Qt::Key_Return);

    // The view commits an editor's Enter once back in the event loop.
    QTRY_COMPARE(m_model->items().at(0).count.kind, DoseKind::ScreeningOnly);
    QCOMPARE(shown(0, ReturnedItemsModel::Kind), u"予診のみ"_s);
    QCOMPARE(m_edited->count(), 1);
}

void TstReturnedItemsModel::theDelegateEditsCountsInASpinBox()
{
    QTableView view;
    view.setModel(m_model.get());
    view.setItemDelegate(new ReturnedItemsDelegate(&view));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    view.setCurrentIndex(at(1, ReturnedItemsModel::Count));
    view.edit(at(1, ReturnedItemsModel::Count));
    auto* spinBox = view.viewport()->findChild<QSpinBox*>();
    QVERIFY(spinBox);
    QCOMPARE(spinBox->minimum(), 0);
    QCOMPARE(spinBox->maximum(), 99999);
    QCOMPARE(spinBox->value(), 3);

    QTest::keyClicks(spinBox, u"42"_s);
    QTest::keyClick(spinBox, Qt::Key_Return);

    QTRY_COMPARE(m_model->items().at(1).count.count, 42);
    QCOMPARE(m_edited->count(), 1);
}

void TstReturnedItemsModel::theDelegateEditsMonthsAsTextAndRefusesNonsense()
{
    QTableView view;
    view.setModel(m_model.get());
    view.setItemDelegate(new ReturnedItemsDelegate(&view));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    view.setCurrentIndex(at(0, ReturnedItemsModel::OriginalClaimMonth));
    view.edit(at(0, ReturnedItemsModel::OriginalClaimMonth));
    auto* lineEdit = view.viewport()->findChild<QLineEdit*>();
    QVERIFY(lineEdit);
    QCOMPARE(lineEdit->text(), u"2021年12月"_s);

    lineEdit->selectAll();
    QTest::keyClicks(lineEdit, u"2021/13"_s);
    QTest::keyClick(lineEdit, Qt::Key_Return);

    QTRY_COMPARE(m_invalid->count(), 1);
    QCOMPARE(m_invalid->at(0).at(0).toString(),
             ReturnedItemsModel::tr("%1: %2 cannot be read as a year and month. Enter it like 2021/12.")
                 .arg(column(ReturnedItemsModel::OriginalClaimMonth), u"2021/13"_s));
    QCOMPARE(m_model->items(), (QList<ReturnedItem>{chiyodaDecember(), sapporoJanuary()}));
    QCOMPARE(m_edited->count(), 0);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstReturnedItemsModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstReturnedItemsModel.moc"
