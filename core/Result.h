// SPDX-License-Identifier: MIT
// Result<T>: a value or a user-facing error, so rules report problems without exceptions.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace vsys::core {

/// A problem with user input or with a rule. `message` is translated (Japanese by default) and
/// names the field; `field` is the machine name of the offending input (e.g. "counts[2].count").
struct Error
{
    QString field;
    QString message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that has no value to return, only success or an Error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace vsys::core
