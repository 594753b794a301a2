// SPDX-License-Identifier: MIT
// 予約受付状態: what the venue tells residents about bookings, chosen on the home screen.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace vsys::core {

enum class ReservationStatus {
    Available, ///< 予約可能
    FewLeft, ///< 残り少数
    NotAccepting, ///< 予約受付不可
    NotRequired, ///< 予約不要
    Unregistered, ///< 未登録
};

/// The order in which V-SYS shows the choices.
inline constexpr std::array kReservationStatuses
    = {ReservationStatus::Available, ReservationStatus::FewLeft, ReservationStatus::NotAccepting,
       ReservationStatus::NotRequired, ReservationStatus::Unregistered};

class ReservationStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ReservationStatusText)
public:
    /// Stable key for storage and the wire ("available", "few_left", ...).
    static QString key(ReservationStatus status);
    static std::optional<ReservationStatus> fromKey(const QString& key);
    /// Translated label (予約可能, ...).
    static QString label(ReservationStatus status);
    /// The mark V-SYS shows beside the label, the same in every language: ○ ▲ × ● —.
    static QString symbol(ReservationStatus status);
};

/// The venue's status as the server keeps it, one per venue: what, when and by which V-SYS ID.
struct ReservationState
{
    ReservationStatus status = ReservationStatus::Unregistered;
    QDateTime changedAt; ///< UTC; null until first changed
    QString changedBy; ///< the V-SYS ID that set it; empty until first changed

    bool operator==(const ReservationState&) const = default;
};

/// The wire form of docs/api.md: {"status","changed_at","changed_by"}, the times as ISO 8601 UTC.
class ReservationStateJson
{
    Q_DECLARE_TR_FUNCTIONS(ReservationStateJson)
public:
    static QJsonObject toJson(const ReservationState& state);
    /// Refuses an unknown status (field "status") and a changed_at that is not a time.
    static Result<ReservationState> fromJson(const QJsonObject& object);
    /// The one message for a status that is not one of the five keys, naming the field.
    static Error unknownStatus(const QString& field);
};

} // namespace vsys::core
