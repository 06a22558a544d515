#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace sw {

// What went wrong, in words a user can act on (message), with the technical cause kept apart
// (detail: a driver's raw message, shown only under "Details").
struct Error
{
    enum class Kind {
        General,
        NotFound,
        Unavailable,
        AccessDenied,
        InvalidInput,
        Cancelled,
        Damaged, // a database file that is not one, or is truncated or corrupted
        Conflict // someone else changed what was being edited since it was loaded (nothing written)
    };

    QString message;
    QString detail;
    Kind kind = Kind::General;

    static Error make(QString message, QString detail = {}, Kind kind = Kind::General)
    {
        return Error {std::move(message), std::move(detail), kind};
    }
    // message and, when there is one, the detail on its own line.
    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral("\n") + detail; }
};

// A value or an Error: the return type of core APIs (std::expected is C++23; GCC 12 lacks it).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace sw

// Errors travel in queued signals (registry session, publisher).
Q_DECLARE_METATYPE(sw::Error)
