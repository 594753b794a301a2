// SPDX-License-Identifier: MIT
#include "print/AllocationDocument.h"

#include "core/JapaneseFormat.h"
#include "print/PrintStyle.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

QString cell(const QString& text, const char* align)
{
    return u"<td align=\"%1\" style=\"white-space: nowrap\">%2</td>"_s.arg(QString::fromLatin1(align),
                                                                           PrintStyle::escaped(text));
}

} // namespace

QString AllocationDocument::title()
{
    return tr("Allocation and delivery dates (company copy)");
}

QString AllocationDocument::html(const AllocationPrintout& printout)
{
    QString html = u"<html><head><title>%1</title></head><body>"_s.arg(PrintStyle::escaped(title()));
    html += u"<h1 align=\"center\">%1</h1>"_s.arg(PrintStyle::escaped(title()));
    html += u"<table class=\"fields\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s
        + PrintStyle::labelRow(tr("Venue name"), printout.venueName)
        + PrintStyle::labelRow(tr("V-SYS ID"), printout.vsysId)
        + PrintStyle::labelRow(tr("Last synced"),
                               printout.lastSync.isValid() ? core::JapaneseFormat::dateTime(printout.lastSync)
                                                           : tr("Not synced yet"))
        + u"</table>"_s;
    html += u"<table class=\"fields\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead>"
            u"<tr><th rowspan=\"2\">%1</th><th colspan=\"2\">%2</th><th colspan=\"2\">%3</th><th rowspan=\"2\">%4</th>"
            u"<th rowspan=\"2\">%5</th></tr><tr><th>%6</th><th>%7</th><th>%6</th><th>%7</th></tr></thead>"_s.arg(
                PrintStyle::escaped(tr("Vaccination period")), PrintStyle::escaped(tr("Plan")),
                PrintStyle::escaped(tr("Allocation")), PrintStyle::escaped(tr("Delivery date")),
                PrintStyle::escaped(tr("State")), PrintStyle::escaped(tr("Vaccine")),
                PrintStyle::escaped(tr("Needles and syringes")));
    for (const core::AllocationLine& line : printout.lines) {
        html += u"<tr><td>%1</td>"_s.arg(PrintStyle::escaped(line.period)) + cell(line.planned, "right")
            + cell(line.plannedNeedles, "right") + cell(line.allocated, "right") + cell(line.allocatedNeedles, "right")
            + cell(line.deliveryDate, "center") + cell(line.state, "left") + u"</tr>"_s;
    }
    html += u"</table>"_s;
    html += u"<p class=\"note\">%1</p>"_s.arg(PrintStyle::escaped(
        tr("The allocation and the delivery dates are set by the national government; \"%1\" means not set "
           "yet.")
            .arg(core::AllocationRules::deliveryDateLabel(QDate()))));
    html += u"<p class=\"footer\" align=\"right\">%1</p>"_s.arg(
        PrintStyle::escaped(tr("Printed at %1").arg(core::JapaneseFormat::dateTime(printout.printedAt))));
    return html + u"</body></html>"_s;
}

std::unique_ptr<QTextDocument> AllocationDocument::create(const AllocationPrintout& printout)
{
    auto document = std::make_unique<QTextDocument>();
    PrintStyle::prepare(*document);
    document->setHtml(html(printout));
    return document;
}

} // namespace vsys::print
