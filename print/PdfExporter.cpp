// SPDX-License-Identifier: MIT
#include "print/PdfExporter.h"

#include "print/DocumentPrinter.h"
#include "print/Logging.h"
#include "print/PrintStyle.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

QString saveMessage(const QString& filePath)
{
    return PdfExporter::tr("Could not save the PDF file %1. Choose a folder you can write to and try again.")
        .arg(QDir::toNativeSeparators(filePath));
}

} // namespace

core::Result<void> PdfExporter::write(const QTextDocument& document, const QString& filePath)
{
    // QSaveFile replaces the file only on commit(), so a failed export leaves the previous PDF as it was.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcPrint) << "Could not create a PDF:" << file.errorString();
        return core::Error{u"file"_s, saveMessage(filePath)};
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(PrintStyle::kPdfResolution);
        PrintStyle::applyPageLayout(writer);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(u"VSYS Desk"_s);
        if (!DocumentPrinter::print(document, writer)) {
            qCWarning(lcPrint) << "Could not paint a PDF";
            return core::Error{u"file"_s, saveMessage(filePath)};
        }
    }
    if (!file.commit()) {
        qCWarning(lcPrint) << "Could not save a PDF:" << file.errorString();
        return core::Error{u"file"_s, saveMessage(filePath)};
    }
    return {};
}

} // namespace vsys::print
