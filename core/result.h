// Result<T>: the outcome of an operation that can fail for an expected reason
// (validation, permission, conflict). The error names what went wrong and where.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bantam {

struct Error
{
    enum class Kind { Invalid, Forbidden, NotFound, Conflict, Storage };
    Kind kind = Kind::Invalid;
    QString message; // for users: what and where
    QString field; // the field or argument concerned, if any

    static Error invalid(QString msg, QString field = {})
    {
        return {Kind::Invalid, std::move(msg), std::move(field)};
    }
    static Error forbidden(QString msg) { return {Kind::Forbidden, std::move(msg), {}}; }
    static Error notFound(QString msg) { return {Kind::NotFound, std::move(msg), {}}; }
    static Error conflict(QString msg) { return {Kind::Conflict, std::move(msg), {}}; }
    static Error storage(QString msg) { return {Kind::Storage, std::move(msg), {}}; }
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    { }
    Result(Error error)
        : m_v(std::move(error))
    { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const T &operator*() const { return std::get<0>(m_v); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace bantam
