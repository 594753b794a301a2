// SPDX-License-Identifier: MIT
// AllocationDocument: 分配量・配送予定日（控）, the 分配量の確認 screen on paper or as PDF: the venue, how fresh the
// copy is (最終同期), and one row per クール with the plan beside the allocation and the 配送予定日.
#pragma once

#include "core/plan/Allocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace vsys::print {

struct AllocationPrintout
{
    QString venueName;
    QString vsysId;
    QList<core::AllocationLine> lines; ///< one printed row each, in calendar order
    QDateTime lastSync; ///< when the copy printed came from the server; invalid: never
    QDateTime printedAt; ///< 印刷日時
};

class AllocationDocument
{
    Q_DECLARE_TR_FUNCTIONS(AllocationDocument)
public:
    /// 分配量・配送予定日（控）.
    static QString title();
    /// The printout as HTML for PrintStyle's style sheet; every text is escaped.
    static QString html(const AllocationPrintout& printout);
    /// The same, ready for PdfExporter or DocumentPrinter.
    static std::unique_ptr<QTextDocument> create(const AllocationPrintout& printout);
};

} // namespace vsys::print
