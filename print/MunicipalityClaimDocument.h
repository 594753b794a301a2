// SPDX-License-Identifier: MIT
// MunicipalityClaimDocument: コロナワクチン接種費等 市区町村別請求書, one sheet per paying municipality
// (「千代田区長 様」), with 被接種者区分 in the old format, laid out as V-SYS printed it.
#pragma once

#include "print/ClaimSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vsys::print {

class MunicipalityClaimDocument
{
    Q_DECLARE_TR_FUNCTIONS(MunicipalityClaimDocument)
public:
    /// コロナワクチン接種費等 市区町村別請求書: the sheets' title and the PDF's.
    static QString title();
    /// 「千代田区長 様」; a blank name is left for the user to write in.
    static QString addressee(const QString& municipalityName);

    /// One sheet per municipality of the statement, in its order, for ClaimBatchPrinter.
    static QList<ClaimSheet> sheets(const ClaimPrintout& printout);
};

} // namespace vsys::print
