// SPDX-License-Identifier: MIT
// CoolRepository: the クール calendar (two-week delivery periods) and each venue's 分配実績 per クール.
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

/// A クール. Plans may change until `changeDeadline` (計画変更バッチ); `Locked` while the ministry
/// allocates (no plan changes at all), `Allocated` once the 分配実績 are final.
struct Cool
{
    enum class State { Open, Locked, Allocated };

    int id = 0; ///< the ministry's number
    QDate start;
    QDate end;
    QDate deliveryWeek; ///< Monday of the 配送 week (「2/21週配送」 → 2022-02-21)
    QDateTime changeDeadline;
    State state = State::Open;

    /// "open", "locked", "allocated" (docs/api.md).
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString& key);
};

class CoolRepository
{
public:
    explicit CoolRepository(Storage& storage);

    /// Inserts the クール or replaces the one with the same id.
    core::Result<void> save(const Cool& cool, const QDateTime& now);
    core::Result<std::optional<Cool>> find(int id);
    /// Every クール, by id.
    core::Result<QList<Cool>> all();

    core::Result<void> setAllocation(const QString& venueId, int coolId, int boxes, const QDateTime& now);
    /// Boxes by クール id; a クール without a row is 未定.
    core::Result<QHash<int, int>> allocationsFor(const QString& venueId);

private:
    Storage& m_storage;
};

} // namespace vsys::server
