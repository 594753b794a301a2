// SPDX-License-Identifier: MIT
// Outcome<T>: a service's answer, or why not in the terms of the sync API (docs/api.md error codes).
#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <chrono>
#include <optional>
#include <utility>
#include <variant>

namespace vsys::server {

/// Why a service said no. The HTTP layer turns it into a status and error code, the admin tool
/// into a message and exit code; `error.message` is already the translated text for the user.
enum class Failure {
    InvalidField, ///< 400 invalid_field
    Unauthorized, ///< 401
    NotFound, ///< 404, also for another venue's record
    VersionConflict, ///< 409 version_conflict, with serverCopy
    InvalidStatus, ///< 409 invalid_status (core::ApplicationStatusMachine said no)
    CoolLocked, ///< 409 cool_locked (core::PlanChange: a row of a クール past its deadline or allocated)
    PlanLocked, ///< 409 plan_locked (core::PlanChange: a クール's 分配作業期間)
    ApprovalRequired, ///< 409 approval_required (core::PlanChange: above the 初回登録時 total)
    TooManyAttempts, ///< 429, with retryAfter
    RecordTooLarge, ///< 413 record_too_large (server/service/VenueLimits.h)
    TooManyDrafts, ///< 409 too_many_drafts (server/service/VenueLimits.h)
    Storage, ///< 500: the database failed; details are in the log only
};

struct ServiceError
{
    Failure failure = Failure::Storage;
    core::Error error;
    std::optional<QJsonObject> serverCopy; ///< the record in its wire form (docs/api.md "server_copy")
    std::chrono::seconds retryAfter{0};
};

template <typename T> class [[nodiscard]] Outcome
{
public:
    Outcome(T value)
        : m_data(std::move(value))
    {}
    Outcome(ServiceError error)
        : m_data(std::move(error))
    {}
    /// A storage error from a repository.
    Outcome(core::Error error)
        : m_data(ServiceError{Failure::Storage, std::move(error), std::nullopt, {}})
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const ServiceError& error() const { return std::get<ServiceError>(m_data); }

private:
    std::variant<T, ServiceError> m_data;
};

} // namespace vsys::server
