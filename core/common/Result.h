#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace pms {

/// An error a user can act on: a message in words, and an optional machine code.
struct Error
{
    QString message;
    QString code;   // e.g. "auth", "network", "validation", "http-400"
    int httpStatus = 0;

    Error() = default;
    explicit Error(QString msg, QString c = {}, int status = 0)
        : message(std::move(msg)), code(std::move(c)), httpStatus(status) {}
};

/// Errors in core are values: either a T or an Error with a message for the user.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}   // NOLINT implicit on purpose
    Result(Error error) : m_error(std::move(error)) {} // NOLINT

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {} // NOLINT

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace pms
