// SPDX-License-Identifier: MIT
#include "PdfTools.h"

#include <QProcess>
#include <QStringList>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace vsys::print::test {

namespace {

/// The tool's output, or empty (with the reason logged) so that the caller's expectations fail.
QString run(const QString& program, QStringList arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(u' ') << "failed:" << process.errorString()
                             << QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString pdfText(const QString& pdfPath)
{
    return run(QString::fromUtf8(VSYS_PDFTOTEXT), {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
}

QString pdfText(const QString& pdfPath, int firstPage, int lastPage)
{
    return run(QString::fromUtf8(VSYS_PDFTOTEXT),
               {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(firstPage), u"-l"_s,
                QString::number(lastPage), pdfPath, u"-"_s});
}

QString pdfBoxes(const QString& pdfPath)
{
    return run(QString::fromUtf8(VSYS_PDFTOTEXT), {u"-bbox-layout"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
}

QString pdfFonts(const QString& pdfPath)
{
    return run(QString::fromUtf8(VSYS_PDFFONTS), {pdfPath});
}

QString pdfInfo(const QString& pdfPath)
{
    return run(QString::fromUtf8(VSYS_PDFINFO), {u"-enc"_s, u"UTF-8"_s, pdfPath});
}

int pdfPageCount(const QString& pdfPath)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(pdfInfo(pdfPath));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QRegularExpression tableRow(const QStringList& cells)
{
    QStringList words;
    for (const QString& cell : cells) {
        for (const QString& word : cell.split(u' ', Qt::SkipEmptyParts)) {
            words.append(QRegularExpression::escape(word));
        }
    }
    return QRegularExpression(u"^\\s*"_s + words.join(u"\\s+"_s) + u"\\s*$"_s,
                              QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool hasRow(const QString& text, const QStringList& cells)
{
    QStringList escaped;
    for (const QString& cell : cells) {
        escaped.append(QRegularExpression::escape(cell));
    }
    return text.contains(QRegularExpression(escaped.join(u"\\s+"_s)));
}

} // namespace vsys::print::test
