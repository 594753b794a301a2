// SPDX-License-Identifier: MIT
// ReportRules: what a 実績・廃棄の報告 may say, the one rule for the page and the server (domain-rules.md §8.6).
#pragma once

#include "core/Result.h"
#include "core/report/PerformanceReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace vsys::core {

/// Totals are cumulative, so they never go down silently: a figure below the venue's previous report
/// of the same vaccine is a correction and needs its reason. The server compares with the previous
/// report it holds, not with the one the client saw.
class ReportRules
{
    Q_DECLARE_TR_FUNCTIONS(ReportRules)
public:
    /// More doses than the largest 職域接種 venue could give (a few hundred thousand) and room for typos
    /// to be refused: seven digits.
    static constexpr int kMaxDoses = 9'999'999;
    /// At 15 doses a vial, a million vials would be far more than any venue receives.
    static constexpr int kMaxWastedVials = 999'999;
    static constexpr qsizetype kMaxReasonLength = 200;
    /// The first vaccinations in Japan (2021-02-17): no total is counted to a day before it.
    static QDate firstDay();

    static int maximum(ReportFigure figure);
    /// The label of the screen: 3回目接種実績（累計）, ...
    static QString label(ReportFigure figure);
    /// 「80回」 or, for vials, 「1本」.
    static QString amount(ReportFigure figure, qint64 value);

    /// The figures below `previous` (none without a previous report).
    static QList<ReportFigure> lowered(const PerformanceReport& report,
                                       const std::optional<PerformanceReport>& previous);
    /// The figures V-SYS asks the user to confirm (§8.6): 3回目接種実績 or 廃棄数 equal to or lower than
    /// before, and any figure lower than before.
    static QList<ReportFigure> toConfirm(const PerformanceReport& report,
                                         const std::optional<PerformanceReport>& previous);
    /// The first problem of `report` as the screen shows it, top to bottom: the day (from firstDay() to
    /// `today`, Japan date), each figure's bounds, the reason's length and characters, and a figure
    /// below `previous` without a reason (the error names that figure). Nothing when it may be stored.
    static std::optional<Error>
    check(const PerformanceReport& report, const std::optional<PerformanceReport>& previous, QDate today);
    /// A figure out of its bounds, naming it.
    static Error outOfRange(ReportFigure figure);
    /// A figure as typed: 全角 digits and thousands separators are accepted (「１，２００」 is 1200); empty,
    /// a fraction or anything else is outOfRange().
    static Result<int> count(const QString& typed, ReportFigure figure);
};

} // namespace vsys::core
