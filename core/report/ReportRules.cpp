// SPDX-License-Identifier: MIT
#include "core/report/ReportRules.h"

#include "core/JapaneseFormat.h"
#include "core/validation/StoredJsonRules.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

QDate ReportRules::firstDay()
{
    return QDate(2021, 2, 17);
}

int ReportRules::maximum(ReportFigure figure)
{
    return figure == ReportFigure::WastedVials ? kMaxWastedVials : kMaxDoses;
}

QString ReportRules::label(ReportFigure figure)
{
    switch (figure) {
    case ReportFigure::ThirdDoses:
        return tr("Third doses given (cumulative)");
    case ReportFigure::FirstDoses:
        return tr("First doses given (cumulative)");
    case ReportFigure::SecondDoses:
        return tr("Second doses given (cumulative)");
    case ReportFigure::WastedVials:
        return tr("Vials discarded unused (cumulative)");
    }
    return {};
}

QString ReportRules::amount(ReportFigure figure, qint64 value)
{
    return figure == ReportFigure::WastedVials ? JapaneseFormat::vials(value) : JapaneseFormat::doses(value);
}

QList<ReportFigure> ReportRules::lowered(const PerformanceReport& report,
                                         const std::optional<PerformanceReport>& previous)
{
    QList<ReportFigure> figures;
    if (!previous) {
        return figures;
    }
    for (ReportFigure figure : kReportFigures) {
        if (report.value(figure) < previous->value(figure)) {
            figures.append(figure);
        }
    }
    return figures;
}

QList<ReportFigure> ReportRules::toConfirm(const PerformanceReport& report,
                                           const std::optional<PerformanceReport>& previous)
{
    QList<ReportFigure> figures;
    if (!previous) {
        return figures;
    }
    for (ReportFigure figure : kReportFigures) {
        const bool shownFirst = figure == ReportFigure::ThirdDoses || figure == ReportFigure::WastedVials;
        if (report.value(figure) < previous->value(figure)
            || (shownFirst && report.value(figure) == previous->value(figure))) {
            figures.append(figure);
        }
    }
    return figures;
}

Error ReportRules::outOfRange(ReportFigure figure)
{
    return Error{
        ReportJson::key(figure),
        tr("%1: enter a whole number from 0 to %2.").arg(label(figure), JapaneseFormat::number(maximum(figure)))};
}

Result<int> ReportRules::count(const QString& typed, ReportFigure figure)
{
    QString text = typed.normalized(QString::NormalizationForm_KC);
    text.remove(u',');
    text.remove(u' ');
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || text.isEmpty() || !text.front().isDigit() || value > maximum(figure)) {
        return outOfRange(figure);
    }
    return value;
}

std::optional<Error>
ReportRules::check(const PerformanceReport& report, const std::optional<PerformanceReport>& previous, QDate today)
{
    if (!report.asOf.isValid() || report.asOf < firstDay() || report.asOf > today) {
        return Error{u"as_of"_s,
                     tr("The day of the totals must lie between %1 and today (%2).")
                         .arg(JapaneseFormat::day(firstDay()), JapaneseFormat::day(today))};
    }
    for (ReportFigure figure : kReportFigures) {
        if (report.value(figure) < 0 || report.value(figure) > maximum(figure)) {
            return outOfRange(figure);
        }
    }
    if (report.correctionReason.size() > kMaxReasonLength) {
        return Error{u"correction_reason"_s,
                     tr("Reason for the correction: at most %1 characters (now %2).")
                         .arg(kMaxReasonLength)
                         .arg(report.correctionReason.size())};
    }
    if (auto refused = StoredJsonRules::check(QJsonValue(report.correctionReason))) {
        return Error{u"correction_reason"_s, tr("Reason for the correction: %1").arg(refused->message)};
    }
    if (!report.correctionReason.trimmed().isEmpty()) {
        return std::nullopt;
    }
    const QList<ReportFigure> down = lowered(report, previous);
    if (!down.isEmpty()) {
        const ReportFigure figure = down.constFirst();
        return Error{ReportJson::key(figure),
                     tr("%1: %2 is less than the %3 of the last report (as of %4). A total only goes down to "
                        "correct a mistake: enter the reason for the correction.")
                         .arg(label(figure), amount(figure, report.value(figure)),
                              amount(figure, previous->value(figure)), JapaneseFormat::day(previous->asOf))};
    }
    return std::nullopt;
}

} // namespace vsys::core
