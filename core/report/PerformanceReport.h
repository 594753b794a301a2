// SPDX-License-Identifier: MIT
// PerformanceReport // 実績・廃棄の報告: a venue's cumulative 接種実績 and 廃棄数 of one vaccine as of a day, as
// the server keeps it (every report stays: the history says who reported what and when).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>

namespace vsys::core {

/// One figure of the report. All are cumulative totals (累計) since the venue's first dose.
enum class ReportFigure {
    ThirdDoses, ///< 3回目接種実績（累計）
    FirstDoses, ///< 1回目接種実績（累計）, behind the ＋
    SecondDoses, ///< 2回目接種実績（累計）, behind the ＋
    WastedVials, ///< 未使用のまま廃棄したバイアル本数（累計）
};

inline constexpr std::array kReportFigures
    = {ReportFigure::ThirdDoses, ReportFigure::FirstDoses, ReportFigure::SecondDoses, ReportFigure::WastedVials};

struct PerformanceReport
{
    QString id; ///< made by the client (lower-case UUID), so a resend cannot make a second report
    QString vaccine; ///< a VaccineCatalog key
    QDate asOf; ///< 〇〇時点: the day the totals are counted to (Japan date)
    int thirdDoses = 0;
    int firstDoses = 0;
    int secondDoses = 0;
    int wastedVials = 0;
    QString correctionReason; ///< why a total went down; empty when none did
    QString reportedBy; ///< the V-SYS ID that reported, set by the server
    QDateTime reportedAt; ///< UTC, set by the server

    int value(ReportFigure figure) const;
    void setValue(ReportFigure figure, int value);

    bool operator==(const PerformanceReport&) const = default;
};

/// The wire form of docs/api.md "実績・廃棄の報告": {"id","vaccine","as_of","third_doses","first_doses",
/// "second_doses","wasted_vials","correction_reason","reported_by","reported_at"}.
class ReportJson
{
    Q_DECLARE_TR_FUNCTIONS(ReportJson)
public:
    /// The key of a figure on the wire ("third_doses", ...), also the `field` of its errors.
    static QString key(ReportFigure figure);
    static QJsonObject toJson(const PerformanceReport& report);
    /// Reads what a client sends or the server answers: every figure a whole number within
    /// ReportRules' bounds, a known vaccine, a day; errors name the field. reported_by and
    /// reported_at are read when present (the server ignores them and sets its own).
    static Result<PerformanceReport> fromJson(const QJsonObject& object);
};

} // namespace vsys::core
