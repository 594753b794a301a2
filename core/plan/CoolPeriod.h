// SPDX-License-Identifier: MIT
// CoolPeriod (クール): one two-week period of the ministry's delivery calendar, with this venue's
// 分配実績, as the server keeps it and sends it (docs/api.md "クール calendar"); and the rules that say
// when a クール's plan row may change. Both the server (which refuses) and the client (which greys
// rows) use these, so they never disagree.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::core {

struct CoolPeriod
{
    enum class State {
        Open, ///< plans may change until the 計画変更バッチ deadline
        Locked, ///< 分配作業期間: no plan of any venue may change until `lockedUntil`
        Allocated, ///< 分配量確定済: the 分配実績 are final
    };

    int id = 0; ///< the ministry's number (第Nクール)
    QDate start; ///< first day of vaccination
    QDate end; ///< last day of vaccination
    QDate deliveryWeek; ///< Monday of the 配送 week (「2/21週配送」 → 2022-02-21)
    QDateTime changeDeadline; ///< 計画変更バッチ: the last moment the plan row may change
    State state = State::Open;
    QDateTime lockedUntil; ///< end of the 分配作業期間 while Locked; invalid when not announced
    std::optional<int> allocatedBoxes; ///< this venue's 分配実績 in boxes; nullopt = 未定
    std::optional<int> allocatedNeedleBoxes; ///< this venue's 針・シリンジ boxes allocated; nullopt = 未定
    QDate deliveryDate; ///< this venue's 配送予定日; invalid = 未定

    bool operator==(const CoolPeriod&) const = default;

    /// "open", "locked", "allocated" (docs/api.md).
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString& key);
};

class CoolRules
{
    Q_DECLARE_TR_FUNCTIONS(CoolRules)
public:
    /// 「2/28～3/13接種」 as the briefing's plan screen writes the period.
    static QString periodLabel(const CoolPeriod& cool);
    /// 「2/21週配送」.
    static QString deliveryLabel(const CoolPeriod& cool);
    /// 「2022/01/31 23:59（分配量確定済）」: the 計画変更バッチ deadline in Japan time and its state.
    static QString batchLabel(const CoolPeriod& cool);

    /// Why the クール's plan row cannot change at `now` (server time), in a sentence that names the
    /// クール and the deadline; empty when it can. Allocated and past-deadline クール are locked for
    /// good (過去分の修正はできません).
    static QString rowLockReason(const CoolPeriod& cool, const QDateTime& now);
    /// While any クール is in its 分配作業期間 no row of any plan may change (briefing: 「各クールの
    /// ワクチン分配作業期間中は、一時的にすべての計画の変更が不可」): why and until when; empty otherwise.
    static QString planLockReason(const QList<CoolPeriod>& cools);
};

class CoolJson
{
    Q_DECLARE_TR_FUNCTIONS(CoolJson)
public:
    /// The wire form of docs/api.md: {"id","start","end","delivery_week","change_deadline","state",
    /// "locked_until","allocated_boxes","allocated_needle_boxes","delivery_date"}.
    static QJsonObject toJson(const CoolPeriod& cool);
    /// Nothing when a field is missing or not of its form (a calendar the server sent is never
    /// half-read). The venue's allocation fields may be absent (a calendar cached before they came):
    /// absent reads as 未定.
    static std::optional<CoolPeriod> fromJson(const QJsonObject& json);
};

} // namespace vsys::core
