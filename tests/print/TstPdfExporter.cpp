// SPDX-License-Identifier: MIT
// The official page style on paper and in PDF: A4 portrait, 15 mm margins, the title centred, IPA fonts
// embedded, page numbers, and a PDF that cannot be saved reported by its file name.
#include "core/Translator.h"
#include "print/DocumentPrinter.h"
#include "print/PdfExporter.h"
#include "print/PrintStyle.h"
#include "support/PdfTools.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;
using vsys::print::DocumentPrinter;
using vsys::print::PdfExporter;
using vsys::print::PrintStyle;
using namespace vsys::print::test;

namespace {

// Qt writes the A4 page in whole points.
constexpr double kA4Width = 595;
constexpr double kA4Height = 842;
constexpr double kMargin = 15 / 25.4 * 72; // 15 mm in points

/// A 請求総括書-like printout: a title, a table, `paragraphs` lines of text and `tail`.
std::unique_ptr<QTextDocument> sample(int paragraphs, const QString& tail = {})
{
    QString html = u"<html><head><title>請求総括書</title></head><body><h1 align=\"center\">請求総括書</h1>"
                   u"<table class=\"fields\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                   u"<tr><td class=\"label\">6歳以上</td><td>113,850円</td></tr></table>"_s;
    for (int i = 1; i <= paragraphs; ++i) {
        html += u"<p>金額の明細 %1 行目</p>"_s.arg(i);
    }
    auto document = std::make_unique<QTextDocument>();
    PrintStyle::prepare(*document);
    document->setHtml(html + tail + u"</body></html>"_s);
    return document;
}

struct Box
{
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
};

/// The boxes of the lines pdftotext -bbox-layout finds, in reading order.
QList<Box> lineBoxes(const QString& xhtml)
{
    static const QRegularExpression line(
        uR"re(<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">)re"_s);
    QList<Box> boxes;
    for (auto it = line.globalMatch(xhtml); it.hasNext();) {
        const auto match = it.next();
        boxes.append({match.captured(1).toDouble(), match.captured(2).toDouble(), match.captured(3).toDouble(),
                      match.captured(4).toDouble()});
    }
    return boxes;
}

QString infoValue(const QString& info, const QString& key)
{
    const QRegularExpression pattern(u"^"_s + key + u":\\s*(.*)$"_s, QRegularExpression::MultilineOption);
    return pattern.match(info).captured(1).trimmed();
}

} // namespace

class TstPdfExporter : public QObject
{
    Q_OBJECT

private slots:
    void a4PortraitWithFifteenMillimetreMargins();
    void embedsIpaFontsOnly();
    void numbersEveryPage();
    void keepsHeadingsWithTheirText();
    void printsOnAPrinter();
    void replacesAnExistingFile();
    void reportsAFolderItCannotWriteTo();

private:
    QTemporaryDir m_dir;
};

void TstPdfExporter::a4PortraitWithFifteenMillimetreMargins()
{
    const QString path = m_dir.filePath(u"layout.pdf"_s);
    QVERIFY(PdfExporter::write(*sample(3), path).ok());

    const QString info = pdfInfo(path);
    QCOMPARE(infoValue(info, u"Title"_s), u"請求総括書"_s);
    QCOMPARE(infoValue(info, u"Page size"_s), u"595 x 842 pts (A4)"_s);
    QCOMPARE(infoValue(info, u"Pages"_s), u"1"_s);

    const QList<Box> lines = lineBoxes(pdfBoxes(path));
    QVERIFY2(lines.size() >= 5, qPrintable(pdfBoxes(path)));
    // The title is centred between the margins and at the top margin.
    const Box title = lines.first();
    QVERIFY2(qAbs((title.xMin + title.xMax) / 2 - kA4Width / 2) < 1.0, qPrintable(QString::number(title.xMin)));
    QVERIFY2(title.yMin >= kMargin && title.yMin < kMargin + 10, qPrintable(QString::number(title.yMin)));
    // The text starts at the left margin, the page number is centred at the foot, and nothing reaches
    // into any margin.
    double left = kA4Width;
    for (const Box& box : lines) {
        left = qMin(left, box.xMin);
    }
    QVERIFY2(qAbs(left - kMargin) < 1.0, qPrintable(QString::number(left)));
    const Box number = lines.last();
    QVERIFY2(qAbs((number.xMin + number.xMax) / 2 - kA4Width / 2) < 1.0, qPrintable(QString::number(number.xMin)));
    QVERIFY2(number.yMax > kA4Height - kMargin - 3, qPrintable(QString::number(number.yMax)));
    for (const Box& box : lines) {
        QVERIFY(box.xMin >= kMargin - 0.5 && box.xMax <= kA4Width - kMargin + 0.5);
        QVERIFY(box.yMin >= kMargin - 0.5 && box.yMax <= kA4Height - kMargin + 0.5);
    }
}

void TstPdfExporter::embedsIpaFontsOnly()
{
    const QString path = m_dir.filePath(u"fonts.pdf"_s);
    QVERIFY(PdfExporter::write(*sample(3), path).ok());

    // name, type, encoding, emb, sub, uni, object, generation: the first two lines are the heading.
    const QStringList fonts = pdfFonts(path).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!fonts.isEmpty(), qPrintable(pdfFonts(path)));
    const QRegularExpression embedded(u"^(\\S+)\\s+CID TrueType\\s+Identity-H\\s+yes\\s+\\S+\\s+yes\\s"_s);
    QStringList families;
    for (const QString& font : fonts) {
        const auto match = embedded.match(font);
        QVERIFY2(match.hasMatch(), qPrintable(font));
        families.append(match.captured(1));
    }
    families.sort();
    families.removeDuplicates();
    QCOMPARE(families, QStringList({u"IPAGothic"_s, u"IPAMincho"_s}));
}

void TstPdfExporter::numbersEveryPage()
{
    const QString path = m_dir.filePath(u"pages.pdf"_s);
    QVERIFY(PdfExporter::write(*sample(150), path).ok());

    const int pageCount = infoValue(pdfInfo(path), u"Pages"_s).toInt();
    QVERIFY2(pageCount >= 3, qPrintable(QString::number(pageCount)));
    const QStringList pages = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), pageCount);
    for (int page = 1; page <= pageCount; ++page) {
        const QRegularExpression number(u"^\\s*%1 / %2\\s*$"_s.arg(page).arg(pageCount),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(pages.at(page - 1).contains(number), qPrintable(pages.at(page - 1)));
    }
    // Every line is printed once: none lost or repeated at a page break.
    const QString text = pages.join(u'\n');
    for (int i = 1; i <= 150; ++i) {
        QCOMPARE(text.count(u"金額の明細 %1 行目\n"_s.arg(i)), 1);
    }
}

void TstPdfExporter::keepsHeadingsWithTheirText()
{
    // Some of these put the heading on the last line of the first page.
    for (int lines = 40; lines <= 60; ++lines) {
        const auto document
            = sample(lines, u"<p class=\"section\">接種会場の情報</p><p>会場の本文</p><p>最後の行</p>"_s);
        const QString path = m_dir.filePath(u"heading-%1.pdf"_s.arg(lines));
        QVERIFY(PdfExporter::write(*document, path).ok());

        const QStringList pages = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
        const auto pageOf = [&](const QString& text) {
            for (qsizetype page = 0; page < pages.size(); ++page) {
                if (pages.at(page).contains(text)) {
                    return page;
                }
            }
            return qsizetype(-1);
        };
        QVERIFY2(pageOf(u"接種会場の情報"_s) >= 0, qPrintable(QString::number(lines)));
        QVERIFY2(pageOf(u"接種会場の情報"_s) == pageOf(u"会場の本文"_s), qPrintable(QString::number(lines)));
        QVERIFY2(pageOf(u"最後の行"_s) >= 0, qPrintable(QString::number(lines)));
        QCOMPARE(pdfText(path).count(u"金額の明細 %1 行目\n"_s.arg(lines)), 1);
    }
}

void TstPdfExporter::printsOnAPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(u"printer.pdf"_s);
    printer.setOutputFileName(path);
    PrintStyle::applyPageLayout(printer);

    QVERIFY(DocumentPrinter::print(*sample(3), printer));

    QCOMPARE(printer.docName(), u"請求総括書"_s);
    const QString info = pdfInfo(path);
    QCOMPARE(infoValue(info, u"Title"_s), u"請求総括書"_s);
    QCOMPARE(infoValue(info, u"Page size"_s), u"595 x 842 pts (A4)"_s);
    const QString text = pdfText(path);
    QVERIFY2(
        text.contains(QRegularExpression(u"^\\s*6歳以上\\s+113,850円\\s*$"_s, QRegularExpression::MultilineOption)),
        qPrintable(text));
}

void TstPdfExporter::replacesAnExistingFile()
{
    const QString path = m_dir.filePath(u"again.pdf"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older export that is much longer than nothing");
    old.close();

    QVERIFY(PdfExporter::write(*sample(1), path).ok());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QCOMPARE(infoValue(pdfInfo(path), u"Title"_s), u"請求総括書"_s);
}

void TstPdfExporter::reportsAFolderItCannotWriteTo()
{
    const QString path = m_dir.filePath(u"missing/application.pdf"_s);

    const auto written = PdfExporter::write(*sample(1), path);

    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, vsys::core::ErrorCode::Storage);
    QCOMPARE(written.error().message,
             PdfExporter::tr("Could not save the PDF file %1. Choose a folder you can write to and try again.")
                 .arg(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
}

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstPdfExporter test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstPdfExporter.moc"
