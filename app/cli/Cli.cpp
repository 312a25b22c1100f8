#include "app/cli/Cli.h"

#include "core/clock/IsoDate.h"

#include <QLocale>
#include <QRegularExpression>

namespace vfu::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << "vfudesk-cli: " << message << Qt::endl;
    return code;
}

void printJson(const QJsonDocument &document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

namespace {

// YYYY-MM-DD, for what a date that is no day was meant to be.
const QRegularExpression &dateShape()
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    return shape;
}

} // namespace

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const QDate date = isoDate(parser.value(name));
    return date.isValid() ? std::optional(date) : std::nullopt;
}

std::optional<QString> dateMistake(const QCommandLineParser &parser)
{
    for (const QString &name :
         {QStringLiteral("date"), QStringLiteral("on"), QStringLiteral("today"),
          QStringLiteral("until"), QStringLiteral("start"), QStringLiteral("end"),
          QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name);
        if (isoDate(value).isValid())
            continue;
        const QRegularExpressionMatch match = dateShape().match(value);
        const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int month = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (year > 0 && (month < 1 || month > 12))
            return Cli::tr("--%1: %2 is not a date; the months are 01 to 12.").arg(name, value);
        if (year > 0) {
            const QDate first(year, month, 1);
            return Cli::tr("--%1: %2 is not a date; %3 %4 has %5 days.")
                .arg(name, value, QLocale().standaloneMonthName(month), QString::number(year),
                     QString::number(first.daysInMonth()));
        }
        return Cli::tr("--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(name, value);
    }
    return std::nullopt;
}

std::optional<bool> switchOption(const QCommandLineParser &parser, const QString &name)
{
    const QString value = parser.value(name);
    if (value == u"on")
        return true;
    if (value == u"off")
        return false;
    return std::nullopt;
}

} // namespace vfu::cli
