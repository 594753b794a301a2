// SPDX-License-Identifier: MIT
// Plan settings (接種計画の設定): vaccine packaging and the needle/syringe fill rule, loaded from data
// because the fill rule is UNCONFIRMED (domain-rules.md §4, docs/decisions.md).
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vsys::core {

/// A vaccine as it is planned and delivered: boxes (箱) of a fixed number of doses.
struct VaccineProduct
{
    QString id;
    QString name;
    int dosesPerBox = 0; ///< 150回接種分 for the Moderna booster
    int vialsPerBox = 0;
};

/// How many boxes of needles and syringes (接種用針・シリンジ) a number of vaccine boxes needs.
class NeedleFillRule
{
    Q_DECLARE_TR_FUNCTIONS(NeedleFillRule)
public:
    enum class Method {
        SparePercent, ///< ceil(doses × (100 + percent) / 100 / unitsPerBox)
        DrawsPerVial, ///< ceil(vials × draws / unitsPerBox)
    };

    NeedleFillRule(Method method, int parameter, int unitsPerBox);

    /// Needle/syringe boxes filled in for `vaccineBoxes` boxes of `vaccine`.
    int boxesFor(int vaccineBoxes, const VaccineProduct& vaccine) const;
    int unitsPerBox() const { return m_unitsPerBox; }

private:
    Method m_method;
    int m_parameter;
    int m_unitsPerBox;
};

class PlanSettings
{
    Q_DECLARE_TR_FUNCTIONS(PlanSettings)
public:
    /// Parses plan_rules.json; errors name the offending key.
    static Result<PlanSettings> fromJson(const QByteArray& json);
    /// The shipped defaults (:/data/plan/plan_rules.json), parsed once.
    static const PlanSettings& builtIn();

    const VaccineProduct& defaultVaccine() const;
    const VaccineProduct* vaccine(const QString& id) const;
    const NeedleFillRule& needleFill() const { return m_needleFill; }

private:
    PlanSettings(QList<VaccineProduct> vaccines, qsizetype defaultIndex, NeedleFillRule needleFill);

    QList<VaccineProduct> m_vaccines;
    qsizetype m_defaultIndex;
    NeedleFillRule m_needleFill;
};

} // namespace vsys::core
