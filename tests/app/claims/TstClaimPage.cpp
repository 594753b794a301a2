// SPDX-License-Identifier: MIT
// 国保連提出用請求総括書・市区町村別請求書の作成 driven as a clinic's clerk would, offscreen and in Japanese: counts
// typed into the table's spin boxes, a municipality added by its code, the four outputs written as PDF and read
// back with pdftotext, the checks before printing, the autosave across a restart, the 返戻分 and the new format's
// 時間外・休日 columns. The page's own captions are compared through tr(); figures and printed text exactly.
#include "app/claims/ClaimCountsModel.h"
#include "app/claims/ClaimPage.h"
#include "app/claims/MunicipalityPicker.h"
#include "app/claims/ReturnedItemsModel.h"
#include "app/common/MessageBanner.h"
#include "core/Translator.h"
#include "db/AccountRepository.h"
#include "db/Database.h"
#include "tests/print/support/PdfTools.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using vsys::app::ClaimCountsModel;
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

private:
    void openPage(QDate today, vsys::core::ClaimInstitution institution = registeredInstitution());
    void type(TicketSheet sheet, int row, int column, const QString& keys);
    int column(TicketSheet sheet, DoseKind kind, AgeBand age, TimeBand time = TimeBand::Regular) const;
    QList<qint64> row(TicketSheet sheet, int row) const;
    /// The selected output written as PDF; its text.
    QString exportText(ClaimOutput output);

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
    m_page->resize(1240, 700);
    m_page->show();
    m_page->open(m_accountId, institution, kChiyoda, today);
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
    m_page->selectOutput(output);
    const QString path = m_dir->filePath(u"claim-%1.pdf"_s.arg(++m_exports));
    const auto written = m_page->exportPdf(path);
    if (!written) {
        qWarning() << written.error().message;
        return {};
    }
    return pdfText(path);
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
    QCOMPARE(osaka, 2);
    QCOMPARE(m_page->countsModel(TicketSheet::Attached)->headerData(osaka, Qt::Vertical).toString(),
             u"271004　大阪市"_s);
    type(TicketSheet::Attached, osaka, column(TicketSheet::Attached, DoseKind::Vaccination, AgeBand::SixAndOver),
         u"10"_s);

    // 総数: 予診のみ 6歳未満, 6歳以上, 接種 6歳未満, 6歳以上, 合計.
    QCOMPARE(row(TicketSheet::Attached, ClaimCountsModel::kTotalRow), (QList<qint64>{0, 5, 0, 50, 55}));
    QCOMPARE(row(TicketSheet::Attached, home), (QList<qint64>{0, 5, 0, 40, 45}));
    QVERIFY(m_page->checks(ClaimOutput::SummaryIncludingHome).isEmpty());
    // What the selected output would print, updated as the counts are typed.
    const auto* total = m_page->findChild<QLabel*>(u"outputTotalLabel"_s);
    QCOMPARE(total->text(), ClaimPage::tr("%1 sheet(s): %2 claims, %3 yen").arg(1).arg(u"55"_s, u"122,320"_s));
    m_page->selectOutput(ClaimOutput::MunicipalAttached);
    QCOMPARE(total->text(), ClaimPage::tr("%1 sheet(s): %2 claims, %3 yen").arg(2).arg(u"55"_s, u"122,320"_s));
    m_page->selectOutput(ClaimOutput::MunicipalPrinted);
    QCOMPARE(total->text(), ClaimPage::tr("%1 sheet(s): %2 claims, %3 yen").arg(0).arg(u"0"_s, u"0"_s));

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
    QCOMPARE(history->item(2, 1)->text(), ClaimPage::tr("Claims per municipality (ticket attached)"));
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

    QTest::mouseClick(m_page->findChild<QPushButton*>(u"pdfPushButton"_s), Qt::LeftButton);
    QVERIFY(m_page->checkBanner()->isVisible());
    const QString warning = m_page->checkBanner()->text();
    QVERIFY2(warning.contains(u"代表者氏名"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"2022年01月11日"_s), qPrintable(warning));
    auto* proceed = m_page->findChild<QPushButton*>(u"continuePushButton"_s);
    QVERIFY(proceed->isVisible());
    QCOMPARE(proceed->text(), ClaimPage::tr("Save as PDF anyway"));

    // Correcting the header takes the warning away: it was about what is now changed.
    auto* representative = m_page->findChild<QLineEdit*>(u"representativeLineEdit"_s);
    representative->setFocus();
    representative->insert(u"院長 診子"_s);
    QVERIFY(!m_page->checkBanner()->isVisible());
    QVERIFY(!proceed->isVisible());
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
    auto* facility = m_page->findChild<QLineEdit*>(u"facilityTypeLineEdit"_s);
    facility->selectAll();
    QTest::keyClicks(facility, u"2"_s);
    QVERIFY(m_page->saveNow());

    auto* month = m_page->findChild<QDateEdit*>(u"claimMonthEdit"_s);
    month->setDate(QDate(2022, 3, 1));
    QCOMPARE(m_page->claim().claimMonth, QDate(2022, 3, 1));
    QCOMPARE(m_page->claim().vaccinationMonth, QDate(2022, 2, 1));
    QCOMPARE(m_page->claim().institution.facilityType, u"2"_s);
    QCOMPARE(facility->text(), u"2"_s);
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
