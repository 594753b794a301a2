// SPDX-License-Identifier: MIT
#include "app/plan/PlanText.h"

#include "app/applications/ApplicationListModel.h"
#include "core/plan/PlanQuantities.h"

using namespace Qt::StringLiterals;

namespace vsys::app {

QString PlanText::period(const core::CoolPeriod& cool)
{
    return tr("%1 (%2)").arg(core::CoolRules::periodLabel(cool), core::CoolRules::deliveryLabel(cool));
}

QString PlanText::allocation(const std::optional<int>& boxes, int dosesPerBox, const QDate& deliveryDate)
{
    if (!boxes) {
        return tr("(undecided)");
    }
    const QString allocated
        = tr("%1 (%2)").arg(core::PlanQuantities::doses(*boxes * dosesPerBox), core::PlanQuantities::boxes(*boxes));
    if (!deliveryDate.isValid()) {
        return allocated;
    }
    return tr("%1, delivery on %2/%3").arg(allocated).arg(deliveryDate.month()).arg(deliveryDate.day());
}

QString PlanText::approval(const core::PlanApproval& approval, int dosesPerBox)
{
    const QString requested
        = tr("%1 (%2)").arg(core::PlanQuantities::boxes(approval.requestedTotalBoxes),
                            core::PlanQuantities::doses(approval.requestedTotalBoxes * dosesPerBox));
    QString text;
    switch (approval.state) {
    case core::PlanApproval::State::Pending:
        text = tr("Waiting for the government's confirmation: a plan of %1 in total was requested on %2.")
                   .arg(requested, ApplicationListModel::displayTime(approval.requestedAt));
        break;
    case core::PlanApproval::State::Approved:
        text = tr("Confirmed by the government: the plan of %1 in total became the plan on %2.")
                   .arg(requested, ApplicationListModel::displayTime(approval.decidedAt));
        break;
    case core::PlanApproval::State::Denied:
        text = tr("Not confirmed by the government (%2): the plan of %1 in total was not accepted, and the plan "
                  "stays as it was.")
                   .arg(requested, ApplicationListModel::displayTime(approval.decidedAt));
        break;
    }
    if (!approval.comment.isEmpty()) {
        text += u'\n' + tr("Comment: %1").arg(approval.comment);
    }
    return text;
}

} // namespace vsys::app
