// SPDX-License-Identifier: MIT
// 予約受付状態: what the venue tells residents about bookings, chosen on the home screen.
#pragma once

#include <QCoreApplication>
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
};

} // namespace vsys::core
