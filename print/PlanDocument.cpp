// SPDX-License-Identifier: MIT
#include "print/PlanDocument.h"

#include "core/JapaneseFormat.h"
#include "core/plan/PlanQuantities.h"
#include "core/plan/PlanSettings.h"
#include "core/plan/VaccinationPlan.h"
#include "print/PrintStyle.h"

#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

const QString kLockedBackground = u"#e4e4e4"_s;

QString labelTable(const QString& rows, const QString& title = {})
{
    QString html = u"<table class=\"fields\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    if (!title.isEmpty()) {
        html += u"<thead><tr><th colspan=\"2\" align=\"left\">%1</th></tr></thead>"_s.arg(PrintStyle::escaped(title));
    }
    return html + rows + u"</table>"_s;
}

QList<core::PlanRow> shownRows(const PlanPrintout& printout)
{
    QList<core::PlanRow> rows;
    for (const core::CoolPeriod& cool : printout.cools) {
        const auto shown = std::find_if(printout.rows.cbegin(), printout.rows.cend(),
                                        [&cool](const core::PlanRow& row) { return row.coolId == cool.id; });
        rows.append(shown != printout.rows.cend() ? *shown : printout.plan.row(cool.id));
    }
    return rows;
}

QString planTable(const PlanPrintout& printout, const QList<core::PlanRow>& rows, int dosesPerBox)
{
    const core::VaccinationPlan rules;
    const bool planLocked = !core::CoolRules::planLockReason(printout.cools).isEmpty();
    QString html = u"<table class=\"fields\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead>"
                   u"<tr><th rowspan=\"2\">%1</th><th rowspan=\"2\">%2</th><th colspan=\"2\">%3</th>"
                   u"<th rowspan=\"2\">%4</th><th colspan=\"2\">%5</th><th rowspan=\"2\">%6</th></tr>"
                   u"<tr><th>%7</th><th>%8</th><th>%7</th><th>%9</th></tr></thead>"_s.arg(
                       PrintStyle::escaped(PlanDocument::tr("Vaccination period")),
                       PrintStyle::escaped(PlanDocument::tr("Plan change batch")),
                       PrintStyle::escaped(PlanDocument::tr("Planned vaccine")),
                       PrintStyle::escaped(PlanDocument::tr("Allocated")),
                       PrintStyle::escaped(PlanDocument::tr("Needles and syringes needed")),
                       PrintStyle::escaped(PlanDocument::tr("Change")), PrintStyle::escaped(PlanDocument::tr("Boxes")),
                       PrintStyle::escaped(PlanDocument::tr("Doses")), PrintStyle::escaped(PlanDocument::tr("Units")));
    for (qsizetype i = 0; i < printout.cools.size(); ++i) {
        const core::CoolPeriod& cool = printout.cools.at(i);
        const core::PlanRow& row = rows.at(i);
        const bool locked = planLocked || !core::CoolRules::rowLockReason(cool, printout.serverNow).isEmpty();
        const auto line = rules.line(row.vaccineBoxes, row.needleBoxes);
        const int needles
            = line ? line->needles : row.needleBoxes * core::PlanSettings::builtIn().needleFill().unitsPerBox();
        const QString allocation = cool.allocatedBoxes
            ? PlanDocument::tr("%1 (%2)").arg(core::PlanQuantities::doses(*cool.allocatedBoxes * dosesPerBox),
                                              core::PlanQuantities::boxes(*cool.allocatedBoxes))
            : PlanDocument::tr("(undecided)");
        html += locked ? u"<tr bgcolor=\"%1\">"_s.arg(kLockedBackground) : u"<tr>"_s;
        html += u"<td>%1<br/>%2</td><td>%3</td>"_s.arg(
            PrintStyle::escaped(core::CoolRules::periodLabel(cool)),
            PrintStyle::escaped(PlanDocument::tr("(%1)").arg(core::CoolRules::deliveryLabel(cool))),
            PrintStyle::escaped(core::CoolRules::batchLabel(cool)));
        for (const QString& figure :
             {core::PlanQuantities::boxes(row.vaccineBoxes),
              core::PlanQuantities::doses(row.vaccineBoxes * dosesPerBox), allocation,
              core::PlanQuantities::boxes(row.needleBoxes), core::PlanQuantities::units(needles)}) {
            html += u"<td align=\"right\" style=\"white-space: nowrap\">%1</td>"_s.arg(PrintStyle::escaped(figure));
        }
        html += u"<td align=\"center\" style=\"white-space: nowrap\">%1</td></tr>"_s.arg(
            PrintStyle::escaped(locked ? PlanDocument::tr("Locked") : PlanDocument::tr("Open")));
    }
    return html + u"</table>"_s;
}

QString totals(const PlanPrintout& printout, const QList<core::PlanRow>& rows, int dosesPerBox)
{
    const core::VaccinationPlan rules;
    QList<int> current;
    for (const core::PlanRow& row : core::PlanChange::merged(printout.plan, rows)) {
        current.append(row.vaccineBoxes);
    }
    const core::PlanTotals currentTotals = rules.totals(current);
    const bool registered = printout.plan.version > 0 && printout.plan.initialTotalBoxes;
    QString currentText = core::PlanQuantities::total(currentTotals, dosesPerBox);
    if (core::PlanChange::needsNationalApproval(printout.plan, rows)) {
        currentText += u"　"_s + PlanDocument::tr("Needs the government's confirmation");
    }
    const QString initialText = registered
        ? core::PlanQuantities::total(rules.totals({*printout.plan.initialTotalBoxes}), dosesPerBox)
        : PlanDocument::tr("(not registered yet)");
    return labelTable(PrintStyle::labelRow(PlanDocument::tr("At the first registration"), initialText)
                          + PrintStyle::labelRow(PlanDocument::tr("Current plan"), currentText),
                      PlanDocument::tr("Total of the vaccination plan"));
}

QString approval(const core::PlanApproval& approval, int dosesPerBox)
{
    QString state;
    switch (approval.state) {
    case core::PlanApproval::State::Pending:
        state = PlanDocument::tr("Waiting for the confirmation");
        break;
    case core::PlanApproval::State::Approved:
        state = PlanDocument::tr("Confirmed");
        break;
    case core::PlanApproval::State::Denied:
        state = PlanDocument::tr("Not confirmed");
        break;
    }
    QString rows = PrintStyle::labelRow(PlanDocument::tr("Status"), state)
        + PrintStyle::labelRow(PlanDocument::tr("Requested total"),
                               PlanDocument::tr("%1 (%2)").arg(
                                   core::PlanQuantities::boxes(approval.requestedTotalBoxes),
                                   core::PlanQuantities::doses(approval.requestedTotalBoxes * dosesPerBox)));
    if (approval.requestedAt.isValid()) {
        rows += PrintStyle::labelRow(PlanDocument::tr("Requested at"),
                                     core::JapaneseFormat::dateTime(approval.requestedAt));
    }
    if (approval.decidedAt.isValid()) {
        rows
            += PrintStyle::labelRow(PlanDocument::tr("Decided at"), core::JapaneseFormat::dateTime(approval.decidedAt));
    }
    if (!approval.comment.isEmpty()) {
        rows += PrintStyle::labelRow(PlanDocument::tr("Comment"), approval.comment);
    }
    return labelTable(rows, PlanDocument::tr("The national government's confirmation"));
}

} // namespace

QString PlanDocument::title()
{
    return tr("Vaccination plan (company copy)");
}

QString PlanDocument::html(const PlanPrintout& printout)
{
    const int dosesPerBox = core::PlanSettings::builtIn().defaultVaccine().dosesPerBox;
    const QList<core::PlanRow> rows = shownRows(printout);
    QString html = u"<html><head><title>%1</title></head><body>"_s.arg(PrintStyle::escaped(title()));
    html += u"<h1 align=\"center\">%1</h1>"_s.arg(PrintStyle::escaped(title()));
    QString venue = PrintStyle::labelRow(tr("Venue name"), printout.venueName)
        + PrintStyle::labelRow(tr("V-SYS ID"), printout.vsysId);
    if (printout.plan.version > 0 && printout.plan.updatedAt.isValid()) {
        venue
            += PrintStyle::labelRow(tr("Last registered at"), core::JapaneseFormat::dateTime(printout.plan.updatedAt));
    }
    html += labelTable(venue);
    if (core::PlanChange::changes(printout.plan, rows)) {
        html += u"<p class=\"note\">%1</p>"_s.arg(
            PrintStyle::escaped(tr("This copy includes changes that are not registered yet.")));
    }
    if (const QString lock = core::CoolRules::planLockReason(printout.cools); !lock.isEmpty()) {
        html += u"<p class=\"note\">%1</p>"_s.arg(PrintStyle::escaped(lock));
    }
    html += planTable(printout, rows, dosesPerBox);
    html += u"<p class=\"note\">%1</p>"_s.arg(PrintStyle::escaped(
        tr("Rows marked \"Locked\" can no longer be registered or changed (past periods, including those "
           "whose allocation is final).")));
    html += u"<p class=\"note\">%1</p>"_s.arg(PrintStyle::escaped(
        tr("* A change of the plan above the total vaccine boxes of the first registration needs the "
           "national government's confirmation.")));
    html += totals(printout, rows, dosesPerBox);
    if (printout.plan.approval) {
        html += approval(*printout.plan.approval, dosesPerBox);
    }
    html += u"<p class=\"footer\" align=\"right\">%1</p>"_s.arg(
        PrintStyle::escaped(tr("Printed at %1").arg(core::JapaneseFormat::dateTime(printout.printedAt))));
    return html + u"</body></html>"_s;
}

std::unique_ptr<QTextDocument> PlanDocument::create(const PlanPrintout& printout)
{
    auto document = std::make_unique<QTextDocument>();
    PrintStyle::prepare(*document);
    document->setHtml(html(printout));
    return document;
}

} // namespace vsys::print
