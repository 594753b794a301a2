// SPDX-License-Identifier: MIT
// 分配量・配送予定日（控）: the demo venue's allocation at the demo server's 2022-03-01, written to PDF and read back
// with pdftotext under the Japanese translation: the venue, the last sync, each クール's plan, allocation and
// 配送予定日 in order, 未定 where nothing is set, and every text escaped.
#include "core/Translator.h"
#include "core/plan/Allocation.h"
#include "print/AllocationDocument.h"
#include "print/PdfExporter.h"
#include "support/PdfTools.h"
#include "tests/support/BriefingCalendar.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using vsys::print::AllocationDocument;
using vsys::print::AllocationPrintout;
using namespace vsys::test::briefing;

namespace {

AllocationPrintout demoAllocation()
{
    QList<vsys::core::CoolPeriod> cools = calendar();
    cools[0].allocatedNeedleBoxes = 7;
    cools[0].deliveryDate = QDate(2022, 2, 22);
    const QList<vsys::core::PlanRow> plan{{1, 4, 7}, {2, 3, 5}, {3, 2, 4}, {4, 3, 5}, {5, 0, 0}};
    AllocationPrintout printout;
    printout.venueName = u"(職域)サンプル職域接種会場 <本館> & \"別館\""_s;
    printout.vsysId = u"1310000025"_s;
    for (qsizetype i = 0; i < cools.size(); ++i) {
        printout.lines.append(vsys::core::AllocationRules::line(cools.at(i), plan.at(i), kServerNow));
    }
    printout.lastSync = japanTime(3, 1, 9, 58);
    printout.printedAt = japanTime(3, 1, 10, 5);
    return printout;
}

QString printed(const AllocationPrintout& printout)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"allocation.pdf"_s);
    const auto written = vsys::print::PdfExporter::write(*AllocationDocument::create(printout), path);
    if (!written) {
        qWarning() << written.error().message;
        return {};
    }
    return vsys::print::test::pdfText(path).replace(QChar(0x301C), QChar(0xFF5E));
}

} // namespace

class TstAllocationDocument : public QObject
{
    Q_OBJECT

private slots:
    void venueSyncAndRows();
    void everyTextIsEscaped();
};

void TstAllocationDocument::venueSyncAndRows()
{
    const AllocationPrintout printout = demoAllocation();
    const QString text = printed(printout);
    QVERIFY2(text.contains(u"分配量・配送予定日（控）"_s), qPrintable(text));
    QVERIFY(text.contains(vsys::print::test::tableRow({u"V-SYS ID"_s, u"1310000025"_s})));
    QVERIFY2(text.contains(vsys::print::test::tableRow({u"最終同期"_s, u"2022/03/01 09:58"_s})), qPrintable(text));
    QVERIFY2(vsys::print::test::hasRow(text,
                                       {u"600回接種分（4箱）"_s, u"7箱（700本）"_s, u"600回接種分（4箱）"_s,
                                        u"7箱（700本）"_s, u"2022/02/22"_s, u"分配量確定済"_s}),
             qPrintable(text));
    QVERIFY2(vsys::print::test::hasRow(text,
                                       {u"450回接種分（3箱）"_s, u"5箱（500本）"_s, u"450回接種分（3箱）"_s, u"未定"_s,
                                        u"未定"_s, u"分配量確定済"_s}),
             qPrintable(text));
    QVERIFY2(
        vsys::print::test::hasRow(text, {u"300回接種分（2箱）"_s, u"4箱（400本）"_s, u"未定"_s, u"未定"_s, u"未定"_s}),
        qPrintable(text));
    QVERIFY(text.contains(u"印刷日時：2022/03/01 10:05"_s));
}

void TstAllocationDocument::everyTextIsEscaped()
{
    const QString html = AllocationDocument::html(demoAllocation());
    QVERIFY(html.contains(u"(職域)サンプル職域接種会場 &lt;本館&gt; &amp; &quot;別館&quot;"_s));
    QVERIFY(!html.contains(u"<本館>"_s));
}

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstAllocationDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstAllocationDocument.moc"
