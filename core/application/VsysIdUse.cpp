// SPDX-License-Identifier: MIT
#include "core/application/VsysIdUse.h"

namespace vsys::core {

VsysIdUse VsysIdUses::of(const QString& vsysId, const QList<ApplicationRecord>& venueApplications)
{
    VsysIdUse use = VsysIdUse::Both;
    for (const ApplicationRecord& application : venueApplications) {
        if (application.status != ApplicationStatus::Confirmed || application.issuedVsysId.isEmpty()) {
            continue;
        }
        if (application.issuedVsysId == vsysId) {
            return VsysIdUse::AdditionalDoses;
        }
        use = VsysIdUse::FirstAndSecondDoses;
    }
    return use;
}

QString VsysIdUses::label(VsysIdUse use)
{
    switch (use) {
    case VsysIdUse::Both:
        return {};
    case VsysIdUse::FirstAndSecondDoses:
        return tr("for the 1st and 2nd doses");
    case VsysIdUse::AdditionalDoses:
        return tr("for additional doses");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace vsys::core
