// SPDX-License-Identifier: MIT
// 国保連提出用請求総括書・市区町村別請求書の作成 driven as a clinic's clerk would, offscreen and in Japanese: counts
// typed into the table's spin boxes, a municipality added by its code, the four outputs written as PDF and read
// back with pdftotext, the checks before printing, the autosave across a restart, the 返戻分 and the new format's
// 時間外・休日 columns. The page's own captions are compared through tr(); figures and printed text exactly.
#include "app/claims/ClaimCountsModel.h"
#include "app/claims/ClaimHeaderEditor.h"
#include "app/claims/ClaimOutputsPanel.h"
#include "app/claims/ClaimPage.h"
#include "app/claims/GroupedHeaderView.h"
#include "app/claims/MonthLineEdit.h"
#include "app/claims/MunicipalityPicker.h"
#include "app/claims/ReturnedItemsModel.h"
#include "app/common/MessageBanner.h"
#include "app/common/PrintoutWorker.h"
#include "app/common/SaveStateLabel.h"
#include "core/Translator.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/billing/ClaimHeaderRules.h"
#include "db/AccountRepository.h"
#include "db/ClaimStore.h"
#include "db/Database.h"
#include "print/ClaimBatchPrinter.h"
#include "print/ClaimPrintouts.h"
#include "tests/print/support/PdfTools.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using vsys::app::ClaimCountsModel;
using vsys::app::ClaimOutputsPanel;
using vsys::app::ClaimPage;
using vsys::core::AgeBand;
using vsys::core::ClaimOutput;
using vsys::core::DoseKind;
using vsys::core::TicketSheet;
using vsys::core::TimeBand;
using vsys::print::test::pdfText;
using vsys::print::test::tableRow;

namespace {

const QString kChiyoda = u"131016"_s; // 千代田区: the institution's own municipality
const QString kOsaka = u"271004"_s; // 大阪市

vsys::core::ClaimInstitution registeredInstitution()
{
    vsys::core::ClaimInstitution institution;
    institution.prefecture = u"東京都"_s;
    institution.address = u"東京都千代田区丸の内デモ1-2-3"_s;
    institution.representative = u"院長 診子"_s;
    institution.phone = u"03-0000-0003"_s;
    institution.facilityType = u"1"_s;
    institution.code = u"1310000011"_s; // 検証番号 1 (Luhn): no warning
    institution.name = u"サンプル企業内診療所"_s;
    return institution;
}

/// Types as a clerk does: ASCII as key presses, anything else as the Japanese IME commits it.
void typeText(QWidget* widget, const QString& text)
{
    bool ascii = true;
    for (const QChar c : text) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

/// Answers the next modal dialog (a question, the print preview) once it is up, after `inspect` looked at it.
void answerNextDialog(std::function<void(QWidget*)> inspect, QMessageBox::StandardButton button = QMessageBox::No)
{
    QTimer::singleShot(0, qApp, [inspect = std::move(inspect), button] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog) {
            answerNextDialog(inspect, button);
            return;
        }
        inspect(dialog);
        if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
            box->button(button)->click();
        } else if (dialog->isVisible()) {
            static_cast<QDialog*>(dialog)->reject();
        }
    });
}

} // namespace

class TstClaimPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void printsTheSeedsOldFormatExample();
    void warnsBeforePrinting();
    void keepsTypingAcrossARestart();
    void newMonthCarriesTheHeaderOver();
    void newFormatHasAfterHoursAndHolidayColumns();
    void returnedItemsAreAddedIntoTheMonth();
    void refusesAnUnknownMunicipality();

    // Issue 13.
    void showsTheBillingCodeAtTheTopFromTheRegistration();
    void facilityTypeIsAChoice();
    void rememberesAConfirmedCheckDigitWarning();
    void enterCommitsAndMovesDown();
    void monthIsTyped();
    void arrowKeysNeverSwitchTheClaim();
    void footHasTheSeedsButtons();
    void autosaveSaysSaved();
    void othersHaveASubtotalRow();
    void newFormatHeaderIsGroupedAndFits();
    void returnedMonthsReadAsTheForms();
    void removingAReturnedItemAsksNamingIt();
    void printPreviewOpensAtFitWidth();
    void batchShowsProgressAndStopsWithinOneSheet();
    void screenshots();

private:
    void openPage(QDate today, vsys::core::ClaimInstitution institution = registeredInstitution());
    /// Types `text` into a field as a clerk does: click, select all, type, Enter.
    void typeInto(QLineEdit* edit, const QString& text);
    void type(TicketSheet sheet, int row, int column, const QString& keys);
    int column(TicketSheet sheet, DoseKind kind, AgeBand age, TimeBand time = TimeBand::Regular) const;
    QList<qint64> row(TicketSheet sheet, int row) const;
    /// `output` saved through 「PDFで保存」 and its file dialog; the PDF's text.
    QString exportText(ClaimOutput output);
    /// The visible button of the page's banner with `text` (an action such as 「このまま印刷する」).
    QPushButton* bannerButton(const QString& text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vsys::db::Database> m_database;
    qint64 m_accountId = 0;
    std::unique_ptr<ClaimPage> m_page;
    int m_exports = 0;
};

void TstClaimPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = vsys::db::Database::open(m_dir->filePath(u"client.sqlite"_s), u"claim-page-test"_s);
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().message));
    m_database = std::move(database).value();
    vsys::db::Account account;
    account.serverUrl = QUrl(u"https://vsys.example.jp"_s);
    account.vsysId = u"1310000017"_s;
    const auto saved = vsys::db::AccountRepository(*m_database).save(account);
    QVERIFY(saved.ok());
    m_accountId = *saved;
}

void TstClaimPage::cleanup()
{
    m_page.reset();
    m_database.reset();
    m_dir.reset();
}

void TstClaimPage::openPage(QDate today, vsys::core::ClaimInstitution institution)
{
    m_page = std::make_unique<ClaimPage>(*m_database);
    // The clerk's 1366×768 laptop, less the window frame and the main window's toolbar and status line; at
    // 125 % (QT_SCALE_FACTOR=1.25) the same screen holds 1093×614 logical pixels.
    const qreal scale
        = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble() : 1.0;
    m_page->resize(int(1366 / scale), int(690 / scale));
    m_page->show();
    m_page->open(m_accountId, {institution, kChiyoda}, today);
}

void TstClaimPage::typeInto(QLineEdit* edit, const QString& text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->selectAll();
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TstClaimPage::type(TicketSheet sheet, int row, int column, const QString& keys)
{
    QTableView* view = m_page->countsView(sheet);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClicks(view, keys.left(1));
    auto* editor = view->findChild<QSpinBox*>();
    QVERIFY2(editor, "typing into the cell opens its spin box");
    QTest::keyClicks(editor, keys.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->findChild<QSpinBox*>());
}

int TstClaimPage::column(TicketSheet sheet, DoseKind kind, AgeBand age, TimeBand time) const
{
    return m_page->countsModel(sheet)->columnOf(kind, age, time);
}

QList<qint64> TstClaimPage::row(TicketSheet sheet, int row) const
{
    const ClaimCountsModel* model = m_page->countsModel(sheet);
    QList<qint64> values;
    for (int c = 0; c < model->columnCount(); ++c) {
        values.append(model->index(row, c).data(Qt::EditRole).toLongLong());
    }
    return values;
}

QString TstClaimPage::exportText(ClaimOutput output)
{
    // 「PDFで保存」 → the output → the file dialog, answered with a file in the test's folder.
    const QString path = m_dir->filePath(u"claim-%1.pdf"_s.arg(++m_exports));
    answerNextDialog([path](QWidget* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        QVERIFY2(files, dialog->metaObject()->className());
        files->selectFile(path);
        QMetaObject::invokeMethod(files, &QDialog::accept);
    });
    m_page->outputs()->pdfAction(output)->trigger();
    // Past the 印刷前の確認, as a clerk who has read it.
    if (QPushButton* anyway = bannerButton(ClaimPage::tr("Save as PDF anyway"))) {
        QTest::mouseClick(anyway, Qt::LeftButton);
    }
    if (!QFile::exists(path)) {
        qWarning() << "no PDF written:" << m_page->messageBanner()->text();
        return {};
    }
    return pdfText(path);
}

QPushButton* TstClaimPage::bannerButton(const QString& text) const
{
    for (QPushButton* button : m_page->messageBanner()->findChildren<QPushButton*>()) {
        if (button->text() == text && button->isVisible()) {
            return button;
        }
    }
    return nullptr;
}

void TstClaimPage::printsTheSeedsOldFormatExample()
{
    // 2021年04月請求分 for doses of March 2021: the old format of the seed's sheets.
    openPage(QDate(2021, 4, 5));
    QCOMPARE(m_page->claim().claimMonth, QDate(2021, 4, 1));
    QCOMPARE(m_page->claim().vaccinationMonth, QDate(2021, 3, 1));
    QCOMPARE(m_page->countsModel(TicketSheet::Attached)->columnCount(), 5);

    const int home = ClaimCountsModel::kHomeRow;
    type(TicketSheet::Attached, home, column(TicketSheet::Attached, DoseKind::ScreeningOnly, AgeBand::SixAndOver),
         u"5"_s);
    type(TicketSheet::Attached, home, column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver),
         u"40"_s);

    QLineEdit* code = m_page->picker(TicketSheet::Attached)->lineEdit();
    code->setFocus();
    QTest::keyClicks(code, kOsaka);
    QTest::keyClick(code, Qt::Key_Return);
    const int osaka = m_page->countsModel(TicketSheet::Attached)->rowOf(kOsaka);
    QCOMPARE(osaka, ClaimCountsModel::kFirstOtherRow);
    QCOMPARE(m_page->countsModel(TicketSheet::Attached)->headerData(osaka, Qt::Vertical).toString(),
             u"271004　大阪市"_s);
    type(TicketSheet::Attached, osaka, column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver),
         u"10"_s);

    // 総数: 予診のみ 6歳未満, 6歳以上, 接種 6歳未満, 6歳以上, 合計.
    QCOMPARE(row(TicketSheet::Attached, ClaimCountsModel::kTotalRow), (QList<qint64>{0, 5, 0, 50, 55}));
    QCOMPARE(row(TicketSheet::Attached, home), (QList<qint64>{0, 5, 0, 40, 45}));
    QVERIFY(m_page->checks(ClaimOutput::SummaryIncludingHome).isEmpty());
    // What the outputs would print, updated as the counts are typed.
    const auto* total = m_page->findChild<QLabel*>(u"outputTotalLabel"_s);
    QCOMPARE(total->text(),
             ClaimPage::tr("Claim summary: %1 claims, %2 yen (without the institution's own municipality: %3 "
                           "claims, %4 yen). Claims per municipality: %5 sheet(s) with the ticket attached, %6 "
                           "without.")
                 .arg(u"55"_s, u"122,320"_s, u"10"_s, u"22,770"_s)
                 .arg(2)
                 .arg(0));

    const QString summary = exportText(ClaimOutput::SummaryIncludingHome);
    QVERIFY2(summary.contains(u"東京都国民健康保険団体連合会 御中"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"2021年04月請求分"_s));
    QVERIFY(summary.contains(u"院長 診子"_s));
    QVERIFY(summary.contains(u"1310000011"_s));
    QVERIFY2(summary.contains(tableRow({u"予診のみ"_s, u"6歳以上"_s, u"5"_s, u"8,470"_s})), qPrintable(summary));
    QVERIFY(summary.contains(tableRow({u"接種"_s, u"6歳以上"_s, u"50"_s, u"113,850"_s})));
    QVERIFY2(summary.contains(tableRow({u"合計"_s, u"55件"_s, u"122,320円"_s})), qPrintable(summary));

    const QString excluding = exportText(ClaimOutput::SummaryExcludingHome);
    QVERIFY2(excluding.contains(tableRow({u"合計"_s, u"10件"_s, u"22,770円"_s})), qPrintable(excluding));

    const QString municipal = exportText(ClaimOutput::MunicipalAttached);
    QVERIFY2(municipal.contains(u"千代田区長 様"_s), qPrintable(municipal));
    QVERIFY(municipal.contains(u"大阪市長 様"_s));
    QVERIFY(municipal.contains(tableRow({u"合計"_s, u"45件"_s, u"99,550円"_s})));
    QVERIFY(municipal.contains(tableRow({u"合計"_s, u"10件"_s, u"22,770円"_s})));

    // Every output written is in the month's 印刷履歴, newest last, with what it printed.
    const QStandardItemModel* history = m_page->historyModel();
    QCOMPARE(history->rowCount(), 3);
    QCOMPARE(history->item(0, 4)->text(), u"55"_s);
    QCOMPARE(history->item(0, 5)->text(), u"122,320"_s);
    QCOMPARE(history->item(1, 5)->text(), u"22,770"_s);
    QCOMPARE(history->item(2, 3)->text(), u"2"_s);
    QCOMPARE(history->item(2, 1)->text(), ClaimOutputsPanel::tr("Claims per municipality (ticket attached)"));
}

void TstClaimPage::warnsBeforePrinting()
{
    vsys::core::ClaimInstitution institution = registeredInstitution();
    institution.representative.clear();
    // 2022年01月請求分 is due on 2022-01-11 (the 10th is 成人の日); this is the 12th.
    openPage(QDate(2022, 1, 12), institution);
    type(TicketSheet::Attached, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver), u"3"_s);

    QStringList fields;
    for (const vsys::core::Error& warning : m_page->checks(ClaimOutput::SummaryIncludingHome)) {
        fields << warning.field;
    }
    QCOMPARE(fields, (QStringList{u"institution.representative"_s, u"claim_month"_s}));

    QTest::mouseClick(m_page->findChild<QPushButton*>(u"summaryIncludingPushButton"_s), Qt::LeftButton);
    QVERIFY(m_page->messageBanner()->isVisible());
    const QString warning = m_page->messageBanner()->text();
    QVERIFY2(warning.contains(u"代表者氏名"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"2022年01月11日"_s), qPrintable(warning));
    QVERIFY(bannerButton(ClaimPage::tr("Print anyway")));

    // Correcting the header takes the warning away: it was about what is now changed.
    auto* representative = m_page->findChild<QLineEdit*>(u"representativeLineEdit"_s);
    representative->setFocus();
    representative->insert(u"院長 診子"_s);
    QVERIFY(!m_page->messageBanner()->isVisible());
    QVERIFY(!bannerButton(ClaimPage::tr("Print anyway")));
    QCOMPARE(m_page->claim().institution.representative, u"院長 診子"_s);
}

void TstClaimPage::keepsTypingAcrossARestart()
{
    openPage(QDate(2022, 3, 1));
    type(TicketSheet::Printed, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Printed, DoseKind::Vaccination, AgeBand::SixAndOver), u"12"_s);
    // The autosave comes within half a second, without leaving the page, as if the PC then lost power.
    QTest::qWait(700);
    const std::unique_ptr<ClaimPage> lost = std::move(m_page);

    openPage(QDate(2022, 3, 1));
    QCOMPARE(m_page->claim().count(TicketSheet::Printed, kChiyoda, DoseKind::Vaccination, AgeBand::SixAndOver,
                                   TimeBand::Regular),
             12);
}

void TstClaimPage::newMonthCarriesTheHeaderOver()
{
    openPage(QDate(2022, 2, 1));
    auto* representative = m_page->findChild<QLineEdit*>(u"representativeLineEdit"_s);
    representative->selectAll();
    typeText(representative, u"院長 次郎"_s);
    QVERIFY(m_page->flushAutosave());

    typeInto(m_page->findChild<QLineEdit*>(u"claimMonthEdit"_s), u"2022/03"_s);
    QCOMPARE(m_page->claim().claimMonth, QDate(2022, 3, 1));
    QCOMPARE(m_page->claim().vaccinationMonth, QDate(2022, 2, 1));
    QCOMPARE(m_page->claim().institution.representative, u"院長 次郎"_s);
    QCOMPARE(representative->text(), u"院長 次郎"_s);
}

void TstClaimPage::newFormatHasAfterHoursAndHolidayColumns()
{
    openPage(QDate(2022, 1, 5));
    QCOMPARE(m_page->claim().vaccinationMonth, QDate(2021, 12, 1));
    // 区分 × 年齢 × 時間帯, then 合計.
    QCOMPARE(m_page->countsModel(TicketSheet::Attached)->columnCount(), 13);
    QVERIFY(m_page->findChild<QLabel*>(u"formatNoteLabel"_s)->text().contains(u"2021/12/01"_s));

    const int home = ClaimCountsModel::kHomeRow;
    type(TicketSheet::Attached, home, column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver),
         u"50"_s);
    type(TicketSheet::Attached, home,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours), u"10"_s);
    type(TicketSheet::Attached, home,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Holiday), u"5"_s);

    // 2,277 + 730×1.1 = 3,080 (時間外) and 2,277 + 2,130×1.1 = 4,620 (休日).
    const QString text = exportText(ClaimOutput::SummaryIncludingHome);
    QVERIFY2(text.contains(u"2022年01月請求分"_s), qPrintable(text));
    QVERIFY(text.contains(tableRow({u"6歳以上(時間外)"_s, u"10"_s, u"30,800"_s})));
    QVERIFY(text.contains(tableRow({u"6歳以上(休日)"_s, u"5"_s, u"23,100"_s})));
    QVERIFY2(text.contains(tableRow({u"合計"_s, u"65件"_s, u"167,750円"_s})), qPrintable(text));
}

void TstClaimPage::returnedItemsAreAddedIntoTheMonth()
{
    openPage(QDate(2021, 4, 5));
    type(TicketSheet::Attached, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver), u"40"_s);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"addReturnedPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->returnedModel()->rowCount(), 1);
    vsys::core::ReturnedItem item = m_page->returnedModel()->items().constFirst();
    QCOMPARE(item.originalClaimMonth, QDate(2021, 3, 1));
    QCOMPARE(item.count.municipality, kChiyoda);
    item.count.kind = DoseKind::Vaccination;
    item.count.count = 10;
    m_page->returnedModel()->setItems({item});
    emit m_page->returnedModel()->itemsEdited();

    const QString text = exportText(ClaimOutput::SummaryIncludingHome);
    QVERIFY2(text.contains(tableRow({u"合計"_s, u"50件"_s, u"113,850円"_s})), qPrintable(text));
}

void TstClaimPage::refusesAnUnknownMunicipality()
{
    openPage(QDate(2022, 3, 1));
    const int rows = m_page->countsModel(TicketSheet::Attached)->rowCount();
    QLineEdit* code = m_page->picker(TicketSheet::Attached)->lineEdit();
    code->setFocus();
    QTest::keyClicks(code, u"131017"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(m_page->countsModel(TicketSheet::Attached)->rowCount(), rows);
    QCOMPARE(code->text(), u"131017"_s);
    QVERIFY(!m_page->picker(TicketSheet::Attached)->errorText().isEmpty());

    // 大阪市北区 is a ward: its residents' claims go to 大阪市, which the message names.
    code->clear();
    QTest::keyClicks(code, u"271276"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(m_page->countsModel(TicketSheet::Attached)->rowCount(), rows);
    QVERIFY2(m_page->picker(TicketSheet::Attached)->errorText().contains(u"大阪市（271004）"_s),
             qPrintable(m_page->picker(TicketSheet::Attached)->errorText()));
}

void TstClaimPage::showsTheBillingCodeAtTheTopFromTheRegistration()
{
    // The demo venue's registration: a 企業内診療所 (01) with its 保険医療機関コード, used by V-SYS ID 1310000017.
    const QJsonObject registration{{u"venue"_s,
                                    QJsonObject{{u"arrangement"_s, u"01"_s},
                                                {u"address"_s,
                                                 QJsonObject{{u"prefecture"_s, u"東京都"_s},
                                                             {u"municipality_code"_s, u"131016"_s},
                                                             {u"municipality"_s, u"千代田区"_s},
                                                             {u"street"_s, u"丸の内デモ1-2-3"_s}}}}},
                                   {u"institution"_s,
                                    QJsonObject{{u"name"_s, u"サンプル企業内診療所"_s},
                                                {u"representative"_s, u"院長 診子"_s},
                                                {u"insurance_code"_s, u"1310000011"_s}}}};
    m_page = std::make_unique<ClaimPage>(*m_database);
    m_page->resize(1366, 690);
    m_page->show();
    m_page->open(m_accountId, vsys::core::ClaimHeaderRules::fromRegistration(registration), QDate(2022, 3, 1));

    auto* code = m_page->findChild<QLineEdit*>(u"codeLineEdit"_s);
    QVERIFY(code->isVisible());
    QCOMPARE(code->text(), u"1310000011"_s);
    QVERIFY(code->text() != u"1310000017"_s);
    // At the top, above the tables, as on V-SYS's screen; its label says what it is.
    auto* tabs = m_page->findChild<QTabWidget*>(u"tabWidget"_s);
    QVERIFY(code->mapTo(m_page.get(), QPoint()).y() < tabs->mapTo(m_page.get(), QPoint()).y());
    auto* label = m_page->findChild<QLabel*>(u"codeLabel"_s);
    QCOMPARE(label->text(), u"請求用保険医療機関コード・介護保険事業所番号"_s);
    QCOMPARE(label->buddy(), code);
    QCOMPARE(m_page->claim().institution.address, u"東京都千代田区丸の内デモ1-2-3"_s);

    // Corrected at the top, it is what prints.
    typeInto(code, u"1310000029"_s);
    QCOMPARE(m_page->claim().institution.code, u"1310000029"_s);
    QVERIFY(exportText(ClaimOutput::SummaryIncludingHome).contains(u"1310000029"_s));

    // Without a code in the registration the field is blank, never the V-SYS ID.
    QJsonObject withoutCode = registration;
    withoutCode.insert(u"institution"_s, QJsonObject{{u"name"_s, u"サンプル企業内診療所"_s}});
    QVERIFY(vsys::core::ClaimHeaderRules::fromRegistration(withoutCode).institution.code.isEmpty());
}

void TstClaimPage::facilityTypeIsAChoice()
{
    openPage(QDate(2022, 3, 1));
    QVERIFY(!m_page->findChild<QLineEdit*>(u"facilityTypeLineEdit"_s));
    auto* facility = m_page->findChild<QComboBox*>(u"facilityTypeComboBox"_s);
    QVERIFY(facility);
    QVERIFY(!facility->isEditable());
    QCOMPARE(facility->currentText(), u"1"_s);
    m_page->findChild<QTabWidget*>(u"tabWidget"_s)->setCurrentIndex(3);
    facility->setFocus();
    QTest::keyClick(facility, Qt::Key_Down);
    QCOMPARE(m_page->claim().institution.facilityType, u"2"_s);
    QTest::keyClick(facility, Qt::Key_Home);
    QCOMPARE(m_page->claim().institution.facilityType, QString());
    QVERIFY(m_page->flushAutosave());
}

void TstClaimPage::rememberesAConfirmedCheckDigitWarning()
{
    vsys::core::ClaimInstitution institution = registeredInstitution();
    institution.code = u"1310000018"_s; // a 類似コード: its 検証番号 does not follow the Luhn rule
    openPage(QDate(2022, 3, 1), institution);
    type(TicketSheet::Attached, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver), u"3"_s);

    auto* summary = m_page->findChild<QPushButton*>(u"summaryIncludingPushButton"_s);
    QTest::mouseClick(summary, Qt::LeftButton);
    QVERIFY(m_page->messageBanner()->isVisible());
    QVERIFY2(m_page->messageBanner()->text().contains(u"1310000018"_s)
                 || m_page->messageBanner()->text().contains(u"検証番号"_s),
             qPrintable(m_page->messageBanner()->text()));
    // 「このまま印刷する」 opens the preview; closing it is enough to have confirmed the code.
    bool previewed = false;
    answerNextDialog([&previewed](QWidget*) { previewed = true; });
    QTest::mouseClick(bannerButton(ClaimPage::tr("Print anyway")), Qt::LeftButton);
    QVERIFY(previewed);

    // Not asked again: not on the next preview, nor after a restart.
    previewed = false;
    answerNextDialog([&previewed](QWidget*) { previewed = true; });
    QTest::mouseClick(summary, Qt::LeftButton);
    QVERIFY(previewed);
    QVERIFY(!m_page->messageBanner()->isVisible());
    openPage(QDate(2022, 3, 1), institution);
    QVERIFY(m_page->checks(ClaimOutput::SummaryIncludingHome).isEmpty());

    // Another code is another question.
    typeInto(m_page->findChild<QLineEdit*>(u"codeLineEdit"_s), u"1310000026"_s);
    QStringList fields;
    for (const vsys::core::Error& warning : m_page->checks(ClaimOutput::SummaryIncludingHome)) {
        fields << warning.field;
    }
    QCOMPARE(fields, QStringList{u"institution.code"_s});
}

void TstClaimPage::enterCommitsAndMovesDown()
{
    openPage(QDate(2022, 3, 1));
    QLineEdit* code = m_page->picker(TicketSheet::Attached)->lineEdit();
    typeInto(code, kOsaka);
    const int column = this->column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver);
    QTableView* view = m_page->countsView(TicketSheet::Attached);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(ClaimCountsModel::kHomeRow, column)).center());
    QCOMPARE(view->currentIndex().row(), ClaimCountsModel::kHomeRow);

    // A straight run of digits and Enter: 12⏎ into 同一市内, then the next row that takes a count (大阪市; the
    // それ以外の方 subtotal is skipped), 7⏎.
    QTest::keyClicks(view, u"1"_s);
    QTRY_VERIFY(view->findChild<QSpinBox*>());
    QTest::keyClicks(view->findChild<QSpinBox*>(), u"2"_s);
    QTest::keyClick(view->findChild<QSpinBox*>(), Qt::Key_Return);
    QTRY_COMPARE(view->currentIndex().row(), ClaimCountsModel::kFirstOtherRow);
    QTRY_VERIFY(!view->findChild<QSpinBox*>());
    QTest::keyClicks(view, u"7"_s);
    QTRY_VERIFY(view->findChild<QSpinBox*>());
    QTest::keyClick(view->findChild<QSpinBox*>(), Qt::Key_Return);
    QTRY_VERIFY(!view->findChild<QSpinBox*>());

    QCOMPARE(m_page->claim().count(TicketSheet::Attached, kChiyoda, DoseKind::Vaccination, AgeBand::SixAndOver,
                                   TimeBand::Regular),
             12);
    QCOMPARE(m_page->claim().count(TicketSheet::Attached, kOsaka, DoseKind::Vaccination, AgeBand::SixAndOver,
                                   TimeBand::Regular),
             7);
    QCOMPARE(view->currentIndex().row(), ClaimCountsModel::kFirstOtherRow);
}

void TstClaimPage::monthIsTyped()
{
    openPage(QDate(2022, 3, 1));
    auto* claimMonth = m_page->findChild<QLineEdit*>(u"claimMonthEdit"_s);
    QCOMPARE(claimMonth->text(), u"2022/03"_s);
    typeInto(claimMonth, u"2021年4月"_s);
    QCOMPARE(m_page->claim().claimMonth, QDate(2021, 4, 1));
    QCOMPARE(m_page->claim().vaccinationMonth, QDate(2021, 3, 1));
    QCOMPARE(claimMonth->text(), u"2021/04"_s);
    // Full-width from the IME, and the slash form.
    typeInto(claimMonth, u"２０２２／０２"_s);
    QCOMPARE(m_page->claim().claimMonth, QDate(2022, 2, 1));

    auto* vaccinationMonth = m_page->findChild<QLineEdit*>(u"vaccinationMonthEdit"_s);
    typeInto(vaccinationMonth, u"2021/12"_s);
    QCOMPARE(m_page->claim().vaccinationMonth, QDate(2021, 12, 1));
    QCOMPARE(m_page->countsModel(TicketSheet::Attached)->columnCount(), 13);

    // What is not a month is said so, naming the field, and the claim shown stays.
    typeInto(claimMonth, u"2021/13"_s);
    QCOMPARE(m_page->claim().claimMonth, QDate(2022, 2, 1));
    QCOMPARE(claimMonth->text(), u"2022/02"_s);
    QVERIFY(m_page->messageBanner()->isVisible());
    QVERIFY2(m_page->messageBanner()->text().contains(u"請求月"_s), qPrintable(m_page->messageBanner()->text()));
}

void TstClaimPage::arrowKeysNeverSwitchTheClaim()
{
    // Two saved months: ↑/↓ in the month used to step to the other one's claim without a word.
    openPage(QDate(2022, 3, 1));
    type(TicketSheet::Attached, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver), u"3"_s);
    QVERIFY(m_page->flushAutosave());
    auto* claimMonth = m_page->findChild<QLineEdit*>(u"claimMonthEdit"_s);
    typeInto(claimMonth, u"2022/04"_s);
    QCOMPARE(m_page->claim().claimMonth, QDate(2022, 4, 1));

    QTest::mouseClick(claimMonth, Qt::LeftButton);
    for (Qt::Key key : {Qt::Key_Up, Qt::Key_Down, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown}) {
        QTest::keyClick(claimMonth, key);
    }
    QTest::keyClick(claimMonth, Qt::Key_Tab);
    QCOMPARE(m_page->claim().claimMonth, QDate(2022, 4, 1));
    QCOMPARE(claimMonth->text(), u"2022/04"_s);
}

void TstClaimPage::footHasTheSeedsButtons()
{
    openPage(QDate(2022, 3, 1));
    // 保存 and the four outputs are buttons, as on the seed's screen; no radio button chooses an output.
    QVERIFY(m_page->findChildren<QRadioButton*>().isEmpty());
    const QStringList names{u"savePushButton"_s, u"summaryIncludingPushButton"_s, u"summaryExcludingPushButton"_s,
                            u"municipalAttachedPushButton"_s, u"municipalPrintedPushButton"_s};
    for (const QString& name : names) {
        auto* button = m_page->findChild<QPushButton*>(name);
        QVERIFY2(button && button->isVisible(), qPrintable(name));
        QVERIFY(m_page->rect().contains(QRect(button->mapTo(m_page.get(), QPoint()), button->size())));
    }
    QCOMPARE(m_page->findChild<QPushButton*>(u"savePushButton"_s)->text(), u"保存"_s);
    QCOMPARE(m_page->findChild<QPushButton*>(u"summaryIncludingPushButton"_s)->text(),
             ClaimOutputsPanel::tr("Claim summary (including residents of the same municipality)"));

    // 保存 writes what was typed at once.
    type(TicketSheet::Attached, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver), u"9"_s);
    QCOMPARE(m_page->saveState(), vsys::app::SaveState::Unsaved);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->saveState(), vsys::app::SaveState::Saved);
    QCOMPARE(m_page->saveStateLabel()->text(), u"保存済み"_s);
    const auto saved = vsys::db::ClaimStore(*m_database).claim(m_accountId, QDate(2022, 3, 1));
    QVERIFY(saved && *saved);
    QCOMPARE(
        (*saved)->count(TicketSheet::Attached, kChiyoda, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular),
        9);
}

void TstClaimPage::autosaveSaysSaved()
{
    // The claim used to be saved without a word; the frame's header now says where typing stands.
    openPage(QDate(2022, 3, 1));
    QVERIFY(m_page->saveStateLabel()->text().isEmpty());
    type(TicketSheet::Printed, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Printed, DoseKind::Vaccination, AgeBand::SixAndOver), u"4"_s);
    QCOMPARE(m_page->saveStateLabel()->text(), vsys::app::SaveStateLabel::textFor(vsys::app::SaveState::Unsaved));
    QTRY_COMPARE(m_page->saveStateLabel()->text(), u"保存済み"_s);
    QVERIFY(m_page->saveStateLabel()->isVisible());
    const auto saved = vsys::db::ClaimStore(*m_database).claim(m_accountId, QDate(2022, 3, 1));
    QVERIFY(saved && *saved);
}

void TstClaimPage::othersHaveASubtotalRow()
{
    openPage(QDate(2021, 4, 5));
    const ClaimCountsModel* model = m_page->countsModel(TicketSheet::Attached);
    QCOMPARE(model->headerData(ClaimCountsModel::kOthersRow, Qt::Vertical).toString(), u"それ以外の方"_s);
    typeInto(m_page->picker(TicketSheet::Attached)->lineEdit(), kOsaka);
    typeInto(m_page->picker(TicketSheet::Attached)->lineEdit(), u"011002"_s); // 札幌市
    const int vaccination = column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver);
    type(TicketSheet::Attached, ClaimCountsModel::kHomeRow, vaccination, u"40"_s);
    type(TicketSheet::Attached, model->rowOf(kOsaka), vaccination, u"10"_s);
    type(TicketSheet::Attached, model->rowOf(u"011002"_s), vaccination, u"5"_s);
    QCOMPARE(row(TicketSheet::Attached, ClaimCountsModel::kOthersRow), (QList<qint64>{0, 0, 0, 15, 15}));
    QCOMPARE(row(TicketSheet::Attached, ClaimCountsModel::kTotalRow), (QList<qint64>{0, 0, 0, 55, 55}));
    // A subtotal is not typed into.
    QVERIFY(!(model->index(ClaimCountsModel::kOthersRow, vaccination).flags() & Qt::ItemIsEditable));
}

void TstClaimPage::newFormatHeaderIsGroupedAndFits()
{
    openPage(QDate(2022, 1, 5));
    QTableView* view = m_page->countsView(TicketSheet::Attached);
    auto* header = qobject_cast<vsys::app::GroupedHeaderView*>(view->horizontalHeader());
    QVERIFY(header);
    const int afterHours
        = column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours);
    QCOMPARE(header->levels(afterHours), (QStringList{u"接種"_s, u"6歳以上(回)"_s, u"時間外"_s}));
    QCOMPARE(header->levels(m_page->countsModel(TicketSheet::Attached)->totalColumn()), QStringList{u"合計"_s});
    // Three label rows, so a column is as narrow as 「時間外」 or its count.
    QVERIFY(header->height() >= 3 * header->fontMetrics().height());

    // 合計 is on screen without scrolling sideways, at 100 % and (run with QT_SCALE_FACTOR=1.25) at 125 %.
    const int total = m_page->countsModel(TicketSheet::Attached)->totalColumn();
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    const int right = header->sectionViewportPosition(total) + header->sectionSize(total);
    QVERIFY2(right <= view->viewport()->width(),
             qPrintable(u"合計 ends at %1 of %2"_s.arg(right).arg(view->viewport()->width())));
}

void TstClaimPage::returnedMonthsReadAsTheForms()
{
    openPage(QDate(2021, 4, 5));
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"addReturnedPushButton"_s), Qt::LeftButton);
    // The month as the forms and the rest of the screen write it: 2021年03月, not 2021/03.
    QCOMPARE(m_page->returnedModel()->index(0, 0).data().toString(), u"2021年03月"_s);
    QVERIFY(exportText(ClaimOutput::SummaryIncludingHome).contains(u"2021年04月請求分"_s));
}

void TstClaimPage::removingAReturnedItemAsksNamingIt()
{
    openPage(QDate(2021, 4, 5));
    m_page->findChild<QTabWidget*>(u"tabWidget"_s)->setCurrentIndex(2);
    auto* add = m_page->findChild<QPushButton*>(u"addReturnedPushButton"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_page->returnedModel()->rowCount(), 1);
    auto* remove = m_page->findChild<QPushButton*>(u"removeReturnedPushButton"_s);

    QString question;
    answerNextDialog([&question](QWidget* dialog) { question = static_cast<QMessageBox*>(dialog)->text(); },
                     QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(question.contains(u"2021年03月"_s) && question.contains(u"千代田区"_s), qPrintable(question));
    QCOMPARE(m_page->returnedModel()->rowCount(), 1);

    answerNextDialog([](QWidget*) {}, QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_page->returnedModel()->rowCount(), 0);
}

void TstClaimPage::printPreviewOpensAtFitWidth()
{
    openPage(QDate(2022, 3, 1));
    type(TicketSheet::Attached, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver), u"3"_s);
    QPrintPreviewWidget::ZoomMode zoom = QPrintPreviewWidget::CustomZoom;
    qreal factor = 0;
    answerNextDialog([&zoom, &factor](QWidget* dialog) {
        if (auto* preview = dialog->findChild<QPrintPreviewWidget*>()) {
            zoom = preview->zoomMode();
            factor = preview->zoomFactor();
        }
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"summaryIncludingPushButton"_s), Qt::LeftButton);
    QCOMPARE(zoom, QPrintPreviewWidget::FitToWidth);
    // A page as wide as the window allows: fitting the width of a small dialog still showed it at about 50 %.
    QVERIFY2(factor >= 0.9, qPrintable(QString::number(factor)));
}

void TstClaimPage::batchShowsProgressAndStopsWithinOneSheet()
{
    // 一括出力 of 600 市区町村別請求書, as a month's typing would have left them, saved before the page opens.
    constexpr int kMunicipalities = 600;
    auto claim = vsys::core::MonthlyClaim::start(QDate(2022, 1, 1), kChiyoda, registeredInstitution());
    const vsys::core::MunicipalityDirectory& directory = vsys::core::MunicipalityDirectory::builtIn();
    int added = 0;
    for (const vsys::core::Municipality& municipality : directory.all()) {
        if (added < kMunicipalities && !municipality.isPrefecture() && !directory.cityOfWard(municipality.code)) {
            claim.setCount(TicketSheet::Attached, municipality.code, DoseKind::Vaccination, AgeBand::SixAndOver,
                           TimeBand::Regular, added % 7 + 1);
            ++added;
        }
    }
    QVERIFY(vsys::db::ClaimStore(*m_database).save(m_accountId, claim, QDateTime::currentDateTimeUtc()).ok());
    openPage(QDate(2022, 1, 5));
    const auto pages = vsys::print::ClaimPrintouts::output(m_page->claim(), ClaimOutput::MunicipalAttached, directory);
    QVERIFY(pages.ok());
    const int sheets = int(pages->sheets.size());
    QVERIFY2(sheets >= kMunicipalities, qPrintable(QString::number(sheets)));

    // Watches the page while the batch runs, as the clerk would: when the dialog shows, what it counts, and 中止
    // clicked once it has shown five sheets. The watch firing at all is the window staying responsive.
    const QString path = m_dir->filePath(u"batch.pdf"_s);
    QElapsedTimer sinceSaving;
    qint64 visibleAfter = -1;
    QList<int> shown;
    int shownAtStop = -1;
    QTimer watch;
    watch.setInterval(5);
    connect(&watch, &QTimer::timeout, this, [&] {
        auto* dialog = m_page->findChild<QProgressDialog*>();
        if (!dialog || !sinceSaving.isValid()) {
            return;
        }
        if (auto* bar = dialog->findChild<QProgressBar*>(); bar && bar->property("watched").isNull()) {
            bar->setProperty("watched", true);
            connect(bar, &QProgressBar::valueChanged, this, [&shown](int value) {
                if (value > 0) {
                    shown.append(value);
                }
            });
        }
        if (dialog->isVisible() && visibleAfter < 0) {
            visibleAfter = sinceSaving.elapsed();
        }
        if (dialog->isVisible() && shownAtStop < 0 && dialog->value() >= 5) {
            // The GUI thread busy for a moment (a large repaint) just before the click: the batch must not run on
            // ahead of what the dialog shows.
            QElapsedTimer busy;
            busy.start();
            while (busy.elapsed() < 100) {}
            shownAtStop = dialog->value();
            // VSYS_SHOT_DIR=... keeps the dialog as the clerk sees it, over the page.
            if (const QString dir = qEnvironmentVariable("VSYS_SHOT_DIR"); !dir.isEmpty()) {
                QImage shot = m_page->grab().toImage();
                QPainter(&shot).drawPixmap(dialog->mapTo(m_page.get(), QPoint()), dialog->grab());
                shot.save(QDir(dir).filePath(u"claim-batch-progress.png"_s));
            }
            for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
                if (button->text() == vsys::app::PrintoutWorker::tr("Stop")) {
                    QTest::mouseClick(button, Qt::LeftButton);
                }
            }
        }
    });
    watch.start();
    answerNextDialog([&](QWidget* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        QVERIFY2(files, dialog->metaObject()->className());
        files->selectFile(path);
        sinceSaving.start();
        QMetaObject::invokeMethod(files, &QDialog::accept);
    });
    m_page->outputs()->pdfAction(ClaimOutput::MunicipalAttached)->trigger();
    if (QPushButton* anyway = bannerButton(ClaimPage::tr("Save as PDF anyway"))) {
        QTest::mouseClick(anyway, Qt::LeftButton);
    }
    watch.stop();

    QVERIFY2(visibleAfter >= 0 && visibleAfter <= 500, qPrintable(QString::number(visibleAfter)));
    QVERIFY(shownAtStop >= 5);
    // Every sheet shown from the first, in order, none after the one the batch stopped at.
    QVERIFY(!shown.isEmpty());
    for (int i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown.at(i), i + 1);
    }
    // Stopped at the sheet shown when 中止 was clicked, or the one being drawn then.
    const QString stoppedAtShown
        = vsys::print::ClaimBatchPrinter::tr("Printing was cancelled after %1 of %2 claim sheets.")
              .arg(shownAtStop)
              .arg(sheets);
    const QString stoppedAtNext
        = vsys::print::ClaimBatchPrinter::tr("Printing was cancelled after %1 of %2 claim sheets.")
              .arg(shownAtStop + 1)
              .arg(sheets);
    const QString banner = m_page->messageBanner()->text();
    QVERIFY2(banner == stoppedAtShown || banner == stoppedAtNext, qPrintable(banner));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList({u"batch*"_s}, QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(!m_page->findChild<QProgressDialog*>());
}

void TstClaimPage::screenshots()
{
    // VSYS_SHOT_DIR=... keeps the new-format claim as a clerk sees it (README, issue 13); without it only renders.
    openPage(QDate(2022, 1, 5));
    typeInto(m_page->picker(TicketSheet::Attached)->lineEdit(), kOsaka);
    type(TicketSheet::Attached, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver), u"50"_s);
    type(TicketSheet::Attached, ClaimCountsModel::kHomeRow,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Holiday), u"5"_s);
    type(TicketSheet::Attached, ClaimCountsModel::kFirstOtherRow,
         column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours), u"12"_s);
    QTRY_COMPARE(m_page->saveState(), vsys::app::SaveState::Saved);
    const QString dir = qEnvironmentVariable("VSYS_SHOT_DIR");
    const QString scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? u"125"_s : u"100"_s;
    const auto keep = [&](const QString& name) {
        const QImage shot = m_page->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!dir.isEmpty()) {
            QVERIFY(shot.save(QDir(dir).filePath(u"claim-%1-%2.png"_s.arg(name, scale))));
        }
    };
    keep(u"new-format"_s);
    auto* tabs = m_page->findChild<QTabWidget*>(u"tabWidget"_s);
    tabs->setCurrentIndex(3);
    keep(u"institution"_s);
    tabs->setCurrentIndex(0);
    // The 印刷前の確認 of a code not yet entered.
    auto* code = m_page->findChild<QLineEdit*>(u"codeLineEdit"_s);
    code->selectAll();
    QTest::keyClick(code, Qt::Key_Backspace);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"summaryExcludingPushButton"_s), Qt::LeftButton);
    QVERIFY(m_page->messageBanner()->isVisible());
    keep(u"checks"_s);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstClaimPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstClaimPage.moc"
