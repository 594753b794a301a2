// SPDX-License-Identifier: MIT
// SyncState keys and labels; the badge words follow architecture.md's list of outbox states.
#include "core/sync/SyncState.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

QString SyncStateText::key(SyncState state)
{
    switch (state) {
    case SyncState::Draft:
        return u"draft"_s;
    case SyncState::Queued:
        return u"queued"_s;
    case SyncState::Sending:
        return u"sending"_s;
    case SyncState::Synced:
        return u"synced"_s;
    case SyncState::Error:
        return u"error"_s;
    case SyncState::Conflict:
        return u"conflict"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SyncState> SyncStateText::fromKey(const QString& key)
{
    for (SyncState state : kSyncStates) {
        if (SyncStateText::key(state) == key) {
            return state;
        }
    }
    return std::nullopt;
}

QString SyncStateText::label(SyncState state)
{
    switch (state) {
    case SyncState::Draft:
        return tr("Draft");
    case SyncState::Queued:
        return tr("Waiting to send");
    case SyncState::Sending:
        return tr("Sending");
    case SyncState::Synced:
        return tr("Synced");
    case SyncState::Error:
        return tr("Error");
    case SyncState::Conflict:
        return tr("Conflict");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace vsys::core
