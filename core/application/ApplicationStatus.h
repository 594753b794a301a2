// SPDX-License-Identifier: MIT
// The status machine of an application (申込) for 職域追加接種, and the rights each status grants
// (architecture.md; the briefing's 申込状況ステータス table).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace vsys::core {

enum class ApplicationStatus {
    Draft, ///< 一時保存中
    AwaitingReview, ///< 確認待ち
    Confirmed, ///< 確認済み
    ResubmissionRequired, ///< 要再申込
    Withdrawn, ///< 取下げ済み: kept for the record, no longer editable
};

inline constexpr std::array kApplicationStatuses
    = {ApplicationStatus::Draft, ApplicationStatus::AwaitingReview, ApplicationStatus::Confirmed,
       ApplicationStatus::ResubmissionRequired, ApplicationStatus::Withdrawn};

enum class ApplicationAction {
    Edit, ///< 編集 (一時保存 included)
    Submit, ///< 申込
    Withdraw, ///< 取下げ
    Resubmit, ///< 再申込
    Confirm, ///< reviewer: 確認済み
    Return, ///< reviewer: 要再申込, with a comment
};

enum class Actor { Venue, Reviewer };

/// 参照 / 取下げ / 編集 of the briefing's table.
struct ApplicationRights
{
    bool view = false;
    bool withdraw = false;
    bool edit = false;

    bool operator==(const ApplicationRights&) const = default;
};

class ApplicationStatusMachine
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationStatusMachine)
public:
    static ApplicationRights rights(ApplicationStatus status);

    /// The status after `action`, or an error that says why the action is not possible now.
    /// Edit keeps the status; it is here so that one function answers "may I?" for every action.
    static Result<ApplicationStatus> apply(ApplicationStatus from, ApplicationAction action, Actor actor);

    /// Stable key for storage and the wire ("draft", "awaiting_review", ...).
    static QString key(ApplicationStatus status);
    static std::optional<ApplicationStatus> fromKey(const QString& key);
    /// Translated label as in V-SYS (一時保存中, 確認待ち, ...).
    static QString label(ApplicationStatus status);
    /// Translated noun for messages (取下げ, 再申込, ...).
    static QString actionLabel(ApplicationAction action);
};

} // namespace vsys::core
