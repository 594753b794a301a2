// SPDX-License-Identifier: MIT
// 接種計画（控）: the briefing's plan on 2022-03-01 10:00 (server time), written to PDF and read back with
// pdftotext under the Japanese translation. The printout's own captions are compared through tr()
// (their Japanese arrives with the translation file); figures, dates and the venue as the user reads them.
#include "core/Translator.h"
#include "core/plan/PlanQuantities.h"
#include "print/PdfExporter.h"
#include "print/PlanDocument.h"
#include "support/PdfTools.h"
#include "tests/support/BriefingCalendar.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using vsys::core::CoolPeriod;
using vsys::core::CoolRules;
using vsys::core::PlanApproval;
using vsys::core::VenuePlan;
using vsys::print::PlanDocument;
using vsys::print::PlanPrintout;

using namespace vsys::test::briefing;

using vsys::print::test::tableRow;

namespace {

/// The briefing's plan screen: five クール, the first two allocated; registered with 12 boxes.
PlanPrintout briefingPlan()
{
    PlanPrintout printout;
    printout.venueName = u"(職域)サンプル職域接種会場 <本館> & \"別館\""_s;
    printout.vsysId = u"1310000017"_s;
    printout.cools = calendar();
    printout.serverNow = japanTime(3, 1, 10, 0);
    printout.plan.version = 3;
    printout.plan.initialTotalBoxes = 12;
    printout.plan.rows = {{1, 4, 7}, {2, 3, 5}, {3, 2, 4}, {4, 3, 5}, {5, 0, 0}};
    printout.plan.updatedAt = japanTime(2, 10, 9, 30);
    printout.rows = printout.plan.rows;
    printout.printedAt = japanTime(3, 1, 10, 5);
    return printout;
}

QString printed(const PlanPrintout& printout)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.pdf"_s);
    const auto written = vsys::print::PdfExporter::write(*PlanDocument::create(printout), path);
    if (!written) {
        qWarning() << written.error().message;
        return {};
    }
    // IPA fonts draw ～ (FULLWIDTH TILDE) and 〜 (WAVE DASH) with one glyph, which the PDF maps back to
    // 〜: a reader sees the same mark either way.
    return vsys::print::test::pdfText(path).replace(QChar(0x301C), QChar(0xFF5E));
}

/// The line that opens a クール's row: the first words of its period and batch (the rest of those cells
/// may wrap below), then exactly `cells`, the figures and the lock mark, which never wrap.
QRegularExpression planLine(const CoolPeriod& cool, const QStringList& cells)
{
    const auto firstWord = [](const QString& text) {
        return QRegularExpression::escape(text.split(u' ', Qt::SkipEmptyParts).constFirst());
    };
    QStringList words;
    for (const QString& cell : cells) {
        for (const QString& word : cell.split(u' ', Qt::SkipEmptyParts)) {
            words.append(QRegularExpression::escape(word));
        }
    }
    return QRegularExpression(u"^\\s*%1\\s+%2\\s+(?:\\S+\\s+)*?%3\\s*$"_s.arg(firstWord(CoolRules::periodLabel(cool)),
                                                                              firstWord(CoolRules::batchLabel(cool)),
                                                                              words.join(u"\\s+"_s)),
                              QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
}

/// How many rows end in `mark` (「不可」 or 「可」).
qsizetype rowsMarked(const QString& text, const QString& mark)
{
    const QRegularExpression marked(u"\\s%1\\s*$"_s.arg(QRegularExpression::escape(mark)),
                                    QRegularExpression::MultilineOption);
    qsizetype count = 0;
    for (auto it = marked.globalMatch(text); it.hasNext(); it.next()) {
        ++count;
    }
    return count;
}

QString boxes(const QString& count)
{
    return vsys::core::PlanQuantities::tr("%1 box(es)").arg(count);
}

QString doses(const QString& count)
{
    return vsys::core::PlanQuantities::tr("%1 doses").arg(count);
}

QString units(const QString& count)
{
    return vsys::core::PlanQuantities::tr("%1 units").arg(count);
}

QString total(const QString& count, const QString& dosesInAll)
{
    return doses(u"150"_s) + u" × "_s + boxes(count) + u" = "_s + doses(dosesInAll);
}

} // namespace

class TstPlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void rowsTotalsAndVenue();
    void lockedRowsAreMarked();
    void unregisteredChangesAndTheConfirmation();
    void aPlanWideLockIsPrinted();
    void everyTextIsEscaped();
};

void TstPlanDocument::rowsTotalsAndVenue()
{
    const PlanPrintout printout = briefingPlan();
    const QString text = printed(printout);

    QVERIFY2(text.contains(tableRow({PlanDocument::title()})), qPrintable(text));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("Venue name"), printout.venueName})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("V-SYS ID"), u"1310000017"_s})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("Last registered at"), u"2022/02/10 09:30"_s})));
    // One line per クール: its period, batch, the figures and whether it can still change.
    const QString locked = PlanDocument::tr("Locked");
    const QString open = PlanDocument::tr("Open");
    const auto line = [&](int index, const QStringList& figures, const QString& state) {
        return planLine(printout.cools.at(index), figures + QStringList{state});
    };
    QVERIFY(text.contains(
        line(0,
             {boxes(u"4"_s), doses(u"600"_s), PlanDocument::tr("%1 (%2)").arg(doses(u"600"_s), boxes(u"4"_s)),
              boxes(u"7"_s), units(u"700"_s)},
             locked)));
    QVERIFY(text.contains(
        line(1,
             {boxes(u"3"_s), doses(u"450"_s), PlanDocument::tr("%1 (%2)").arg(doses(u"450"_s), boxes(u"3"_s)),
              boxes(u"5"_s), units(u"500"_s)},
             locked)));
    const QString undecided = PlanDocument::tr("(undecided)");
    QVERIFY(text.contains(line(2, {boxes(u"2"_s), doses(u"300"_s), undecided, boxes(u"4"_s), units(u"400"_s)}, open)));
    QVERIFY(text.contains(line(3, {boxes(u"3"_s), doses(u"450"_s), undecided, boxes(u"5"_s), units(u"500"_s)}, open)));
    QVERIFY(text.contains(line(4, {boxes(u"0"_s), doses(u"0"_s), undecided, boxes(u"0"_s), units(u"0"_s)}, open)));
    QCOMPARE(rowsMarked(text, locked), 2);
    QCOMPARE(rowsMarked(text, open), 3);

    QVERIFY(text.contains(tableRow({PlanDocument::tr("Total of the vaccination plan")})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("At the first registration"), total(u"12"_s, u"1,800"_s)})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("Current plan"), total(u"12"_s, u"1,800"_s)})));
    QVERIFY(!text.contains(PlanDocument::tr("Needs the government's confirmation")));
    QVERIFY(!text.contains(PlanDocument::tr("This copy includes changes that are not registered yet.")));
    QVERIFY(!text.contains(tableRow({PlanDocument::tr("The national government's confirmation")})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("Printed at %1").arg(u"2022/03/01 10:05"_s)})));
}

void TstPlanDocument::lockedRowsAreMarked()
{
    // From 3/28～4/10's deadline on its row is locked too.
    PlanPrintout printout = briefingPlan();
    printout.serverNow = japanTime(3, 8, 15, 0);
    const QString text = printed(printout);
    QCOMPARE(rowsMarked(text, PlanDocument::tr("Locked")), 3);
    QCOMPARE(rowsMarked(text, PlanDocument::tr("Open")), 2);
    QCOMPARE(PlanDocument::html(printout).count(u"<tr bgcolor=\"#e4e4e4\">"_s), 3);
}

void TstPlanDocument::unregisteredChangesAndTheConfirmation()
{
    PlanPrintout printout = briefingPlan();
    printout.rows = {{5, 1, 2}};
    PlanApproval approval;
    approval.state = PlanApproval::State::Denied;
    approval.requestedRows = {{1, 4, 7}, {2, 3, 5}, {3, 3, 5}, {4, 3, 5}, {5, 0, 0}};
    approval.requestedTotalBoxes = 13;
    approval.requestedAt = japanTime(2, 28, 16, 20);
    approval.decidedAt = japanTime(3, 1, 9, 0);
    approval.comment = u"接種実績を踏まえ、現時点での増量は認められません。"_s;
    printout.plan.approval = approval;
    const QString text = printed(printout);

    QVERIFY2(text.contains(tableRow({PlanDocument::tr("This copy includes changes that are not registered yet.")})),
             qPrintable(text));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("Current plan"), total(u"13"_s, u"1,950"_s),
                                    PlanDocument::tr("Needs the government's confirmation")})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("At the first registration"), total(u"12"_s, u"1,800"_s)})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("The national government's confirmation")})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("Status"), PlanDocument::tr("Not confirmed")})));
    QVERIFY(text.contains(tableRow(
        {PlanDocument::tr("Requested total"), PlanDocument::tr("%1 (%2)").arg(boxes(u"13"_s), doses(u"1,950"_s))})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("Requested at"), u"2022/02/28 16:20"_s})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("Decided at"), u"2022/03/01 09:00"_s})));
    QVERIFY(text.contains(tableRow({PlanDocument::tr("Comment"), approval.comment})));
}

void TstPlanDocument::aPlanWideLockIsPrinted()
{
    PlanPrintout printout = briefingPlan();
    printout.cools[2].state = CoolPeriod::State::Locked;
    printout.cools[2].lockedUntil = japanTime(3, 9, 12, 0);
    const QString text = printed(printout);
    QVERIFY2(text.contains(tableRow({CoolRules::planLockReason(printout.cools)})), qPrintable(text));
    QCOMPARE(rowsMarked(text, PlanDocument::tr("Locked")), 5);
    QCOMPARE(rowsMarked(text, PlanDocument::tr("Open")), 0);
    QCOMPARE(PlanDocument::html(printout).count(u"<tr bgcolor=\"#e4e4e4\">"_s), 5);
}

void TstPlanDocument::everyTextIsEscaped()
{
    const PlanPrintout printout = briefingPlan();
    const QString html = PlanDocument::html(printout);
    QVERIFY(html.contains(u"(職域)サンプル職域接種会場 &lt;本館&gt; &amp; &quot;別館&quot;"_s));
    QVERIFY(!html.contains(u"<本館>"_s));
    const auto document = PlanDocument::create(printout);
    QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle), PlanDocument::title());
    QVERIFY(document->toPlainText().contains(printout.venueName));
}

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstPlanDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstPlanDocument.moc"
