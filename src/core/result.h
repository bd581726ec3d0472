// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/errorcode.h"

#include <QString>

#include <utility>
#include <variant>

namespace supadesk {

// A failure with a machine-readable code (stable, for scripts and tests) and a translated message
// (for people). Functions that can fail return Result<T> instead of a bare bool. The code is one of
// the catalogue's (core/errorcode.h): `Error{ErrorCode::SshHostKeyUnknown, tr("...")}`; `code` is its
// stable text, which JSON output, scripts and tests compare.
struct Error
{
    Error() = default;
    Error(ErrorCode errorId, QString text)
        : id(errorId), code(ErrorCatalogue::code(errorId)), message(std::move(text))
    {}
    // Transitional, for the call sites under src/gui and in UptimeStore and HistoryStore that still
    // spell their code as text; remove it once they name an ErrorCode (tst_errorcatalogue lists them).
    Error(const QString &codeText, QString text)
        : id(ErrorCatalogue::fromCode(codeText).value_or(ErrorCode::None)), code(codeText),
          message(std::move(text))
    {}

    ErrorCode id = ErrorCode::None;
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
