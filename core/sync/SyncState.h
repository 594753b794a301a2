// SPDX-License-Identifier: MIT
// SyncState (同期状態): how far a locally kept record has got towards the central server, shown per record.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace vsys::core {

enum class SyncState {
    Draft, ///< 下書き: only on this desktop, nothing queued for the server
    Queued, ///< 送信待ち: a change waits in the outbox (offline, or behind an earlier change)
    Sending, ///< 送信中: a change is on its way to the server
    Synced, ///< 同期済み: the server has everything this desktop has
    Error, ///< エラー: the server refused a change; its message says why
    Conflict, ///< 競合: the server's copy changed meanwhile; both copies are kept for the user to choose
};

inline constexpr std::array kSyncStates = {SyncState::Draft,  SyncState::Queued, SyncState::Sending,
                                           SyncState::Synced, SyncState::Error,  SyncState::Conflict};

class SyncStateText
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateText)
public:
    /// Stable key for storage ("draft", "queued", ...).
    static QString key(SyncState state);
    static std::optional<SyncState> fromKey(const QString& key);
    /// Translated badge text (下書き, 送信待ち, ...).
    static QString label(SyncState state);
};

} // namespace vsys::core
