// SPDX-License-Identifier: MIT
#include "core/application/ApplicationStatus.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

struct Transition
{
    ApplicationStatus from;
    ApplicationAction action;
    Actor actor;
    ApplicationStatus to;
};

// The whole machine in one table; anything not listed is refused.
constexpr std::array kTransitions = {
    Transition{ApplicationStatus::Draft, ApplicationAction::Edit, Actor::Venue, ApplicationStatus::Draft},
    Transition{ApplicationStatus::Draft, ApplicationAction::Submit, Actor::Venue, ApplicationStatus::AwaitingReview},
    Transition{ApplicationStatus::Draft, ApplicationAction::Withdraw, Actor::Venue, ApplicationStatus::Withdrawn},
    Transition{ApplicationStatus::AwaitingReview, ApplicationAction::Confirm, Actor::Reviewer,
               ApplicationStatus::Confirmed},
    Transition{ApplicationStatus::AwaitingReview, ApplicationAction::Return, Actor::Reviewer,
               ApplicationStatus::ResubmissionRequired},
    Transition{ApplicationStatus::ResubmissionRequired, ApplicationAction::Edit, Actor::Venue,
               ApplicationStatus::ResubmissionRequired},
    Transition{ApplicationStatus::ResubmissionRequired, ApplicationAction::Resubmit, Actor::Venue,
               ApplicationStatus::AwaitingReview},
    Transition{ApplicationStatus::ResubmissionRequired, ApplicationAction::Withdraw, Actor::Venue,
               ApplicationStatus::Withdrawn},
};

bool allowed(ApplicationStatus from, ApplicationAction action)
{
    return std::any_of(kTransitions.cbegin(), kTransitions.cend(),
                       [&](const Transition& t) { return t.from == from && t.action == action; });
}

} // namespace

ApplicationRights ApplicationStatusMachine::rights(ApplicationStatus status)
{
    return {true, allowed(status, ApplicationAction::Withdraw), allowed(status, ApplicationAction::Edit)};
}

Result<ApplicationStatus> ApplicationStatusMachine::apply(ApplicationStatus from, ApplicationAction action, Actor actor)
{
    for (const Transition& t : kTransitions) {
        if (t.from != from || t.action != action) {
            continue;
        }
        if (t.actor != actor) {
            return Error{u"action"_s,
                         actor == Actor::Venue ? tr("Only the reviewer can carry out %1.").arg(actionLabel(action))
                                               : tr("Only the venue can carry out %1.").arg(actionLabel(action))};
        }
        return t.to;
    }
    return Error{u"status"_s,
                 tr("This application has status \"%1\": %2 is not possible.").arg(label(from), actionLabel(action))};
}

QString ApplicationStatusMachine::key(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Draft:
        return u"draft"_s;
    case ApplicationStatus::AwaitingReview:
        return u"awaiting_review"_s;
    case ApplicationStatus::Confirmed:
        return u"confirmed"_s;
    case ApplicationStatus::ResubmissionRequired:
        return u"resubmission_required"_s;
    case ApplicationStatus::Withdrawn:
        return u"withdrawn"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ApplicationStatus> ApplicationStatusMachine::fromKey(const QString& key)
{
    for (ApplicationStatus status : kApplicationStatuses) {
        if (ApplicationStatusMachine::key(status) == key) {
            return status;
        }
    }
    return std::nullopt;
}

QString ApplicationStatusMachine::label(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Draft:
        return tr("Saved as draft");
    case ApplicationStatus::AwaitingReview:
        return tr("Awaiting review");
    case ApplicationStatus::Confirmed:
        return tr("Confirmed");
    case ApplicationStatus::ResubmissionRequired:
        return tr("Resubmission required");
    case ApplicationStatus::Withdrawn:
        return tr("Withdrawn");
    }
    Q_UNREACHABLE();
    return {};
}

QString ApplicationStatusMachine::actionLabel(ApplicationAction action)
{
    switch (action) {
    case ApplicationAction::Edit:
        return tr("editing");
    case ApplicationAction::Submit:
        return tr("submission");
    case ApplicationAction::Withdraw:
        return tr("withdrawal");
    case ApplicationAction::Resubmit:
        return tr("resubmission");
    case ApplicationAction::Confirm:
        return tr("confirmation");
    case ApplicationAction::Return:
        return tr("return for resubmission");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace vsys::core
