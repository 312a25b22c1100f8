#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace vfu {

// A value or a sentence that tells the user why there is none. Core returns errors as values
// (never a dialog, never an exception across a layer).
template <typename T>
class Result final
{
public:
    static Result success(T value) { return Result(std::move(value), {}); }
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }

    const QString &error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {}

    std::optional<T> m_value;
    QString m_error;
};

// For operations that give nothing back but can fail.
struct Done final
{};
using Status = Result<Done>;

inline Status ok()
{
    return Status::success(Done{});
}

} // namespace vfu
