// SPDX-License-Identifier: MIT
#include "core/report/PerformanceReport.h"

#include "core/JsonNumber.h"
#include "core/application/ApplicationRecord.h"
#include "core/report/ReportRules.h"
#include "core/report/VaccineCatalog.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::core {

int PerformanceReport::value(ReportFigure figure) const
{
    switch (figure) {
    case ReportFigure::ThirdDoses:
        return thirdDoses;
    case ReportFigure::FirstDoses:
        return firstDoses;
    case ReportFigure::SecondDoses:
        return secondDoses;
    case ReportFigure::WastedVials:
        return wastedVials;
    }
    return 0;
}

void PerformanceReport::setValue(ReportFigure figure, int value)
{
    switch (figure) {
    case ReportFigure::ThirdDoses:
        thirdDoses = value;
        break;
    case ReportFigure::FirstDoses:
        firstDoses = value;
        break;
    case ReportFigure::SecondDoses:
        secondDoses = value;
        break;
    case ReportFigure::WastedVials:
        wastedVials = value;
        break;
    }
}

QString ReportJson::key(ReportFigure figure)
{
    switch (figure) {
    case ReportFigure::ThirdDoses:
        return u"third_doses"_s;
    case ReportFigure::FirstDoses:
        return u"first_doses"_s;
    case ReportFigure::SecondDoses:
        return u"second_doses"_s;
    case ReportFigure::WastedVials:
        return u"wasted_vials"_s;
    }
    return {};
}

QJsonObject ReportJson::toJson(const PerformanceReport& report)
{
    QJsonObject object{
        {u"id"_s, report.id},
        {u"vaccine"_s, report.vaccine},
        {u"as_of"_s, report.asOf.toString(Qt::ISODate)},
        {u"correction_reason"_s,
         report.correctionReason.isEmpty() ? QJsonValue() : QJsonValue(report.correctionReason)},
        {u"reported_by"_s, report.reportedBy.isEmpty() ? QJsonValue() : QJsonValue(report.reportedBy)},
        {u"reported_at"_s, ApplicationJson::timeToJson(report.reportedAt)},
    };
    for (ReportFigure figure : kReportFigures) {
        object.insert(key(figure), report.value(figure));
    }
    return object;
}

Result<PerformanceReport> ReportJson::fromJson(const QJsonObject& object)
{
    PerformanceReport report;
    report.id = object.value(u"id"_s).toString();
    const QUuid uuid = QUuid::fromString(report.id);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != report.id) {
        return Error{u"id"_s,
                     tr("id: the report's id must be a lower-case UUID such as "
                        "0f8fad5b-d9cb-469f-a165-70867728950e.")};
    }
    report.vaccine = object.value(u"vaccine"_s).toString();
    if (!VaccineCatalog::builtIn().find(report.vaccine)) {
        return VaccineCatalog::builtIn().unknown(u"vaccine"_s);
    }
    const QString asOf = object.value(u"as_of"_s).toString();
    report.asOf = QDate::fromString(asOf, Qt::ISODate);
    // Qt reads 2022/03/01 as an ISO date too; the wire has one form.
    static const QRegularExpression kDay(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!report.asOf.isValid() || !kDay.match(asOf).hasMatch()) {
        return Error{u"as_of"_s, tr("as_of: give the day the totals are counted to as YYYY-MM-DD.")};
    }
    for (ReportFigure figure : kReportFigures) {
        const auto value = JsonNumber::integer(object.value(key(figure)), 0, ReportRules::maximum(figure));
        if (!value) {
            return ReportRules::outOfRange(figure);
        }
        report.setValue(figure, *value);
    }
    const QJsonValue reason = object.value(u"correction_reason"_s);
    if (!reason.isString() && !reason.isNull() && !reason.isUndefined()) {
        return Error{u"correction_reason"_s,
                     tr("correction_reason: give the reason for the correction as text, or null.")};
    }
    report.correctionReason = reason.toString().trimmed();
    report.reportedBy = object.value(u"reported_by"_s).toString();
    report.reportedAt = ApplicationJson::timeFromJson(object.value(u"reported_at"_s));
    return report;
}

} // namespace vsys::core
