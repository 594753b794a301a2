// SPDX-License-Identifier: MIT
// ClaimSummaryDocument: コロナワクチン接種費等 請求総括書, the one sheet to the 国民健康保険団体連合会 of the
// venue's prefecture that sums the month's 市区町村別請求書, laid out as V-SYS printed it.
#pragma once

#include "print/ClaimSheet.h"

#include <QCoreApplication>
#include <QString>

namespace vsys::print {

class ClaimSummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(ClaimSummaryDocument)
public:
    /// コロナワクチン接種費等 請求総括書: the sheet's title and the PDF's.
    static QString title();
    /// 「東京都国民健康保険団体連合会 御中」; a blank prefecture is left for the user to write in.
    static QString addressee(const QString& prefecture);

    /// The sheet for ClaimBatchPrinter: every municipality's rows summed per row of the form, the totals as
    /// the calculator computed them.
    static ClaimSheet sheet(const ClaimPrintout& printout);
};

} // namespace vsys::print
