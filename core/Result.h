// SPDX-License-Identifier: MIT
// Result<T>: a value or a user-facing error, so rules report problems without exceptions.
#pragma once

#include <QString>

#include <type_traits>
#include <utility>
#include <variant>

namespace vsys::core {

/// What kind of problem an Error is, so callers decide by kind rather than by text or field. The
/// server's codes are the sync API's error codes (docs/api.md); the client adds its own.
enum class ErrorCode {
    Invalid, ///< the input breaks a rule (API invalid_field)
    Unauthorized, ///< not signed in, or the session ended (API 401)
    NotFound, ///< no such record, also for another venue's record (API 404)
    VersionConflict, ///< someone else changed the record first (API version_conflict)
    InvalidStatus, ///< the record's status does not allow this (API invalid_status)
    CoolLocked, ///< a クール past its deadline or allocated (API cool_locked)
    PlanLocked, ///< a クール's 分配作業期間 (API plan_locked)
    ApprovalRequired, ///< above the 初回登録時 total (API approval_required)
    TooManyAttempts, ///< too many logins or requests (API 429)
    RecordTooLarge, ///< over a stored size limit (API record_too_large)
    TooManyDrafts, ///< over the drafts per venue (API too_many_drafts)
    TooManyReports, ///< over the 実績・廃棄の報告 a venue may store (API too_many_reports)
    TooManyDoses, ///< over the 接種台帳 records a venue may store (API too_many_doses)
    TooManyInquiries, ///< over the 問い合わせ a venue may store (API too_many_inquiries)
    Storage, ///< a database or file could not be read or written
    Network, ///< the server could not be reached
    Cancelled, ///< the user stopped the operation: not a failure to report as one
};

/// A problem with user input or with a rule. `message` is translated (Japanese by default) and
/// names the field; `field` is the machine name of the offending input (e.g. "counts[2].count");
/// `code` is the kind of problem.
struct Error
{
    QString field;
    QString message;
    ErrorCode code = ErrorCode::Invalid;
};

/// A value or an error of type E. E is core::Error everywhere except where a layer adds to the
/// error (server::ServiceError adds the server's copy and Retry-After); such an E is built from a
/// plain core::Error, so a core rule's error passes through unchanged, code included.
template <typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(E error)
        : m_data(std::move(error))
    {}
    Result(Error error) requires(!std::is_same_v<E, Error>)
        : m_data(E(std::move(error)))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { return std::get<E>(m_data); }

private:
    std::variant<T, E> m_data;
};

/// Result of an operation that has no value to return, only success or an error.
template <typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_failed(true)
    {}
    Result(Error error) requires(!std::is_same_v<E, Error>)
        : m_error(E(std::move(error)))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E& error() const { return m_error; }

private:
    E m_error;
    bool m_failed = false;
};

} // namespace vsys::core
