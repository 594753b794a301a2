// SPDX-License-Identifier: MIT
#include "server/admin/ReportCsv.h"

#include "core/JapaneseFormat.h"
#include "core/report/ReportRules.h"
#include "core/report/VaccineCatalog.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace vsys::server {

QString ReportCsv::field(const QString& text)
{
    QString value = text;
    // A leading tab or carriage return also starts a formula in some spreadsheets (OWASP CSV injection).
    if (!value.isEmpty() && u"=+-@\t\r"_s.contains(value.front())) {
        value.prepend(u'\'');
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value = u'"' + value.replace(u"\""_s, u"\"\""_s) + u'"';
    }
    return value;
}

QString ReportCsv::row(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& text : fields) {
        quoted.append(field(text));
    }
    return quoted.join(u',') + u"\r\n"_s;
}

QString ReportCsv::write(const QList<StoredReport>& reports, const QHash<QString, QString>& venueNames)
{
    const auto line = &ReportCsv::row;
    QString csv(QChar(0xFEFF));
    csv += line({tr("Venue id"), tr("Venue"), tr("Report id"), tr("Vaccine"), tr("As of"),
                 core::ReportRules::label(core::ReportFigure::ThirdDoses),
                 core::ReportRules::label(core::ReportFigure::FirstDoses),
                 core::ReportRules::label(core::ReportFigure::SecondDoses),
                 core::ReportRules::label(core::ReportFigure::WastedVials), tr("Wasted doses"),
                 tr("Reason for the correction"), tr("Reported by (V-SYS ID)"), tr("Reported at (Japan time)")});
    for (const StoredReport& stored : reports) {
        const core::PerformanceReport& report = stored.report;
        const core::ReportVaccine* vaccine = core::VaccineCatalog::builtIn().find(report.vaccine);
        // Plain numbers: Excel sums a column of 1234, not of 「1,234回」.
        csv += line({stored.venueId, venueNames.value(stored.venueId), report.id,
                     vaccine ? vaccine->name : report.vaccine, core::JapaneseFormat::day(report.asOf),
                     QString::number(report.thirdDoses), QString::number(report.firstDoses),
                     QString::number(report.secondDoses), QString::number(report.wastedVials),
                     vaccine ? QString::number(qint64(report.wastedVials) * vaccine->dosesPerVial) : QString(),
                     report.correctionReason, report.reportedBy, core::JapaneseFormat::dateTime(report.reportedAt)});
    }
    return csv;
}

} // namespace vsys::server
