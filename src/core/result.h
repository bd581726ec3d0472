// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace supadesk {

// A failure with a machine-readable code (stable, for scripts and tests) and a translated message
// (for people). Functions that can fail return Result<T> instead of a bare bool.
struct Error
{
    QString code;
    QString message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Done
{};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace supadesk
