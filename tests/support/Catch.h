#pragma once

// Builds with Catch2 2 (Debian 12) and Catch2 3 (vcpkg, Homebrew, newer distributions).
#if defined(VFU_CATCH3)
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <ostream>

// Readable values in failure messages.
QT_BEGIN_NAMESPACE
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << '"' << value.toStdString() << '"';
}
inline std::ostream &operator<<(std::ostream &os, const QByteArray &value)
{
    return os << '"' << value.toStdString() << '"';
}
inline std::ostream &operator<<(std::ostream &os, const QDate &value)
{
    return os << value.toString(Qt::ISODate).toStdString();
}
inline std::ostream &operator<<(std::ostream &os, const QStringList &value)
{
    return os << '[' << value.join(QStringLiteral(" | ")).toStdString() << ']';
}
QT_END_NAMESPACE
