// SPDX-License-Identifier: MIT
#include "core/plan/PlanSettings.h"

#include "core/JsonNumber.h"
#include "core/ShippedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

qint64 ceilDiv(qint64 numerator, qint64 denominator)
{
    return (numerator + denominator - 1) / denominator;
}

} // namespace

NeedleFillRule::NeedleFillRule(Method method, int parameter, int unitsPerBox)
    : m_method(method)
    , m_parameter(parameter)
    , m_unitsPerBox(unitsPerBox)
{}

int NeedleFillRule::boxesFor(int vaccineBoxes, const VaccineProduct& vaccine) const
{
    if (vaccineBoxes <= 0) {
        return 0;
    }
    // Integer arithmetic: a spare of 10 % on 450 doses must give exactly 495 needles, not 495.00000001.
    qint64 needles = 0;
    switch (m_method) {
    case Method::SparePercent:
        needles = ceilDiv(qint64(vaccineBoxes) * vaccine.dosesPerBox * (100 + m_parameter), 100);
        break;
    case Method::DrawsPerVial:
        needles = qint64(vaccineBoxes) * vaccine.vialsPerBox * m_parameter;
        break;
    }
    return int(ceilDiv(needles, m_unitsPerBox));
}

PlanSettings::PlanSettings(QList<VaccineProduct> vaccines, qsizetype defaultIndex, NeedleFillRule needleFill)
    : m_vaccines(std::move(vaccines))
    , m_defaultIndex(defaultIndex)
    , m_needleFill(needleFill)
{}

Result<PlanSettings> PlanSettings::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Error{u"plan_rules"_s,
                     tr("Plan settings: the file is not valid JSON (%1).").arg(parseError.errorString())};
    }
    const QJsonObject root = doc.object();
    const auto positive = [](const QJsonValue& v) { return JsonNumber::integer(v, 1); };

    QList<VaccineProduct> vaccines;
    const QJsonArray vaccineArray = root.value(u"vaccines"_s).toArray();
    for (qsizetype i = 0; i < vaccineArray.size(); ++i) {
        const QJsonObject v = vaccineArray.at(i).toObject();
        const QString field = u"vaccines[%1]"_s.arg(i);
        const auto dosesPerBox = positive(v.value(u"doses_per_box"_s));
        const auto vialsPerBox = positive(v.value(u"vials_per_box"_s));
        if (v.value(u"id"_s).toString().isEmpty() || !dosesPerBox || !vialsPerBox) {
            return Error{field,
                         tr("%1: a vaccine needs an id and positive doses_per_box and vials_per_box.").arg(field)};
        }
        vaccines.append({v.value(u"id"_s).toString(), v.value(u"name"_s).toString(), *dosesPerBox, *vialsPerBox});
    }
    if (vaccines.isEmpty()) {
        return Error{u"vaccines"_s, tr("vaccines: at least one vaccine is needed.")};
    }
    const QString defaultId = root.value(u"default_vaccine"_s).toString();
    const auto defaultIt
        = std::find_if(vaccines.cbegin(), vaccines.cend(), [&](const VaccineProduct& v) { return v.id == defaultId; });
    if (defaultIt == vaccines.cend()) {
        return Error{u"default_vaccine"_s, tr("default_vaccine: \"%1\" is not in vaccines.").arg(defaultId)};
    }

    const QJsonObject needles = root.value(u"needle_syringe"_s).toObject();
    const auto unitsPerBox = positive(needles.value(u"units_per_box"_s));
    if (!unitsPerBox) {
        return Error{u"needle_syringe.units_per_box"_s,
                     tr("needle_syringe.units_per_box: enter a positive whole number.")};
    }
    const QJsonObject fill = needles.value(u"fill"_s).toObject();
    const QString method = fill.value(u"method"_s).toString();
    std::optional<NeedleFillRule> rule;
    const auto percent = JsonNumber::integer(fill.value(u"percent"_s), 0);
    const auto draws = positive(fill.value(u"draws"_s));
    if (method == u"spare_percent"_s && percent) {
        rule.emplace(NeedleFillRule::Method::SparePercent, *percent, *unitsPerBox);
    } else if (method == u"draws_per_vial"_s && draws) {
        rule.emplace(NeedleFillRule::Method::DrawsPerVial, *draws, *unitsPerBox);
    } else {
        return Error{u"needle_syringe.fill"_s,
                     tr("needle_syringe.fill: use {\"method\":\"spare_percent\",\"percent\":N} or "
                        "{\"method\":\"draws_per_vial\",\"draws\":N}.")};
    }
    const qsizetype defaultIndex = std::distance(vaccines.cbegin(), defaultIt);
    return PlanSettings(std::move(vaccines), defaultIndex, *rule);
}

const PlanSettings& PlanSettings::builtIn()
{
    static const QString kFile = u":/data/plan/plan_rules.json"_s;
    static const PlanSettings settings = shipped::require(fromJson(shipped::read(kFile)), kFile);
    return settings;
}

const VaccineProduct& PlanSettings::defaultVaccine() const
{
    return m_vaccines.at(m_defaultIndex);
}

const VaccineProduct* PlanSettings::vaccine(const QString& id) const
{
    for (const VaccineProduct& v : m_vaccines) {
        if (v.id == id) {
            return &v;
        }
    }
    return nullptr;
}

} // namespace vsys::core
