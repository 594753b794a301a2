// SPDX-License-Identifier: MIT
#include "cli/PlanCommand.h"

#include "core/plan/VaccinationPlan.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <optional>

using namespace Qt::StringLiterals;

namespace vsys::cli {

namespace {

/// "4,3,2" → {4,3,2}; nullopt when any item is not a whole number.
std::optional<QList<int>> parseIntList(const QString& text)
{
    QList<int> values;
    for (const QString& item : text.split(u',')) {
        bool ok = false;
        const int value = item.trimmed().toInt(&ok);
        if (!ok) {
            return std::nullopt;
        }
        values.append(value);
    }
    return values;
}

} // namespace

QString PlanCommand::name() const
{
    return u"plan"_s;
}

QString PlanCommand::summary() const
{
    return tr("plan --boxes N,N,... [--needle-boxes N,N,...]  (vaccine boxes per クール; needle boxes may "
              "only lower the fill)");
}

int PlanCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption boxesOption(u"boxes"_s, {}, u"LIST"_s);
    const QCommandLineOption needlesOption(u"needle-boxes"_s, {}, u"LIST"_s);
    parser.addOptions({boxesOption, needlesOption});
    if (!parser.parse(QStringList{name()} + arguments) || !parser.positionalArguments().isEmpty()) {
        return usageError(tr("use --boxes N,N,... with one number per クール."));
    }
    if (!parser.isSet(boxesOption)) {
        return usageError(tr("--boxes is required, e.g. --boxes 4,3,2,3,0."));
    }
    const auto boxes = parseIntList(parser.value(boxesOption));
    if (!boxes) {
        return usageError(tr("--boxes: give whole numbers separated by commas, e.g. 4,3,2,3,0."));
    }
    std::optional<QList<int>> needles;
    if (parser.isSet(needlesOption)) {
        needles = parseIntList(parser.value(needlesOption));
        if (!needles || needles->size() != boxes->size()) {
            return usageError(tr("--needle-boxes: give one whole number per クール, as many as --boxes."));
        }
    }

    const core::VaccinationPlan plan;
    QJsonArray rows;
    for (qsizetype i = 0; i < boxes->size(); ++i) {
        const auto line = plan.line(boxes->at(i), needles ? std::optional<int>(needles->at(i)) : std::nullopt,
                                    tr("Row %1").arg(i + 1));
        if (!line.ok()) {
            printMessage(line.error().message);
            return kExitUsage;
        }
        rows.append(QJsonObject{{u"vaccine_boxes"_s, line->vaccineBoxes},
                                {u"doses"_s, line->doses},
                                {u"needle_boxes"_s, line->needleBoxes},
                                {u"needles"_s, line->needles}});
    }
    const core::PlanTotals totals = plan.totals(*boxes);
    printJson({{u"rows"_s, rows}, {u"total_boxes"_s, totals.vaccineBoxes}, {u"total_doses"_s, totals.doses}});
    return kExitOk;
}

} // namespace vsys::cli
