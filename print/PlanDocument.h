// SPDX-License-Identifier: MIT
// PlanDocument: 接種計画（控）, the venue's vaccination plan on paper or as PDF: the venue, one row per
// クール as the plan screen shows it (rows that can no longer change marked), the totals 初回登録時 and
// 現在の計画, and the 国's confirmation.
#pragma once

#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace vsys::print {

/// What the printout shows.
struct PlanPrintout
{
    QString venueName;
    QString vsysId;
    QList<core::CoolPeriod> cools; ///< one printed row each, in calendar order
    QDateTime serverNow; ///< the server's time, which decides the rows that can no longer change
    core::VenuePlan plan; ///< the registered plan: 初回登録時 and the 国's confirmation
    QList<core::PlanRow> rows; ///< the rows as shown; a クール without one prints the registered row
    QDateTime printedAt; ///< 印刷日時
};

class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocument)
public:
    /// 接種計画（控）: the printout's title and the PDF's.
    static QString title();

    /// The printout as HTML for PrintStyle's style sheet; every text is escaped.
    static QString html(const PlanPrintout& printout);

    /// The same, ready for PdfExporter or DocumentPrinter.
    static std::unique_ptr<QTextDocument> create(const PlanPrintout& printout);
};

} // namespace vsys::print
