// SPDX-License-Identifier: MIT
// 一括出力: the 市区町村別請求書 of the first 200 municipalities of the 全国地方公共団体コード一覧 (札幌市 to
// 五所川原市) written to one PDF, one page per sheet and numbered over the whole batch, read back with
// pdfinfo and pdftotext; and a batch stopped at its third sheet, which must leave no file behind. The batch of
// every municipality is timed in bench/ClaimBatchBench.
#include "core/Translator.h"
#include "print/ClaimBatchPrinter.h"
#include "print/ClaimSheet.h"
#include "print/MunicipalityClaimDocument.h"
#include "print/PdfExporter.h"
#include "print/PrintStyle.h"
#include "support/EveryMunicipality.h"
#include "support/PdfTools.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::print::ClaimBatchPrinter;
using vsys::print::ClaimSheet;
using vsys::print::MunicipalityClaimDocument;
using vsys::print::PdfExporter;
using vsys::print::PrintStyle;
using namespace vsys::print::test;

namespace {

constexpr int kSheets = 200;

} // namespace

class TstClaimBatchPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onePagePerSheetNumberedOverTheBatch();
    void cancelledBatchLeavesNoFile();
    void cancelledBatchKeepsTheExistingFile();
    void reportsAFolderItCannotWriteTo();
    void printsOnAPrinter();

private:
    QList<vsys::print::ClaimSheet> m_sheets;
    QTemporaryDir m_dir;
};

void TstClaimBatchPrinter::initTestCase()
{
    const QList<ClaimSheet> every = MunicipalityClaimDocument::sheets(everyMunicipality());
    // Every row of the list but the 47 prefectures and the 171 wards of the 20 政令指定都市.
    QCOMPARE(every.size(), 1747);
    m_sheets = every.mid(0, kSheets);
}

void TstClaimBatchPrinter::onePagePerSheetNumberedOverTheBatch()
{
    const QString path = m_dir.filePath(u"batch.pdf"_s);
    QList<int> done;
    const auto written
        = ClaimBatchPrinter::writePdf(MunicipalityClaimDocument::title(), m_sheets, path, [&](int sheet, int total) {
              done.append(sheet);
              return total == kSheets;
          });
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(*written, kSheets);
    QCOMPARE(pdfPageCount(path), kSheets);
    QList<int> expected;
    for (int sheet = 1; sheet <= kSheets; ++sheet) {
        expected.append(sheet);
    }
    QCOMPARE(done, expected);

    // Sheet 1: 札幌市, 1 dose at 2,277円 (2,070円 + 10%).
    const QString first = pdfText(path, 1, 1);
    QVERIFY(first.contains(MunicipalityClaimDocument::addressee(u"札幌市"_s)));
    QVERIFY(first.contains(MunicipalityClaimDocument::tr("Municipality number %1").arg(u"011002"_s)));
    QVERIFY(hasRow(first, {u"6歳以上"_s, u"1"_s, u"2,277"_s}));
    QVERIFY2(hasRow(first, {ClaimSheet::tr("Total"), u"1件"_s, u"2,277円"_s}), qPrintable(first));
    QVERIFY(first.contains(tableRow({u"1 / 200"_s})));
    QVERIFY(!first.contains(MunicipalityClaimDocument::addressee(u"札幌市中央区"_s)));

    // Sheet 200, the batch's last: 鰺ヶ沢町, 199 % 7 + 1 = 4 doses.
    const QString last = pdfText(path, kSheets, kSheets);
    QVERIFY(last.contains(MunicipalityClaimDocument::addressee(u"鰺ヶ沢町"_s)));
    QVERIFY(last.contains(MunicipalityClaimDocument::tr("Municipality number %1").arg(u"023213"_s)));
    QVERIFY(hasRow(last, {u"6歳以上"_s, u"4"_s, u"9,108"_s}));
    QVERIFY2(hasRow(last, {ClaimSheet::tr("Total"), u"4件"_s, u"9,108円"_s}), qPrintable(last));
    QVERIFY(last.contains(tableRow({u"200 / 200"_s})));
}

void TstClaimBatchPrinter::cancelledBatchLeavesNoFile()
{
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    QList<int> done;
    const auto written = ClaimBatchPrinter::writePdf(MunicipalityClaimDocument::title(), m_sheets.mid(0, 10), path,
                                                     [&](int sheet, int) {
                                                         done.append(sheet);
                                                         return sheet < 3;
                                                     });
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, vsys::core::ErrorCode::Cancelled);
    QCOMPARE(written.error().message,
             ClaimBatchPrinter::tr(
                 "The PDF file %1 was not saved because saving was cancelled. Save it again to get every claim sheet.")
                 .arg(QDir::toNativeSeparators(path)));
    QCOMPARE(done, QList<int>({1, 2, 3}));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}, QDir::Files | QDir::Hidden), QStringList());
}

void TstClaimBatchPrinter::cancelledBatchKeepsTheExistingFile()
{
    const QString path = m_dir.filePath(u"existing.pdf"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("last month's claims");
    }
    const auto written = ClaimBatchPrinter::writePdf(MunicipalityClaimDocument::title(), m_sheets.mid(0, 10), path,
                                                     [](int sheet, int) { return sheet < 3; });
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, vsys::core::ErrorCode::Cancelled);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("last month's claims"));
    QCOMPARE(QDir(m_dir.path()).entryList({u"existing*"_s}, QDir::Files | QDir::Hidden),
             QStringList({u"existing.pdf"_s}));
}

void TstClaimBatchPrinter::reportsAFolderItCannotWriteTo()
{
    const QString path = m_dir.filePath(u"missing/batch.pdf"_s);
    const auto written = ClaimBatchPrinter::writePdf(MunicipalityClaimDocument::title(), m_sheets.mid(0, 2), path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, vsys::core::ErrorCode::Storage);
    QCOMPARE(written.error().message,
             PdfExporter::tr("Could not save the PDF file %1. Choose a folder you can write to and try again.")
                 .arg(QDir::toNativeSeparators(path)));
}

void TstClaimBatchPrinter::printsOnAPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(u"printer.pdf"_s);
    printer.setOutputFileName(path);
    PrintStyle::applyPageLayout(printer);

    const auto printed = ClaimBatchPrinter::print(MunicipalityClaimDocument::title(), m_sheets.mid(0, 3), printer);

    QVERIFY(printed.ok());
    QCOMPARE(*printed, 3);
    QCOMPARE(printer.docName(), MunicipalityClaimDocument::title());
    QCOMPARE(pdfPageCount(path), 3);
    // Sheet 3, 小樽市 (012033): 3 doses.
    const QString third = pdfText(path, 3, 3);
    QVERIFY(third.contains(MunicipalityClaimDocument::addressee(u"小樽市"_s)));
    QVERIFY(hasRow(third, {u"6歳以上"_s, u"3"_s, u"6,831"_s}));
    QVERIFY(third.contains(tableRow({u"3 / 3"_s})));
}

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstClaimBatchPrinter test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstClaimBatchPrinter.moc"
