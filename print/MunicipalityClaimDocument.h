// SPDX-License-Identifier: MIT
// MunicipalityClaimDocument: コロナワクチン接種費等 市区町村別請求書, one sheet per paying municipality
// (「千代田区長 様」), with 被接種者区分 in the old format, laid out as V-SYS printed it.
#pragma once

#include "print/ClaimSheet.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace vsys::print {

class MunicipalityClaimDocument
{
    Q_DECLARE_TR_FUNCTIONS(MunicipalityClaimDocument)
public:
    /// コロナワクチン接種費等 市区町村別請求書: the sheets' title and the PDF's.
    static QString title();
    /// 「千代田区長 様」; a blank name is left for the user to write in.
    static QString addressee(const QString& municipalityName);

    /// One body per municipality of the statement, in its order, for ClaimSheet::create().
    static QStringList sheets(const ClaimPrintout& printout);

    /// Every municipality's sheet, each on its own page, ready for PdfExporter or DocumentPrinter.
    static std::unique_ptr<QTextDocument> create(const ClaimPrintout& printout);
};

} // namespace vsys::print
