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

core::Result<void> PdfExporter::write(const QTextDocument& document, const QString& filePath)
{
    return writePainted(filePath, document.metaInformation(QTextDocument::DocumentTitle),
                        [&](QPdfWriter& writer) -> core::Result<void> {
                            if (!DocumentPrinter::print(document, writer)) {
                                qCWarning(lcPrint) << "Could not paint a PDF";
                                return saveError(filePath);
                            }
                            return {};
                        });
}

core::Result<void> PdfExporter::writePainted(const QString& filePath, const QString& title, const Painter& paint)
{
    // QSaveFile replaces the file only on commit(), so a failed export leaves the previous PDF as it was.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcPrint) << "Could not create a PDF:" << file.errorString();
        return saveError(filePath);
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(PrintStyle::kPdfResolution);
        PrintStyle::applyPageLayout(writer);
        writer.setTitle(title);
        writer.setCreator(u"VSYS Desk"_s);
        const core::Result<void> painted = paint(writer);
        if (!painted) {
            return painted;
        }
    }
    if (!file.commit()) {
        qCWarning(lcPrint) << "Could not save a PDF:" << file.errorString();
        return saveError(filePath);
    }
    return {};
}

core::Error PdfExporter::saveError(const QString& filePath)
{
    return core::Error{{},
                       tr("Could not save the PDF file %1. Choose a folder you can write to and try again.")
                           .arg(QDir::toNativeSeparators(filePath)),
                       core::ErrorCode::Storage};
}

} // namespace vsys::print
