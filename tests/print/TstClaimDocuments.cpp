// SPDX-License-Identifier: MIT
// 請求総括書 and 市区町村別請求書: the briefing's old-format example (2021年04月請求分) and a new-format month,
// computed by BillingCalculator, written to one PDF and read back with pdftotext under the Japanese
// translation. The forms' own captions are compared through tr() (their Japanese arrives with the
// translation file); names, months and amounts as the user reads them.
#include "core/Translator.h"
#include "core/billing/BillingCalculator.h"
#include "print/ClaimBatchPrinter.h"
#include "print/ClaimSheet.h"
#include "print/ClaimSummaryDocument.h"
#include "print/MunicipalityClaimDocument.h"
#include "support/PdfTools.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::print::test::hasRow;
using namespace vsys::core;
using vsys::print::ClaimPrintout;
using vsys::print::ClaimSheet;
using vsys::print::ClaimSummaryDocument;
using vsys::print::MunicipalityClaimDocument;

namespace {

const QString kChiyoda = u"131016"_s;
const QString kOsaka = u"271004"_s;

/// The briefing's 請求総括書 (接種・6歳以上 50件 113,850円, 予診のみ・6歳以上 5件 8,470円, 合計 122,320円),
/// its 50 doses split between 千代田区 and 大阪市 so that the 大阪市 sheet is the briefing's 22,770円 one.
ClaimPrintout briefingOldFormat()
{
    ClaimPrintout printout;
    printout.claimMonth = QDate(2021, 4, 1);
    printout.vaccinationMonth = QDate(2021, 3, 1);
    const auto statement
        = BillingCalculator().compute(printout.claimMonth, printout.vaccinationMonth,
                                      {{kChiyoda, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 40},
                                       {kOsaka, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 10},
                                       {kChiyoda, DoseKind::ScreeningOnly, AgeBand::SixAndOver, TimeBand::Regular, 5}});
    if (!statement.ok()) {
        qWarning() << statement.error().message;
        return printout;
    }
    printout.statement = *statement;
    printout.institution = {u"東京都"_s,     u"東京都千代田区千代田1-1"_s, u"山田 太郎"_s, u"03-0000-0000"_s, u"1"_s,
                            u"1310000017"_s, u"サンプル診療所 <本院>"_s};
    printout.municipalityNames = {{kChiyoda, u"千代田区"_s}, {kOsaka, u"大阪市"_s}};
    return printout;
}

/// The 請求総括書 and every 市区町村別請求書 as one PDF, as pdftotext -layout reads it (pages split at form feeds).
QStringList
printedPages(const ClaimPrintout& printout, QString* fonts = nullptr, QString* info = nullptr, QString* boxes = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"claim.pdf"_s);
    const auto written = vsys::print::ClaimBatchPrinter::writePdf(
        ClaimSummaryDocument::title(),
        QList<ClaimSheet>{ClaimSummaryDocument::sheet(printout)} + MunicipalityClaimDocument::sheets(printout), path);
    if (!written) {
        qWarning() << written.error().message;
        return {};
    }
    if (fonts) {
        *fonts = vsys::print::test::pdfFonts(path);
    }
    if (info) {
        *info = vsys::print::test::pdfInfo(path);
    }
    if (boxes) {
        *boxes = vsys::print::test::pdfBoxes(path);
    }
    QStringList pages = vsys::print::test::pdfText(path).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

} // namespace

class TstClaimDocuments : public QObject
{
    Q_OBJECT

private slots:
    void summaryThenOneSheetPerMunicipality();
    void summaryHeaderAndAmounts();
    void municipalitySheetsCarryTheirOwnRows();
    void oldFormatRecipientCategoryCircled();
    void newFormatHasAfterHoursAndHolidayRows();
    void homeMunicipalityChecked();
    void embedsOnlyIpaFonts();
    void everyValuePrintsAsTyped();
    void aLongNameStaysInItsBox();
};

void TstClaimDocuments::summaryThenOneSheetPerMunicipality()
{
    const QStringList pages = printedPages(briefingOldFormat());
    QCOMPARE(pages.size(), 3);
    QVERIFY(pages.at(0).contains(ClaimSummaryDocument::addressee(u"東京都"_s)));
    QVERIFY(pages.at(1).contains(MunicipalityClaimDocument::addressee(u"千代田区"_s)));
    QVERIFY(pages.at(2).contains(MunicipalityClaimDocument::addressee(u"大阪市"_s)));
    QVERIFY(!pages.at(0).contains(MunicipalityClaimDocument::addressee(u"千代田区"_s)));
    QVERIFY(pages.at(2).contains(MunicipalityClaimDocument::tr("Municipality number %1").arg(kOsaka)));
}

void TstClaimDocuments::summaryHeaderAndAmounts()
{
    const QString summary = printedPages(briefingOldFormat()).value(0);
    QVERIFY(hasRow(summary, {ClaimSheet::tr("Address of the medical institution"), u"東京都千代田区千代田1-1"_s}));
    QVERIFY(hasRow(summary, {ClaimSheet::tr("Name of the representative"), u"山田 太郎"_s}));
    QVERIFY(hasRow(summary, {ClaimSheet::tr("Telephone number"), u"03-0000-0000"_s}));
    QVERIFY(hasRow(summary, {ClaimSummaryDocument::tr("Facility category"), u"1"_s}));
    QVERIFY(hasRow(summary, {ClaimSummaryDocument::tr("Medical institution number (10 digits)"), u"1310000017"_s}));
    QVERIFY(summary.contains(ClaimSheet::tr("Claim for %1").arg(u"2021年04月"_s)));
    QVERIFY(summary.contains(ClaimSummaryDocument::title()));

    QVERIFY(hasRow(summary, {u"6歳以上"_s, u"5"_s, u"8,470"_s}));
    QVERIFY(hasRow(summary, {u"6歳以上"_s, u"50"_s, u"113,850"_s}));
    QVERIFY(hasRow(summary, {ClaimSheet::tr("Subtotal"), u"50"_s, u"113,850"_s}));
    QVERIFY(hasRow(summary, {ClaimSheet::tr("Total"), u"55件"_s, u"122,320円"_s}));
    // Rows nobody entered print 0, as on the form; the old format has no 時間外・休日 rows.
    QCOMPARE(summary.count(QRegularExpression(u"6歳未満\\s+0\\s+0\\s"_s)), 2);
    QVERIFY(!summary.contains(u"時間外"_s));
    // 〔単価（税抜き）〕 as on the form.
    QVERIFY(hasRow(summary, {u"6歳未満"_s, u"2,200円"_s}));
    QVERIFY(hasRow(summary, {u"6歳以上"_s, u"2,070円"_s}));
}

void TstClaimDocuments::municipalitySheetsCarryTheirOwnRows()
{
    const QStringList pages = printedPages(briefingOldFormat());
    QVERIFY(hasRow(pages.value(1), {u"6歳以上"_s, u"40"_s, u"91,080"_s}));
    QVERIFY(hasRow(pages.value(1), {ClaimSheet::tr("Total"), u"45件"_s, u"99,550円"_s}));
    QVERIFY(hasRow(pages.value(2), {u"6歳以上"_s, u"10"_s, u"22,770"_s}));
    QVERIFY(hasRow(pages.value(2), {ClaimSheet::tr("Total"), u"10件"_s, u"22,770円"_s}));
    QVERIFY(!pages.value(2).contains(u"113,850"_s));
    QVERIFY(pages.value(2).contains(ClaimSheet::tr("Claim for %1").arg(u"2021年04月"_s)));
}

void TstClaimDocuments::oldFormatRecipientCategoryCircled()
{
    ClaimPrintout printout = briefingOldFormat();
    const QString unmarked = printedPages(printout).value(1);
    QVERIFY(hasRow(unmarked,
                   {MunicipalityClaimDocument::tr("Recipient category"),
                    MunicipalityClaimDocument::tr("%1 without coupon / %2 with coupon").arg(u"1"_s, u"2"_s)}));
    printout.couponAttached = true;
    const QString withCoupon = printedPages(printout).value(1);
    QVERIFY(
        withCoupon.contains(MunicipalityClaimDocument::tr("%1 without coupon / %2 with coupon").arg(u"1"_s, u"②"_s)));
    QVERIFY(!withCoupon.contains(MunicipalityClaimDocument::tr("Facility category")));
}

void TstClaimDocuments::newFormatHasAfterHoursAndHolidayRows()
{
    ClaimPrintout printout = briefingOldFormat();
    printout.claimMonth = QDate(2022, 1, 1);
    printout.vaccinationMonth = QDate(2021, 12, 1);
    const auto statement
        = BillingCalculator().compute(printout.claimMonth, printout.vaccinationMonth,
                                      {{kChiyoda, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours, 50},
                                       {kChiyoda, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Holiday, 5}});
    QVERIFY(statement.ok());
    printout.statement = *statement;

    const QStringList pages = printedPages(printout);
    QCOMPARE(pages.size(), 2);
    const QString afterHours = ClaimSheet::tr("%1 (%2)", "age (time band)").arg(u"6歳以上"_s, u"時間外"_s);
    const QString holiday = ClaimSheet::tr("%1 (%2)", "age (time band)").arg(u"6歳以上"_s, u"休日"_s);
    QVERIFY(pages.at(0).contains(ClaimSheet::tr("Claim for %1").arg(u"2022年01月"_s)));
    QVERIFY(hasRow(pages.at(0), {afterHours, u"50"_s, u"154,000"_s}));
    QVERIFY(hasRow(pages.at(0), {holiday, u"5"_s, u"23,100"_s}));
    QVERIFY(hasRow(pages.at(0), {ClaimSheet::tr("Total"), u"55件"_s, u"177,100円"_s}));
    QVERIFY(hasRow(pages.at(0), {afterHours, u"2,800円"_s}));
    QVERIFY(hasRow(pages.at(0), {holiday, u"4,200円"_s}));
    // The new 市区町村別請求書 has no 被接種者区分.
    QVERIFY(!pages.at(1).contains(MunicipalityClaimDocument::tr("Recipient category")));
    QVERIFY(hasRow(pages.at(1), {holiday, u"5"_s, u"23,100"_s}));
}

void TstClaimDocuments::homeMunicipalityChecked()
{
    const QString summaryBox = ClaimSummaryDocument::tr("Includes doses for residents of the venue's city");
    const QString summaryNote = ClaimSummaryDocument::tr(
        "* Check when the claims include the municipality where the medical institution is located");
    const QString sheetBox = MunicipalityClaimDocument::tr("Venue's own municipality");
    const QString sheetNote
        = MunicipalityClaimDocument::tr("* Check when the medical institution is located in the municipality billed");
    // ■ and □ as pdftotext reads them from the embedded IPA fonts.
    const QString checked = u"■"_s;
    const QString unchecked = u"□"_s;

    ClaimPrintout printout = briefingOldFormat();
    QStringList pages = printedPages(printout);
    QCOMPARE(pages.size(), 3);
    QVERIFY(hasRow(pages.at(0), {unchecked, summaryBox}));
    QVERIFY(pages.at(0).contains(summaryNote));
    QVERIFY(!pages.at(0).contains(checked));
    for (const QString& sheet : pages.mid(1)) {
        QVERIFY(hasRow(sheet, {unchecked, sheetBox}));
        QVERIFY(sheet.contains(sheetNote));
        QVERIFY(!sheet.contains(checked));
    }

    // The venue is in 大阪市: the summary includes it, and only 大阪市's sheet is checked.
    printout.homeMunicipality = kOsaka;
    pages = printedPages(printout);
    QVERIFY(hasRow(pages.value(0), {checked, summaryBox}));
    QVERIFY(!pages.value(0).contains(unchecked));
    QVERIFY(pages.value(1).contains(MunicipalityClaimDocument::addressee(u"千代田区"_s)));
    QVERIFY(hasRow(pages.value(1), {unchecked, sheetBox}));
    QVERIFY(!pages.value(1).contains(checked));
    QVERIFY(pages.value(2).contains(MunicipalityClaimDocument::addressee(u"大阪市"_s)));
    QVERIFY(hasRow(pages.value(2), {checked, sheetBox}));
    QVERIFY(!pages.value(2).contains(unchecked));

    // A venue in a municipality the month has no doses for: nothing is checked.
    printout.homeMunicipality = u"011002"_s;
    pages = printedPages(printout);
    QVERIFY(hasRow(pages.value(0), {unchecked, summaryBox}));
    QVERIFY(hasRow(pages.value(1), {unchecked, sheetBox}));
    QVERIFY(hasRow(pages.value(2), {unchecked, sheetBox}));
}

void TstClaimDocuments::embedsOnlyIpaFonts()
{
    QString fonts;
    ClaimPrintout printout = briefingOldFormat();
    // With a box checked, so that both ■ and □ are printed.
    printout.homeMunicipality = kOsaka;
    printedPages(printout, &fonts);
    QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    for (const QString& line : lines) {
        QVERIFY2(line.contains(QRegularExpression(
                     u"^IPA(Mincho|Gothic)\\s+CID TrueType\\s+Identity-H\\s+yes\\s+\\S+\\s+yes\\s"_s)),
                 qPrintable(fonts));
    }
}

void TstClaimDocuments::everyValuePrintsAsTyped()
{
    // Nothing is markup any more: a name that would have been HTML prints as the user typed it.
    QString info;
    const QStringList pages = printedPages(briefingOldFormat(), nullptr, &info);
    QVERIFY(hasRow(pages.value(0),
                   {ClaimSummaryDocument::tr("Name of the medical institution"), u"サンプル診療所 <本院>"_s}));
    QVERIFY(hasRow(pages.value(2),
                   {MunicipalityClaimDocument::tr("Name of the medical institution"), u"サンプル診療所 <本院>"_s}));
    QVERIFY(!pages.value(0).contains(u"&lt;"_s));
    QVERIFY2(info.contains(QRegularExpression(u"^Title:\\s+"_s
                                                  + QRegularExpression::escape(ClaimSummaryDocument::title()) + u"$"_s,
                                              QRegularExpression::MultilineOption)),
             qPrintable(info));
}

void TstClaimDocuments::aLongNameStaysInItsBox()
{
    ClaimPrintout printout = briefingOldFormat();
    printout.institution.name = u"医療法人社団サンプル会 サンプル総合クリニック附属職域接種センター本院分室"_s;
    QString boxes;
    const QStringList pages = printedPages(printout, nullptr, nullptr, &boxes);
    QVERIFY(hasRow(pages.value(0),
                   {ClaimSummaryDocument::tr("Name of the medical institution"), printout.institution.name}));
    // Its box ends 135 mm from the page's left edge (15 mm margin + 120 mm), where the 同一市内 box begins.
    static const QRegularExpression word(uR"re(<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">)re"
                                         u"サンプル総合クリニック附属職域接種センター本院分室</word>"_s);
    const QRegularExpressionMatch match = word.match(boxes);
    QVERIFY2(match.hasMatch(), qPrintable(boxes.left(3000)));
    QVERIFY2(match.captured(1).toDouble() <= 135 / 25.4 * 72, qPrintable(match.captured(1)));
}

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstClaimDocuments test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstClaimDocuments.moc"
