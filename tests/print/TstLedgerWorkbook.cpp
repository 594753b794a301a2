// SPDX-License-Identifier: MIT
// The ledger's Excel export read back as Excel reads it: the .xlsx is a zip of XML parts, unpacked with unzip;
// the sheets' names, the header row, typed dates, times and numbers (a cell with a number format, not text),
// the ticket kept as text, a ward's ticket under its city, each row's 時間帯, and the claim counts' sheets.
#include "core/JapaneseFormat.h"
#include "core/billing/BillingText.h"
#include "print/LedgerWorkbook.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using vsys::core::AgeBand;
using vsys::core::BillingText;
using vsys::core::DoseEntry;
using vsys::core::DoseKind;
using vsys::core::TimeBand;
using vsys::print::LedgerWorkbook;

namespace {

/// A part of the zip, as unzip gives it; empty when the part is missing.
QByteArray part(const QString& xlsx, const QString& name)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, xlsx, name});
    if (!unzip.waitForFinished(10'000) || unzip.exitCode() != 0) {
        return {};
    }
    return unzip.readAllStandardOutput();
}

/// The text of every <t> of sharedStrings.xml, in order: string cells hold an index into it.
QStringList sharedStrings(const QString& xlsx)
{
    QStringList strings;
    QXmlStreamReader xml(part(xlsx, u"xl/sharedStrings.xml"_s));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"t"_s) {
            strings.append(xml.readElementText());
        }
    }
    return strings;
}

/// One cell: what it holds (a string resolved from the shared strings) and whether it is text.
struct Cell
{
    QString value;
    bool text = false;
    int style = 0; ///< the cell's format (s="…"): dates, times and counts each have their own
};

/// The cells of sheet `index` (1 = first) by reference ("A2").
QMap<QString, Cell> cells(const QString& xlsx, int index)
{
    const QStringList strings = sharedStrings(xlsx);
    QMap<QString, Cell> result;
    QXmlStreamReader xml(part(xlsx, u"xl/worksheets/sheet%1.xml"_s.arg(index)));
    QString reference;
    Cell cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"c"_s) {
            reference = xml.attributes().value(u"r"_s).toString();
            cell = {};
            cell.text = xml.attributes().value(u"t"_s) == u"s"_s;
            cell.style = xml.attributes().value(u"s"_s).toInt();
        } else if (xml.isStartElement() && xml.name() == u"v"_s) {
            const QString value = xml.readElementText();
            cell.value = cell.text ? strings.value(value.toInt()) : value;
            result.insert(reference, cell);
        }
    }
    return result;
}

/// The sheets' names as Excel's tabs show them.
QStringList sheetNames(const QString& xlsx)
{
    QStringList names;
    QXmlStreamReader xml(part(xlsx, u"xl/workbook.xml"_s));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet"_s) {
            names.append(xml.attributes().value(u"name"_s).toString());
        }
    }
    return names;
}

DoseEntry dose(QDate date, QTime time, const QString& ticket, DoseKind kind = DoseKind::Vaccination)
{
    DoseEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.date = date;
    entry.time = time;
    entry.ticket = ticket;
    entry.kind = kind;
    entry.vaccine = u"moderna_workplace"_s;
    entry.desk = u"受付1"_s;
    entry.enteredBy = u"1310000025"_s;
    entry.enteredAt = QDateTime(date, time.addSecs(60), QTimeZone(9 * 3600)).toUTC();
    return entry;
}

} // namespace

class TstLedgerWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void theLedgerHasOneSheetPerMonthWithTypedCells();
    void theClaimCountsAndTheOldFormSurchargesHaveTheirSheets();
    void anEmptyLedgerGivesTheHeaderOnly();
    void aFolderThatCannotBeWrittenNamesTheFile();
    void aJapaneseFolderAndNameAreKept();

private:
    QTemporaryDir m_dir;
};

void TstLedgerWorkbook::theLedgerHasOneSheetPerMonthWithTypedCells()
{
    // 2022-02-28 (Monday) 17:00 is exactly at the end of the standard hours: 時間外. 2022-03-21 is 春分の日:
    // 休日. The 大阪市北区 ticket (271276) is the city's (271004).
    const QList<DoseEntry> rows{
        dose(QDate(2022, 2, 28), QTime(17, 0), u"131310160000000001"_s),
        dose(QDate(2022, 3, 14), QTime(9, 5), u"132712760000000042"_s),
        dose(QDate(2022, 3, 21), QTime(10, 30), u"131310160000000002"_s, DoseKind::ScreeningOnly),
    };
    const QString path = m_dir.filePath(u"ledger.xlsx"_s);
    const auto written = LedgerWorkbook::writeLedger(path, rows, vsys::core::ClinicHours::standard());
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
    // The residents' tickets: readable by the user only.
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    QCOMPARE(sheetNames(path),
             QStringList({LedgerWorkbook::sheetName(QDate(2022, 2, 1)), LedgerWorkbook::sheetName(QDate(2022, 3, 1))}));
    QCOMPARE(LedgerWorkbook::sheetName(QDate(2022, 3, 1)), vsys::core::JapaneseFormat::month(QDate(2022, 3, 1)));

    const QMap<QString, Cell> february = cells(path, 1);
    const QStringList header = LedgerWorkbook::ledgerHeader();
    QCOMPARE(header.size(), 15);
    for (int column = 0; column < header.size(); ++column) {
        QCOMPARE(february.value(QString(QChar(u'A' + column)) + u'1').value, header.at(column));
    }
    // 2022-02-28 is Excel's day 44620; 17:00 is 17/24 of a day; both typed, each with its own format.
    QCOMPARE(february.value(u"A2"_s).value, u"44620"_s);
    QVERIFY(!february.value(u"A2"_s).text);
    QCOMPARE(february.value(u"B2"_s).value.toDouble(), 17.0 / 24.0);
    QVERIFY(!february.value(u"B2"_s).text);
    QVERIFY(february.value(u"A2"_s).style != february.value(u"B2"_s).style);
    QCOMPARE(february.value(u"C2"_s).value, u"131310160000000001"_s);
    QVERIFY(february.value(u"C2"_s).text);
    QCOMPARE(february.value(u"D2"_s).value, u"3"_s);
    QVERIFY(!february.value(u"D2"_s).text);
    QCOMPARE(february.value(u"E2"_s).value, u"131016"_s);
    QCOMPARE(february.value(u"F2"_s).value, u"千代田区"_s);
    QCOMPARE(february.value(u"G2"_s).value, BillingText::label(DoseKind::Vaccination));
    QCOMPARE(february.value(u"H2"_s).value, BillingText::label(AgeBand::SixAndOver));
    QCOMPARE(february.value(u"I2"_s).value, BillingText::label(TimeBand::AfterHours));
    QCOMPARE(february.value(u"M2"_s).value, u"受付1"_s);
    QCOMPARE(february.value(u"N2"_s).value, u"1310000025"_s);
    // Entered 17:01 Japan time, written as Japan time (44620 + 17h01m).
    QCOMPARE(february.value(u"O2"_s).value.toDouble(), 44620 + (17 * 60 + 1) / 1440.0);
    QVERIFY(!february.contains(u"A3"_s));

    const QMap<QString, Cell> march = cells(path, 2);
    QCOMPARE(march.value(u"A2"_s).value, u"44634"_s);
    QCOMPARE(march.value(u"E2"_s).value, u"271004"_s);
    QCOMPARE(march.value(u"F2"_s).value, u"大阪市"_s);
    QCOMPARE(march.value(u"I2"_s).value, BillingText::label(TimeBand::Regular));
    QCOMPARE(march.value(u"A3"_s).value, u"44641"_s);
    QCOMPARE(march.value(u"G3"_s).value, BillingText::label(DoseKind::ScreeningOnly));
    QCOMPARE(march.value(u"I3"_s).value, BillingText::label(TimeBand::Holiday));
}

void TstLedgerWorkbook::theClaimCountsAndTheOldFormSurchargesHaveTheirSheets()
{
    vsys::core::LedgerClaim claim;
    vsys::core::ClaimLine line;
    line.sheet = vsys::core::TicketSheet::Attached;
    line.count = {u"131016"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Holiday, 1234};
    claim.lines.append(line);
    line.sheet = vsys::core::TicketSheet::Printed;
    line.count = {u"271004"_s, DoseKind::ScreeningOnly, AgeBand::UnderSix, TimeBand::Regular, 2};
    claim.lines.append(line);
    claim.separateSurcharges.append({u"131016"_s, TimeBand::AfterHours, AgeBand::SixAndOver, DoseKind::Vaccination, 3});

    const QString path = m_dir.filePath(u"claim.xlsx"_s);
    QVERIFY(LedgerWorkbook::writeClaim(path, QDate(2022, 3, 1), claim).ok());
    QCOMPARE(sheetNames(path).size(), 2);
    QCOMPARE(sheetNames(path).constFirst(), LedgerWorkbook::sheetName(QDate(2022, 3, 1)));

    const QMap<QString, Cell> counts = cells(path, 1);
    QCOMPARE(counts.value(u"A1"_s).value, LedgerWorkbook::claimHeader().constFirst());
    QCOMPARE(counts.value(u"B2"_s).value, u"131016"_s);
    QVERIFY(counts.value(u"B2"_s).text);
    QCOMPARE(counts.value(u"C2"_s).value, u"千代田区"_s);
    QCOMPARE(counts.value(u"F2"_s).value, BillingText::label(TimeBand::Holiday));
    QCOMPARE(counts.value(u"G2"_s).value, u"1234"_s);
    QVERIFY(!counts.value(u"G2"_s).text);
    QCOMPARE(counts.value(u"C3"_s).value, u"大阪市"_s);
    QCOMPARE(counts.value(u"E3"_s).value, BillingText::label(AgeBand::UnderSix));
    QCOMPARE(counts.value(u"G3"_s).value, u"2"_s);
    QVERIFY(!counts.contains(u"A4"_s));

    const QMap<QString, Cell> surcharges = cells(path, 2);
    QCOMPARE(surcharges.value(u"A2"_s).value, u"131016"_s);
    QCOMPARE(surcharges.value(u"E2"_s).value, BillingText::label(TimeBand::AfterHours));
    QCOMPARE(surcharges.value(u"F2"_s).value, u"3"_s);
}

void TstLedgerWorkbook::anEmptyLedgerGivesTheHeaderOnly()
{
    const QString path = m_dir.filePath(u"empty.xlsx"_s);
    QVERIFY(LedgerWorkbook::writeLedger(path, {}, vsys::core::ClinicHours::standard()).ok());
    QCOMPARE(sheetNames(path).size(), 1);
    const QMap<QString, Cell> sheet = cells(path, 1);
    QCOMPARE(sheet.value(u"A1"_s).value, LedgerWorkbook::ledgerHeader().constFirst());
    QVERIFY(!sheet.contains(u"A2"_s));
}

void TstLedgerWorkbook::aFolderThatCannotBeWrittenNamesTheFile()
{
    const QString path = m_dir.filePath(u"missing-folder/ledger.xlsx"_s);
    const auto written = LedgerWorkbook::writeLedger(path, {}, vsys::core::ClinicHours::standard());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, vsys::core::ErrorCode::Storage);
    QVERIFY2(written.error().message.contains(u"ledger.xlsx"_s), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
}

void TstLedgerWorkbook::aJapaneseFolderAndNameAreKept()
{
    // Documents folders are often named in Japanese; the path reaches libxlsxwriter in UTF-8 (Windows too).
    QVERIFY(QDir(m_dir.path()).mkdir(u"接種台帳"_s));
    const QString path = m_dir.filePath(u"接種台帳/台帳 2022年3月.xlsx"_s);
    QVERIFY(LedgerWorkbook::writeLedger(path, {}, vsys::core::ClinicHours::standard()).ok());
    QCOMPARE(QDir(m_dir.filePath(u"接種台帳"_s)).entryList(QDir::Files | QDir::Hidden),
             QStringList({u"台帳 2022年3月.xlsx"_s}));
    QCOMPARE(sheetNames(path).size(), 1);
}

QTEST_GUILESS_MAIN(TstLedgerWorkbook)
#include "TstLedgerWorkbook.moc"
